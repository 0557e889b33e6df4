// Query correction for hurried readers: the wrong keyboard layout, missing diacritics and typos, checked against
// the site's own words. Only a word nobody knows is changed: not one the site uses, not one the search index
// finds by its stem, not a common word of the language. Pure: the vocabulary and what the index knows are passed in.
import ru from 'convert-layout/ru.js';
import { fold } from './vocabulary.ts';

/** The site's words, ready for lookups. */
export interface Vocabulary {
  /** Folded form → the word as the site writes it, most frequent first, so a tie goes to the commoner word. */
  byFold: Map<string, string>;
  /** The site's words in lower case, ё as е: a word typed so is right, whatever its diacritics. */
  exact: Set<string>;
  /** Short words worth searching for ("vk", "id"); other one- and two-letter words are left out of queries. */
  short: Set<string>;
  /** Common words of the language (lower case, ё as е) that are not the site's but lie within a typo of one: never corrected. */
  keep: Set<string>;
}

const strings = (list: readonly unknown[]) => list.filter((w): w is string => typeof w === 'string');

/** A word in lower case with ё as е: how Russian readers type it either way. */
export const plain = (word: string) => word.toLowerCase().replace(/ё/g, 'е');

/** Prepares a vocabulary (words as the build emits them, most frequent first) for correction. */
export function prepareVocabulary(site: readonly unknown[], short: readonly unknown[] = [], keep: readonly unknown[] = []): Vocabulary {
  const byFold = new Map<string, string>();
  const exact = new Set<string>();
  for (const word of strings(site)) {
    if (word.length > 30) continue;
    const key = fold(word);
    if (!byFold.has(key)) byFold.set(key, word);
    exact.add(plain(word));
  }
  return { byFold, exact, short: new Set(strings(short).map(fold)), keep: new Set(strings(keep).map(plain)) };
}

