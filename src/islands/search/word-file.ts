// What the build writes per language for the search page (search-words.json), from the articles, their reader
// phrases and the language's common words. Pure: the page route reads the content and passes it in.
import { commonWordsToKeep } from './correct.ts';
import { specificityFile, type SpecificityFile } from './situation.ts';
import { headingsOf, meaningfulShortWords, proseOf, vocabularyFrom } from './vocabulary.ts';

/** One article as the word file is built from it. */
export interface ArticleText {
  title: string;
  description: string;
  keywords: readonly string[];
  /** The MDX body. */
  body: string;
  /** How readers describe its situation (content/phrases/<lang>.yaml). */
  phrases: readonly string[];
}

/** The search page's words: the site's (most frequent first), the short ones worth searching, the common words correction leaves alone, and how many articles name each word in their situation. */
export interface VocabularyFile {
  words: string[];
  short: string[];
  keep: string[];
  /** The language's commonest words of three letters or more ("что", "через", "som"): no excerpt is placed or marked by them. */
  little: string[];
  specificity: SpecificityFile;
}

/** How many of the language's commonest words count as little words for excerpts. */
export const LITTLE_WORDS = 150;

/** Builds one language's word file from its articles and the language's commonest words. */
export function vocabularyFile(articles: readonly ArticleText[], common: readonly string[]): VocabularyFile {
  const words = vocabularyFrom(
    articles.map((a) => [a.title, a.description, a.keywords.join(' '), proseOf(a.body)].join('\n')),
    articles.flatMap((a) => [a.title, a.keywords.join(' ')]),
  );
  return {
    words,
    short: meaningfulShortWords(articles.map((a) => a.keywords.join(' '))),
    keep: commonWordsToKeep(common, words),
    little: [...new Set(common.slice(0, LITTLE_WORDS).map((word) => word.toLowerCase()).filter((word) => /^\p{L}{3,}$/u.test(word)))],
    // The situation of a page: what it is called, the readers' words and phrases for it, and its headings.
    specificity: specificityFile(articles.map((a) => [a.title, a.keywords.join(' '), ...headingsOf(a.body), ...a.phrases].join('\n'))),
  };
}
