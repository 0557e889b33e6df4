// The search page's cards: what it needs of each page to rank and list a result before the page's fragment arrives.
import { gzipSync } from 'node:zlib';

/** A pagefind fragment, as far as a card needs it. */
export interface Fragment {
  url: string;
  content?: string;
  meta?: Record<string, string | undefined>;
  anchors?: { element: string; id?: string; text?: string; location: number }[];
}

/** One page's card: its fragment without the text (only the excerpt needs that) and without anchors no result links to. */
export type Card = Omit<Fragment, 'content'>;

/** Above this many bytes (gzip) for one language, no cards are written: the fragments alone serve a large site, as every first search would pay for them. */
export const CARDS_LIMIT = 32 * 1024;

/** The meta fields results show or rank by. */
const META = ['title', 'section', 'keywords', 'phrases', 'description'] as const;

/** A page's card, from its fragment: URL, the meta fields results use, and its `##`/`###` headings with ids. */
export function cardOf(fragment: Fragment): Card {
  const meta = Object.fromEntries(META.flatMap((key) => (fragment.meta?.[key] ? [[key, fragment.meta[key]]] : [])));
  const anchors = (fragment.anchors ?? []).filter((a) => /^h[23]$/i.test(a.element) && a.id && a.text);
  return { url: fragment.url, meta, anchors };
}

/** The cards file of one language (page id → card), or undefined when, gzip-compressed, it would be larger than `limit` bytes. */
export function cardsFile(fragments: ReadonlyMap<string, Fragment>, limit = CARDS_LIMIT): string | undefined {
  const text = JSON.stringify(Object.fromEntries([...fragments].sort(([a], [b]) => a.localeCompare(b)).map(([id, fragment]) => [id, cardOf(fragment)])));
  return gzipSync(text).length <= limit ? text : undefined;
}

/** A fragment file's JSON: pagefind gzips each and starts the text with a signature. */
export function fragmentText(unzipped: Uint8Array): string {
  const text = new TextDecoder().decode(unzipped);
  const signature = 'pagefind_dcd';
  if (!text.startsWith(signature)) throw new Error(`Not a pagefind fragment (no “${signature}” signature): has pagefind's format changed?`);
  return text.slice(signature.length);
}
