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

/** The search string to keep in the URL for a query (`?q=…`, or empty for no query). */
export function searchForQuery(query: string): string {
  const q = query.trim().slice(0, MAX_QUERY);
  return q ? `?${new URLSearchParams({ q }).toString()}` : '';
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
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('<mark>') ? { text: decode(part.slice(6, -7)), mark: true } : { text: decode(part), mark: false }))
    .filter((part) => part.text !== '');
}
