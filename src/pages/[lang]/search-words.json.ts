// The words of one language's articles, most frequent first: the search page fetches it, only when a
// search runs, to correct hurried queries against the site's own words.
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../i18n/locales.ts';
import { meaningfulShortWords, proseOf, vocabularyFrom, type VocabularyFile } from '../../islands/search/vocabulary.ts';
import { articlesIn } from '../../utils/articles.ts';

export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const articles = (await articlesIn(params.lang as Locale)).filter((entry) => !entry.data.translationPending);
  const perArticle = articles.map((entry) => [entry.data.title, entry.data.description, entry.data.keywords.join(' '), proseOf(entry.body ?? '')].join('\n'));
  const named = articles.flatMap((entry) => [entry.data.title, entry.data.keywords.join(' ')]);
  const file: VocabularyFile = { words: vocabularyFrom(perArticle, named), short: meaningfulShortWords(articles.map((entry) => entry.data.keywords.join(' '))) };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
