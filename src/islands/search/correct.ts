// Query correction for hurried readers: the wrong keyboard layout, missing diacritics, typos and short
// words, checked against the site's own words. Pure: the vocabulary is passed in.
import ru from 'convert-layout/ru.js';
import { distance } from 'fastest-levenshtein';
import { fold } from './vocabulary.ts';

/** The site's words, ready for lookups. */
export interface Vocabulary {
  /** Folded form → the word as the site writes it, most frequent first, so a tie goes to the commoner word. */
  byFold: Map<string, string>;
  /** Short words worth searching for ("vk", "id"); other one- and two-letter words are left out of queries. */
  short: Set<string>;
}

/** Prepares a vocabulary (words as the build emits them, most frequent first) for correction. */
export function prepareVocabulary(words: readonly unknown[], short: readonly unknown[] = []): Vocabulary {
  const byFold = new Map<string, string>();
  for (const word of words) {
    if (typeof word !== 'string' || word.length > 30) continue;
    const key = fold(word);
    if (!byFold.has(key)) byFold.set(key, word);
  }
  return { byFold, short: new Set(short.filter((w): w is string => typeof w === 'string').map(fold)) };
}

/** What correction did to a query. */
export interface Correction {
  /** The query to search for. */
  query: string;
  /** Whether it differs from what the reader typed (then the page says so and offers the original). */
  changed: boolean;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

// Longer words earn more edits: one typo in four letters is a lot, two in ten is a hurried reader.
const allowedEdits = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

function known(word: string, vocabulary: Vocabulary): boolean {
  return vocabulary.byFold.has(fold(word));
}

/** The site's word nearest to `word`, within the edits its length allows, or undefined. */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const key = fold(word);
  const exact = vocabulary.byFold.get(key);
  if (exact) return exact;
  if (key.length < 3 || /^\d+$/.test(key)) return undefined;
  let best: string | undefined;
  let bestDistance = allowedEdits(key.length) + 1;
  // A few thousand words: comparing with each takes a millisecond or two, so no shortcut is worth its code.
  for (const [candidate, spelling] of vocabulary.byFold) {
    const d = distance(key, candidate);
    if (d < bestDistance) {
      best = spelling;
      bestDistance = d;
    }
  }
  return best;
}

/** The query typed on the other keyboard layout (ЙЦУКЕН ↔ QWERTY): Latin letters become Cyrillic, or the reverse. */
export function otherLayout(query: string): string {
  return /[а-яё]/i.test(query) ? ru.toEn(query) : ru.fromEn(query);
}

/** Corrects a query word by word against the site's vocabulary; words it cannot place are kept as typed. */
export function correctQuery(query: string, vocabulary: Vocabulary): Correction {
  const typed = wordsOf(query);
  if (typed.length === 0) return { query: query.trim(), changed: false };
  // Gibberish in its own script but words on the other layout: the reader forgot to switch the keyboard.
  const switched = wordsOf(otherLayout(query));
  const knownTyped = typed.filter((w) => known(w, vocabulary)).length;
  const knownSwitched = switched.filter((w) => known(w, vocabulary)).length;
  const words = knownSwitched > knownTyped ? switched : typed;
  const keep = (word: string) => word.length > 2 || vocabulary.short.has(fold(word));
  const corrected = words
    .filter(keep)
    .map((word) => nearestWord(word, vocabulary) ?? word);
  // Dropping a short word nobody searches for ("my", "не") is silent; replacing a word is said to the reader.
  const kept = typed.filter(keep);
  const result = corrected.join(' ');
  return { query: result, changed: result !== kept.join(' ') };
}
