// Pure helpers of the search page: reading the query, wording the count, pooling the searches for each word,
// re-ranking by situation, and the excerpt and section to show for each result.
import { holds, queryWords, situationMatch, specificity, wordsOf, type Situation, type Specificity } from './situation.ts';

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

/** "3 results for “code”" in the page's language, choosing the plural form with Intl.PluralRules. */
export function countMessage(forms: Record<string, string | undefined>, lang: string, count: number, query: string): string {
  const rule = new Intl.PluralRules(lang).select(count);
  const template = forms[rule] ?? forms.other ?? '';
  return template.replace('{{count}}', String(count)).replace('{{query}}', query);
}

/** One page as one word's search found it: pagefind's id and score, and the positions of the matched words in its text. */
export interface WordResult {
  id: string;
  score: number;
  words: readonly number[];
}

/** One page found by one or more of the query's words: the scores added up, and for each word the positions it matched. */
export interface Pooled {
  id: string;
  score: number;
  positions: number[][];
}

/** Pools one search per query word page by page, best first: scores add up, so a page holding several of the words, or the rarer ones, leads. */
export function poolResults(perWord: readonly (readonly WordResult[])[]): Pooled[] {
  const pages = new Map<string, Pooled>();
  perWord.forEach((results, i) => {
    for (const result of results) {
      const page = pages.get(result.id) ?? { id: result.id, score: 0, positions: perWord.map(() => []) };
      page.score += result.score;
      page.positions[i] = [...result.words];
      pages.set(result.id, page);
    }
  });
  return [...pages.values()].sort((a, b) => b.score - a.score);
}

/** A search hit as the re-ranking needs it. */
export interface Hit extends Situation {
  url: string;
  score: number;
}

/** How much a page's situation counts beside its text: the share of the query its descriptions name, and one phrase holding the query. */
export const SITUATION_WEIGHTS = { coverage: 1.5, phrase: 1 } as const;

/**
 * Re-orders hits by the page's text (pagefind's score, relative to the best hit) plus its situation: how much of
 * the searched words' specificity its title, keywords, phrases and headings name, and whether they hold one phrase whole.
 */
export function rerank<T extends Hit>(hits: readonly T[], searched: readonly string[], table: Specificity): T[] {
  const best = Math.max(0, ...hits.map((hit) => hit.score));
  const scored = hits.map((hit) => {
    const { coverage, phrase } = situationMatch(searched, hit, table);
    const text = best > 0 ? hit.score / best : 0;
    return { hit, score: text + SITUATION_WEIGHTS.coverage * coverage + SITUATION_WEIGHTS.phrase * phrase };
  });
  return scored.sort((a, b) => b.score - a.score).map((s) => s.hit);
}

/** A run of excerpt text, marked when it is a word the reader searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** `length` words of a page's text where the matched positions lie thickest, the matched words marked; "…" where the text goes on. */
export function excerptAt(content: string, positions: readonly number[], length: number): ExcerptPart[] {
  const words = content.match(/\S+/g) ?? [];
  const matched = new Set(positions.filter((p) => p < words.length));
  let start = 0;
  let inWindow: number[] = [];
  for (const position of [...matched].sort((a, b) => a - b)) {
    // A window starting at a matched word: the earliest of the densest wins.
    const held = [...matched].filter((p) => p >= position && p < position + length);
    if (held.length > inWindow.length) [start, inWindow] = [position, held];
  }
  // A few words before the first match make the sentence readable, as far as no match falls off the end; never run past the text's end.
  const slack = inWindow.length ? start + length - 1 - Math.max(...inWindow) : 0;
  start = Math.max(0, Math.min(start - Math.min(3, slack), words.length - length));
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  words.slice(start, start + length).forEach((word, i) => {
    if (i > 0) push(' ', false);
    push(word, matched.has(start + i));
  });
  if (start + length < words.length) push(' …', false);
  return parts;
}

/** The share of the most specific searched word's weight that a word needs for its matches to be shown and marked. */
export const TELLING_SHARE = 0.25;

/**
 * The matched positions an excerpt should show: those of the searched words that tell pages apart, leaving out words
 * nearly every page holds ("det", "att", "the") and words of one or two letters, which would otherwise draw the excerpt to any sentence and be marked
 * there. When the query holds nothing else, its common words are all there is to show.
 */
export function tellingPositions(searched: readonly string[], positions: readonly (readonly number[])[], table: Specificity, little: ReadonlySet<string> = new Set()): number[] {
  // Words of one or two letters ("om", "со", "to") weigh nothing, as search itself leaves them out when typed; nor do
  // the language's commonest words ("что", "через"), which the site's headings and titles are too few to show as common.
  const weights = positions.map((_, i) => Math.max(0, ...queryWords(searched[i] ?? '').map((word) => (little.has(word) ? 0 : specificity(word, table)))));
  const top = Math.max(0, ...weights);
  const telling = positions.flatMap((found, i) => (weights[i]! >= top * TELLING_SHARE ? found : []));
  return telling.length > 0 ? telling : positions.flat();
}

/** A heading of a page as pagefind lists it, with the position where its section starts. */
export interface Anchor {
  id: string;
  text: string;
  location: number;
}

/**
 * The section that best answers the query (on a question-and-answer page, the matched question): of the headings
 * that hold a searched word, the one whose heading and section hold the most specific words. Undefined when none
 * does. `positions[i]` are where the searched word `searched[i]` matched in the text.
 */
export function bestSection(anchors: readonly Anchor[], searched: readonly string[], positions: readonly (readonly number[])[], table: Specificity): Anchor | undefined {
  const words = searched.flatMap(wordsOf);
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  let best: Anchor | undefined;
  let bestScore = 0;
  sorted.forEach((anchor, i) => {
    const heading = wordsOf(anchor.text);
    const end = sorted[i + 1]?.location ?? Infinity;
    let inHeading = 0;
    let inSection = 0;
    words.forEach((word, w) => {
      const weight = specificity(word, table);
      if (holds(heading, word)) inHeading += weight;
      if (positions[w]?.some((p) => p >= anchor.location && p < end)) inSection += weight;
    });
    // The heading must name the situation itself; its section's text only settles between headings that do.
    const score = inHeading > 0 ? 2 * inHeading + inSection : 0;
    if (score > bestScore) [best, bestScore] = [anchor, score];
  });
  return best;
}

// Parcel tracking numbers as carriers print them: UPU (RB123456785CN), Cainiao (LP and 14 digits, CN…), YunExpress
// (YT and 16 digits), USPS (22 digits from 92 to 95) and UPS (1Z…).
const TRACKING = /^(?:[A-Z]{2}\d{9}[A-Z]{2}|LP\d{14}|YT\d{16}|CN[A-Z]{2}\d{8,16}[A-Z]{2}|9[2-5]\d{20}|1Z[0-9A-Z]{16})$/i;

/** Whether a query is a parcel tracking number, spaces and dashes aside: no article holds one, and it finds no account. */
export function isTrackingNumber(query: string): boolean {
  return TRACKING.test(query.replace(/[\s-]/g, ''));
}
