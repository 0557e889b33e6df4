// Fetches what the first search needs while the reader types in the header box, so the search page finds it cached.
import { chunksFor, type ChunkRange } from './search-chunks.ts';

/** How many prefetches run at once. Leaving the page aborts those still running, so the files the search needs first
 * (its script, pagefind's code and wasm) must finish first, not share the line with all the others and finish last. */
export const PREFETCH_IN_FLIGHT = 2;

/** A prefetch hint: the browser fetches the file at the lowest priority and keeps it in the HTTP cache for the next page. */
function hint(href: string): HTMLLinkElement {
  const link = Object.assign(document.createElement('link'), { rel: 'prefetch', href });
  document.head.append(link);
  return link;
}

const waiting: string[] = [];
const asked = new Set<string>();
let running = 0;

// Each prefetch that ends, loaded or not, starts the next one waiting.
function next(): void {
  while (running < PREFETCH_IN_FLIGHT && waiting.length) {
    const link = hint(waiting.shift()!);
    running++;
    const done = () => {
      running--;
      next();
    };
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
  }
}

// Queues files not asked for yet; `first` puts them ahead of those waiting (a chunk the typed word needs).
function queue(files: readonly string[], first = false): void {
  const fresh = files.filter((href) => !asked.has(href));
  fresh.forEach((href) => asked.add(href));
  if (first) waiting.unshift(...fresh);
  else waiting.push(...fresh);
  next();
}

let list: Promise<{ files: string[]; chunks?: ChunkRange[] }> | undefined;

/** Prefetches, for the page's language only, pagefind's entry file and the files the build listed for a first search. */
export function prefetchSearch(form: HTMLFormElement): void {
  const tag = form.dataset.searchTag;
  hint(`/pagefind/pagefind-entry.json?ts=${tag}`);
  list = fetch(`/${document.documentElement.lang}/search-prefetch.json?ts=${tag}`, { priority: 'low' }).then((response) => response.json());
  // Only a head start: the search page fetches whatever did not arrive.
  list.then((found) => queue(found.files)).catch(() => {});
}

/** Prefetches the index chunks the words typed so far need (the build lists chunks by letter when it can). */
export function prefetchChunks(text: string): void {
  list?.then((found) => queue(chunksFor(text, found.chunks ?? []), true)).catch(() => {});
}
