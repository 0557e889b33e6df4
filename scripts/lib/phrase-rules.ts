import { locales, type Locale } from '../../src/i18n/locales.ts';
import type { Phrases } from '../../src/schemas/phrases.ts';
import { wordsOf } from '../../src/islands/search/situation.ts';
import type { ContentFile, Problem } from './content-rules.ts';
import { parseMdx } from './mdx-source.ts';

/** One language's phrases file as read: where it is, the line of each entry, and its data, or undefined when unreadable. */
export interface PhrasesFile {
  path: string;
  /** Article path → the line its entry starts on. */
  lines: Record<string, number>;
  data: Phrases | undefined;
}

// Phrases this long that also stand word for word in their article were copied, not written the way readers describe it.
const COPIED_WORDS = 3;

/** Whether the words of `phrase` stand together, in order, in `text`. */
export function copiedFrom(phrase: string, text: string): boolean {
  const words = wordsOf(phrase);
  if (words.length < COPIED_WORDS) return false;
  return ` ${wordsOf(text).join(' ')} `.includes(` ${words.join(' ')} `);
}

/**
 * Checks content/phrases/<lang>.yaml against the articles: every key is an article of that language, every article
 * has phrases, and a phrase is the readers' wording rather than a sentence of the article (a warning).
 */
export function checkPhrases(files: readonly ContentFile[], phrases: Record<Locale, PhrasesFile>): Problem[] {
  const problems: Problem[] = [];
  for (const lang of locales) {
    const { path, lines, data } = phrases[lang];
    // An unreadable file has been reported already; judging coverage from nothing would only add noise.
    if (!data) continue;
    const articles = files.filter((file) => file.lang === lang);
    const slugs = new Set(articles.map((file) => file.slug));
    for (const slug of Object.keys(data).filter((key) => !slugs.has(key))) {
      problems.push({ level: 'error', file: path, line: lines[slug] ?? 1, what: `“${slug}” is no ${lang} article`, fix: `use an article’s path without the language, as in content/${lang}/<path>.mdx (for example recover/email), or remove the entry` });
    }
    for (const article of articles) {
      const own = data[article.slug];
      // A new article (npm run new) is refused for its pending marker; its phrases come with its text.
      if (!own && /^pending:\s*true\s*$/m.test(article.source.split(/^---\s*$/m)[1] ?? '')) continue;
      if (!own) {
        problems.push({ level: 'error', file: path, line: 1, what: `the article ${article.slug} has no phrases`, fix: `add “${article.slug}:” with a few sentences in which readers describe its situation in their own words` });
        continue;
      }
      const doc = parseMdx(article.source);
      // join() writes a missing title or description as nothing.
      const text = [doc.data?.title, doc.data?.description, ...doc.bodyLines].join('\n');
      for (const phrase of own.filter((p) => copiedFrom(p, text))) {
        problems.push({ level: 'warning', file: path, line: lines[article.slug] ?? 1, what: `“${phrase}” stands word for word in ${article.path}`, fix: 'write how a reader would describe the situation, not the article’s sentence: search finds that text already' });
      }
    }
  }
  return problems;
}