/** What correction did to a query. */
export interface Correction {
  /** The query to search for. */
  query: string;
  /** The query as the page names it: the reader's own form of a word stands where only its ending was changed. */
  shown: string;
  /** Whether the page tells the reader their words were changed (then it offers the original). */
  changed: boolean;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many edits a typo in a word of this length may hold: one, from eight letters on two. */
export const allowedEdits = (length: number) => (length < 8 ? 1 : 2);

/**
 * Edits between two words, a swap of neighbouring letters counting as one ("odrer" → "order"); any number above
 * `max` is reported as `max + 1`, which saves the work of counting further.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Rows of the classic table: two back (for a swap; not read before the second row), one back, and the current
  // one; three arrays reused in turn, since the build asks this for every common word of a language.
  let before = new Uint32Array(b.length + 1);
  let previous = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      let cell = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      // In the first row or column one side of the swap is before the word's start, undefined, so it never matches.
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, before[j - 2]! + 1);
      row[j] = cell;
      if (cell < least) least = cell;
    }
    // No later row can come back under the limit once a whole row is over it.
    if (least > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length]!;
}

/**
 * Whether `typed` (folded) could be a typo of the site's word `site` (folded): the same first letter (a changed
 * first letter makes another word: knew and new, igår and går), and within the edits its length allows.
 */
export function typoOf(typed: string, site: string): boolean {
  return typed[0] === site[0] && editDistance(typed, site, allowedEdits(typed.length)) <= allowedEdits(typed.length);
}

/** The site's word `word` would be corrected to (its diacritics restored, or a typo mended), or undefined when it stays. */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  if (vocabulary.exact.has(plain(word)) || vocabulary.keep.has(plain(word))) return undefined;
  // A reader who typed å, ä, ö or й meant them: compare with their letters, and put no others back.
  const marked = plain(word) !== fold(word);
  const key = marked ? plain(word) : fold(word);
  const restored = marked ? undefined : vocabulary.byFold.get(key);
  if (restored) return restored;
  if (key.length < 3 || /\d/.test(key)) return undefined;
  let best: string | undefined;
  let bestDistance = allowedEdits(key.length) + 1;
  for (const [candidate, spelling] of byFirstLetter(vocabulary, marked).get(key[0]!) ?? []) {
    const d = editDistance(key, candidate, bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [spelling, d];
  }
  return best;
}

// A typo keeps its first letter, so only the site's words with the same one are compared, in the vocabulary's
// order (a tie goes to the commoner word). The build asks for all ten thousand common words of a language.
const letterIndexes = new WeakMap<Map<string, string>, Record<'folded' | 'plain', Map<string, [string, string][]>>>();

function byFirstLetter(vocabulary: Vocabulary, marked: boolean): Map<string, [string, string][]> {
  let indexes = letterIndexes.get(vocabulary.byFold);
  if (!indexes) {
    indexes = { folded: new Map(), plain: new Map() };
    for (const [folded, spelling] of vocabulary.byFold) {
      for (const [form, candidate] of [['folded', folded], ['plain', plain(spelling)]] as const) {
        const index = indexes[form];
        if (!index.has(candidate[0]!)) index.set(candidate[0]!, []);
        index.get(candidate[0]!)!.push([candidate, spelling]);
      }
    }
    letterIndexes.set(vocabulary.byFold, indexes);
  }
  return marked ? indexes.plain : indexes.folded;
}

/**
 * Whether a correction only changed a word's ending (звёздочек → звёздочки, lösenrd → lösenord): another form of the
 * same word, which the search stems alike. Such a change is searched but not announced.
 */
export function sameWordOtherEnding(typed: string, corrected: string): boolean {
  const a = fold(typed);
  const b = fold(corrected);
  // Diacritics put back (glomt → glömt) are a change of spelling, not of ending: the reader is told.
  if (a === b) return false;
  let common = 0;
  // The words differ, so the shorter one's end (undefined) stops this at the latest.
  while (a[common] === b[common]) common++;
  return common >= 4 && common >= a.length - 3 && common >= b.length - 3;
}

/** The common words of a language (lower case, ё as е) that correction would otherwise change into one of the site's words: the build ships them as `keep`. */
export function commonWordsToKeep(common: readonly string[], site: readonly string[]): string[] {
  const vocabulary = prepareVocabulary(site);
  return [...new Set(common.map(plain))].filter((word) => /^\p{L}{2,30}$/u.test(word) && nearestWord(word, vocabulary) !== undefined).sort();
}

/** The query typed on the other keyboard layout (ЙЦУКЕН ↔ QWERTY): Latin letters become Cyrillic, or the reverse. */
export function otherLayout(query: string): string {
  return /[а-яё]/i.test(query) ? ru.toEn(query) : ru.fromEn(query);
}

const known = (word: string, vocabulary: Vocabulary) => vocabulary.byFold.has(fold(word));

// A short word is kept only when readers search with it ("vk", "id"); "my" or "не" are left out silently.
const worthSearching = (word: string, vocabulary: Vocabulary) => word.length > 2 || vocabulary.short.has(fold(word));

/** The words a query is corrected from: as typed, or as typed on the other layout when that gives more of the site's words. */
export function typedWords(query: string, vocabulary: Vocabulary): string[] {
  const typed = wordsOf(query);
  // Gibberish in its own script but words on the other layout: the reader forgot to switch the keyboard.
  const switched = wordsOf(otherLayout(query));
  const count = (list: string[]) => list.filter((w) => known(w, vocabulary)).length;
  return (count(switched) > count(typed) ? switched : typed).filter((w) => worthSearching(w, vocabulary));
}

/**
 * The words correction would replace by another word: before that, the page asks the search index whether it finds
 * each one by its stem. Putting back diacritics (glomt → glömt) replaces nothing, so it needs no asking.
 */
export function wordsToCheck(query: string, vocabulary: Vocabulary): string[] {
  return typedWords(query, vocabulary).filter((word) => {
    const nearest = nearestWord(word, vocabulary);
    return nearest !== undefined && fold(nearest) !== fold(word);
  });
}

/** Corrects a query word by word against the site's vocabulary; a word the index finds (`indexed`), or that nothing matches, is kept as typed. */
export function correctQuery(query: string, vocabulary: Vocabulary, indexed: ReadonlySet<string> = new Set()): Correction {
  if (wordsOf(query).length === 0) return { query: query.trim(), shown: query.trim(), changed: false };
  const typed = typedWords(query, vocabulary);
  const corrected = typed.map((word) => (indexed.has(word) ? word : (nearestWord(word, vocabulary) ?? word)));
  const shown = corrected.map((word, i) => (sameWordOtherEnding(typed[i]!, word) ? typed[i]! : word));
  // Dropping a short word nobody searches for is silent; replacing a word, or switching the layout, is said to the reader.
  const asTyped = wordsOf(query).filter((w) => worthSearching(w, vocabulary)).join(' ');
  return { query: corrected.join(' '), shown: shown.join(' '), changed: plain(shown.join(' ')) !== plain(asTyped) };
}
