// The words readers can find, per language: what query correction compares a hurried query with. No DOM here.

/** A word as it is compared: lower case, ё as е, accents and Swedish å/ä/ö folded, so "losenord" meets "lösenord". */
export function fold(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The `##` and `###` headings of an MDX body, without their marks. */
export function headingsOf(mdx: string): string[] {
  return [...mdx.matchAll(/^#{2,3}\s+(.+?)\s*$/gm)].map((match) => match[1]!);
}

/** The readable text of an MDX body: tags, expressions, code and link targets left out. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/`[^`]*`/g, ' ');
}

const wordsIn = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 2 && w.length <= 30 && /\p{L}/u.test(w));

/**
 * The words of the texts (two letters or more, at least one a letter), the most frequent first. Words of
 * `always` (titles, reader keywords) all stay; a word the prose uses only once is left out, which keeps the
 * file small: a reader's typo then lands on another form of the same word, and the index stems it alike.
 */
export function vocabularyFrom(texts: readonly string[], always: readonly string[] = []): string[] {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(wordsIn)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const kept = new Set(always.flatMap(wordsIn));
  for (const word of kept) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .filter(([word, count]) => count > 1 || kept.has(word))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
}

/** Short words (one or two letters) worth searching for: those readers use in the articles' keywords ("vk", "id", "вк"), unlike "i" or "a" in the prose. */
export function meaningfulShortWords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.flatMap((text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []))].filter((word) => word.length <= 2 && /\p{L}/u.test(word)).sort();
}
