import { gzipSync } from 'node:zlib';

/** The kinds of bytes a first visit is counted in. */
export type ByteKind = 'html' | 'css' | 'js' | 'other';

/** First-visit bytes (gzip) of one page, by kind, plus the total. */
export type PageBytes = Record<ByteKind | 'total', number>;

/** A page the benchmark loads and the limits it must stay within (bytes, gzip). */
export interface BenchPage {
  path: string;
  kind: 'article' | 'island';
  limits: { total?: number; js: number; css: number };
}

const KB = 1024;

/** The representative pages and their budgets: an article ≤ 25 KB in all and ≤ 3 KB JS; an island page ≤ 8 KB JS; CSS ≤ 8 KB anywhere. */
export const benchPages: BenchPage[] = [
  { path: '/en/recover/email/', kind: 'article', limits: { total: 25 * KB, js: 3 * KB, css: 8 * KB } },
  { path: '/ru/recover/phone/', kind: 'article', limits: { total: 25 * KB, js: 3 * KB, css: 8 * KB } },
  { path: '/sv/faq/', kind: 'article', limits: { total: 25 * KB, js: 3 * KB, css: 8 * KB } },
  { path: '/en/wizard/', kind: 'island', limits: { js: 8 * KB, css: 8 * KB } },
  { path: '/sv/find-id/', kind: 'island', limits: { js: 8 * KB, css: 8 * KB } },
  { path: '/ru/search/', kind: 'island', limits: { js: 8 * KB, css: 8 * KB } },
  { path: '/ru/account/codes/', kind: 'article', limits: { total: 25 * KB, js: 3 * KB, css: 8 * KB } },
  { path: '/sv/account/hacked/', kind: 'island', limits: { js: 8 * KB, css: 8 * KB } },
  { path: '/ru/recover/lost-inbox/', kind: 'article', limits: { total: 25 * KB, js: 3 * KB, css: 8 * KB } },
  { path: '/sv/recover/no-email/', kind: 'article', limits: { total: 25 * KB, js: 3 * KB, css: 8 * KB } },
  { path: '/en/account/sms-code/', kind: 'article', limits: { total: 25 * KB, js: 3 * KB, css: 8 * KB } },
  { path: '/en/recover/chat-sign-in/', kind: 'island', limits: { js: 8 * KB, css: 8 * KB } },
];

/** Gzip size of a body, as a server compressing at the default level would send it. */
export function gzipSize(body: Uint8Array | string): number {
  return gzipSync(body).length;
}

/** Which kind a response counts as, from its resource type and URL. */
export function byteKind(resourceType: string, url: string): ByteKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || url.endsWith('.css')) return 'css';
  if (resourceType === 'script' || /\.m?js$/.test(new URL(url).pathname)) return 'js';
  return 'other';
}

/** The text of every inline `<style>` of a page: CSS that travels inside the HTML. */
export function inlineCss(html: string): string {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

/** What a page breaks of its budget, as sentences; empty when it is within. */
export function overBudget(page: BenchPage, bytes: PageBytes): string[] {
  const out: string[] = [];
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  if (page.limits.total !== undefined && bytes.total > page.limits.total) out.push(`${page.path}: ${kb(bytes.total)} in all, over ${kb(page.limits.total)}`);
  if (bytes.js > page.limits.js) out.push(`${page.path}: ${kb(bytes.js)} of JavaScript, over ${kb(page.limits.js)}`);
  if (bytes.css > page.limits.css) out.push(`${page.path}: ${kb(bytes.css)} of CSS, over ${kb(page.limits.css)}`);
  return out;
}

/** The first search on the search page, per language: everything it downloads (pagefind's code and wasm, index, result cards, fragments, the vocabulary) at most 150 KB gzip. */
export const firstSearch = {
  limit: 150 * KB,
  queries: { en: 'password', ru: 'пароль', sv: 'lösenord' } as Record<string, string>,
};

/** Whether a response belongs to the search itself (not to the page it runs on). */
export function isSearchRequest(url: string): boolean {
  const path = new URL(url).pathname;
  return path.startsWith('/pagefind/') || path.endsWith('/search-words.json') || path.endsWith('/search-cards.json');
}
