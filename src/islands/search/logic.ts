// Pure helpers of the search page: reading the query, wording the count, and excerpts without markup.

/** The longest query the page accepts; anything longer is cut, never an error. */
export const MAX_QUERY = 200;

/** The query from a URL's search string (`?q=…`), trimmed and limited in length. */
export function queryFromSearch(search: unknown): string {
  if (typeof search !== 'string') return '';
  try {
    return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, MAX_QUERY);
  } catch {
    return '';
  }
}

/** The search string to keep in the URL for a query (`?q=…`, plus `exact=1` when correction is off; empty for no query). */
export function searchForQuery(query: string, exact = false): string {
  const q = query.trim().slice(0, MAX_QUERY);
  return q ? `?${new URLSearchParams(exact ? { q, exact: '1' } : { q }).toString()}` : '';
}

/** Whether a URL's search string asks for the query exactly as typed (the "search instead for" link). */
export function exactFromSearch(search: unknown): boolean {
  if (typeof search !== 'string') return false;
  try {
    return new URLSearchParams(search).get('exact') === '1';
  } catch {
    return false;
  }
}

/** Whether an excerpt was cut from the hidden list of reader keywords rather than from the article's text. */
export function excerptFromKeywords(excerptHtml: unknown, keywords: string): boolean {
  const words = excerptParts(excerptHtml).flatMap((part) => part.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const listed = new Set(keywords.toLowerCase().match(/[\p{L}\p{N}]+/gu));
  // No guard needed: no keywords make match() null and new Set(null) empty; no excerpt words give 0 / 0 = NaN, never ≥ 0.6.
  return words.filter((word) => listed.has(word)).length / words.length >= 0.6;
}

/** "3 results for “code”" in the page's language, choosing the plural form with Intl.PluralRules. */
export function countMessage(forms: Record<string, string | undefined>, lang: string, count: number, query: string): string {
  const rule = new Intl.PluralRules(lang).select(count);
  const template = forms[rule] ?? forms.other ?? '';
  return template.replace('{{count}}', String(count)).replace('{{query}}', query);
}

/** A pagefind excerpt as plain text runs, marking the matched words; any other markup is dropped. */
export function excerptParts(html: unknown): { text: string; mark: boolean }[] {
  if (typeof html !== 'string') return [];
  const decode = (text: string) =>
    text.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
  return html
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .map((part) => (part.startsWith('<mark>') ? { text: decode(part.slice(6, -7)), mark: true } : { text: decode(part), mark: false }))
    // Also drops the empty strings split leaves around adjacent marks.
    .filter((part) => part.text !== '');
}

/** A search hit as the re-ranking needs it. */
export interface Hit {
  url: string;
  score: number;
  title: string;
  keywords: string;
}

/** Lower-case words of a text; short function words are kept out because every page has them. */
export function queryWords(text: string): string[] {
  return (text.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2);
}

// A word matches another when they share a stem: enough of the start to survive Russian and Swedish endings.
const stem = (word: string) => word.slice(0, Math.max(4, word.length - 2));
const matches = (word: string, words: readonly string[]) => words.some((w) => w.startsWith(stem(word)) || word.startsWith(stem(w)));

/** Re-orders hits so that pages whose title or reader keywords hold the query's words come first. */
export function rerank<T extends Hit>(hits: readonly T[], query: string): T[] {
  const words = queryWords(query);
  // Stryker disable next-line ConditionalExpression: without it every score is NaN, which sort takes as a tie, so the order stays.
  if (words.length === 0) return [...hits];
  const boosted = hits.map((hit) => {
    const title = queryWords(hit.title);
    const keywords = queryWords(hit.keywords);
    const inTitle = words.filter((w) => matches(w, title)).length / words.length;
    const inKeywords = words.filter((w) => matches(w, keywords)).length / words.length;
    return { hit, score: hit.score * (1 + 1.5 * inTitle + 1.5 * inKeywords) };
  });
  return boosted.sort((a, b) => b.score - a.score).map((b) => b.hit);
}
