// What an article page fetches for the first search when the reader reaches for the header box: the list the build writes.
import type { ChunkRange } from '../../src/scripts/search-chunks.ts';

export type { ChunkRange };

/** pagefind-entry.json, as far as the list needs it: each language's index hash and wasm build. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string }>;
}

/** One file of the pagefind bundle, by name inside its folder, with its size in bytes. */
export interface BundleFile {
  name: string;
  size: number;
}

/** Above this many bytes of index for one language, no chunk is fetched ahead: only the one the query needs is worth it. */
export const CHUNK_PREFETCH_LIMIT = 150 * 1024;

/** The build's tag as the search page carries it (`data-tag` on `<site-search>`); empty when it has none. */
export function searchTagOf(html: string): string {
  return /<site-search\b[^>]*\sdata-tag="([^"]*)"/.exec(html)?.[1] ?? '';
}

/** The same-site module scripts a page loads (`<script type="module" src="/…">`), in page order. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\btype="module"/.test(tag))
    .map((tag) => /\bsrc="(\/[^"/][^"]*)"/.exec(tag)?.[1])
    .filter((src): src is string => src !== undefined);
}

/**
 * The index chunks of a decoded pagefind metadata file (`pagefind_dcd` + CBOR: version, pages, chunks as [from, to,
 * hash], …), by the first letters of their first and last words; undefined when the file is not laid out so.
 */
export function chunkRanges(meta: unknown): ChunkRange[] | undefined {
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || chunks.length === 0) return undefined;
  const ranges = chunks.map((chunk) =>
    Array.isArray(chunk) && chunk.length >= 3 && chunk.slice(0, 3).every((part) => typeof part === 'string' && part !== '')
      ? { from: [...(chunk[0] as string)][0]!, to: [...(chunk[1] as string)][0]!, href: `/pagefind/index/${chunk[2] as string}.pf_index` }
      : undefined,
  );
  return ranges.every((range) => range !== undefined) ? ranges : undefined;
}

/**
 * The URLs the first search in a language needs besides the entry file, in the order the search page asks for them:
 * the search page's own scripts, pagefind's code, its wasm, the index metadata, the index chunks when the whole index is
 * small (unless they go by letter), the site's word file and, when the build wrote them, the result cards. Empty for a language pagefind did not index.
 */
export function prefetchFiles(entry: PagefindEntry, lang: string, chunks: readonly BundleFile[], tag: string, pageScripts: readonly string[] = [], cards = false, limit = CHUNK_PREFETCH_LIMIT, byLetter = false): string[] {
  const index = entry.languages[lang];
  if (!index) return [];
  const own = chunks.filter((chunk) => chunk.name.startsWith(`${lang}_`) && chunk.name.endsWith('.pf_index'));
  const total = own.reduce((sum, chunk) => sum + chunk.size, 0);
  return [
    ...pageScripts,
    '/pagefind/pagefind.js',
    `/pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`,
    `/pagefind/pagefind.${index.hash}.pf_meta`,
    // Chunks the reader's first letters choose (byLetter) are fetched as the reader types, not listed here.
    ...(total <= limit && !byLetter ? own.map((chunk) => `/pagefind/index/${chunk.name}`).sort() : []),
    // The build's tag in the address, as the search page asks for them: a new build's files are new addresses.
    `/${lang}/search-words.json?ts=${tag}`,
    ...(cards ? [`/${lang}/search-cards.json?ts=${tag}`] : []),
  ];
}
