// What the search page fetches with the first search, per language: the articles' words to correct hurried
// queries against, the common words of the language correction must leave alone, and how many articles name each
// word in their situation, to weigh query words by (src/islands/search/word-file.ts).
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../i18n/locales.ts';
import { vocabularyFile } from '../../islands/search/word-file.ts';
import { articlesIn, phrasesFor } from '../../utils/articles.ts';
import { commonWords } from '../../utils/common-words.ts';
import { splitId } from '../../utils/paths.ts';

export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const written = (await articlesIn(lang)).filter((entry) => !entry.data.translationPending);
  const articles = await Promise.all(
    written.map(async (entry) => ({ ...entry.data, body: entry.body ?? '', phrases: await phrasesFor(lang, splitId(entry.id).slug) })),
  );
  return new Response(JSON.stringify(vocabularyFile(articles, commonWords(lang))), { headers: { 'Content-Type': 'application/json' } });
};
