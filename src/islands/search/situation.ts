// Situation matching: how specific each query word is across the site's pages (inverse document frequency
// over titles, reader keywords, headings and reader phrases), and how well a page's own descriptions of its
// situation hold the query. Pure: the build computes the frequencies, the search page passes them in.

/** Joins an article's reader phrases in its search metadata; a phrase may not hold it. */
export const PHRASE_SEPARATOR = ' | ';

/** Every word of a text, lower case, ё as е. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a text worth searching for as typed: those of one or two letters are left out because every page has them. */
export function queryWords(text: string): string[] {
  return wordsOf(text).filter((w) => w.length > 2);
}

// Enough of a word's start to survive Russian and Swedish endings: all but two letters, and at least four.
const stem = (word: string) => word.slice(0, Math.max(4, word.length - 2));

/** Whether two words share a stem (пароль, паролем; kod, koden), so that one stands for the other; a word of one or two letters ("id", "вк") only stands for itself. */
export function sameStem(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3) return a === b;
  return a.startsWith(stem(b)) || b.startsWith(stem(a));
}

/** Whether any of `words` shares a stem with `word`. */
export const holds = (words: readonly string[], word: string) => words.some((w) => sameStem(word, w));

/** How many of the pages (one text each) hold each word, by stem; words in alphabetical order. */
export function documentFrequencies(pages: readonly string[]): Map<string, number> {
  const perPage = pages.map((text) => new Set(wordsOf(text)));
  const all = [...new Set(perPage.flatMap((words) => [...words]))].sort();
  return new Map(
    all.map((word) => {
      // A page names the word when it holds any form sharing its stem: look those up rather than compare every word of every page.
      const forms = all.filter((other) => sameStem(word, other));
      return [word, perPage.filter((words) => forms.some((form) => words.has(form))).length];
    }),
  );
}

/** What the search page gets: the number of pages, and the words found on more than one, grouped by count. */
export interface SpecificityFile {
  pages: number;
  /** Count → the words (space-separated) that that many pages hold; a word not listed is on one page at most. */
  common: Record<string, string>;
}

/** The frequencies as the build writes them: words on one page only are left out (they are as specific as a word can be). */
export function specificityFile(pages: readonly string[]): SpecificityFile {
  const common: Record<string, string[]> = {};
  for (const [word, count] of documentFrequencies(pages)) {
    // Another form of a word already listed with the same count adds nothing.
    if (count > 1 && !common[count]?.some((listed) => sameStem(listed, word))) (common[count] ??= []).push(word);
  }
  return { pages: pages.length, common: Object.fromEntries(Object.entries(common).map(([count, words]) => [count, words.join(' ')])) };
}

/** The frequencies ready for lookups. */
export interface Specificity {
  pages: number;
  counts: Map<string, number>;
}

/** Reads the build's frequencies; anything malformed counts as no frequencies, so every word weighs the same. */
export function prepareSpecificity(file: unknown): Specificity {
  const counts = new Map<string, number>();
  const data = (file ?? {}) as Partial<SpecificityFile>;
  const pages = typeof data.pages === 'number' ? data.pages : 0;
  for (const [count, words] of Object.entries(data.common ?? {})) {
    if (typeof words === 'string') for (const word of words.split(' ')) counts.set(word, Number(count));
  }
  return { pages, counts };
}

// Re-ranking asks for the specificity of every word of every phrase of every hit; walking the whole table (thousands
// of words) for each took a slow phone 50–150 ms per search. Words sharing a stem share their first three letters
// (a stem keeps at least four, or the whole of a shorter word; words under three letters only match themselves),
// so each table is grouped by those once, and each answer is kept.
const START = 3;
const grouped = new WeakMap<Specificity, { byStart: Map<string, [string, number][]>; answers: Map<string, number> }>();

/** How specific a word is: high for a word few pages name, near zero for one every page names (BM25's inverse document frequency). */
export function specificity(word: string, table: Specificity): number {
  // Without frequencies every word weighs the same.
  if (table.pages === 0) return 1;
  let lookup = grouped.get(table);
  if (!lookup) {
    const byStart = new Map<string, [string, number][]>();
    for (const [listed, n] of table.counts) {
      const start = listed.slice(0, START);
      byStart.set(start, byStart.get(start) ?? []);
      byStart.get(start)!.push([listed, n]);
    }
    grouped.set(table, (lookup = { byStart, answers: new Map() }));
  }
  const cached = lookup.answers.get(word);
  if (cached !== undefined) return cached;
  let count = 1;
  for (const [listed, n] of lookup.byStart.get(word.slice(0, START)) ?? []) if (sameStem(word, listed)) count = Math.max(count, n);
  const value = Math.log(1 + (table.pages - count + 0.5) / (count + 0.5));
  lookup.answers.set(word, value);
  return value;
}

/** A page's own descriptions of its situation, as search results carry them. */
export interface Situation {
  title: string;
  keywords: string;
  phrases: readonly string[];
  /** The page's `##` and `###` headings. */
  headings: readonly string[];
}

/** How much each kind of description counts when it holds a query word: the title and the readers' phrases fully, keywords a little less, headings (some of which name the next page's situation) least. */
export const FIELD_WEIGHTS = { title: 1, phrases: 1, keywords: 0.8, headings: 0.4 } as const;

// Most of a phrase must be in the query for it to count as matched: all of it, or all but its most common words.
const WHOLE_PHRASE = 0.8;

/**
 * How well a page's situation holds the searched words: `coverage` is the share of their specificity that its
 * descriptions name, `phrase` the share that one of its reader phrases or keywords explains on its own (0 unless
 * the words hold that phrase whole).
 */
export function situationMatch(searched: readonly string[], situation: Situation, table: Specificity): { coverage: number; phrase: number } {
  const words = searched.flatMap(wordsOf);
  const weight = (word: string) => specificity(word, table);
  const weights = words.map(weight);
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) return { coverage: 0, phrase: 0 };
  const fields = {
    title: wordsOf(situation.title),
    phrases: situation.phrases.flatMap(wordsOf),
    keywords: wordsOf(situation.keywords),
    headings: situation.headings.flatMap(wordsOf),
  };
  const named = words.reduce((sum, word, i) => {
    const best = Math.max(0, ...(Object.keys(fields) as (keyof typeof fields)[]).filter((field) => holds(fields[field], word)).map((field) => FIELD_WEIGHTS[field]));
    return sum + best * weights[i]!;
  }, 0);
  // Each reader keyword ("kan inte logga in") is a phrase too, counting as much as a keyword does.
  const phrases = [
    ...situation.phrases.map((text) => ({ own: wordsOf(text), field: FIELD_WEIGHTS.phrases })),
    ...situation.keywords.split(',').map((text) => ({ own: wordsOf(text), field: FIELD_WEIGHTS.keywords })),
  ];
  let phrase = 0;
  for (const { own, field } of phrases) {
    const whole = own.reduce((sum, w) => sum + weight(w), 0);
    const found = own.filter((w) => holds(words, w)).reduce((sum, w) => sum + weight(w), 0);
    // A phrase without words (found and whole both 0) passes, but explains nothing either.
    if (found < WHOLE_PHRASE * whole) continue;
    phrase = Math.max(phrase, (field * words.reduce((sum, q, i) => sum + (holds(own, q) ? weights[i]! : 0), 0)) / total);
  }
  return { coverage: named / total, phrase };
}
