// Where a web address the reader must type may wrap: after its slashes, never inside a word. At 360 px
// "accounts.google.com/signin/recovery" otherwise broke as "…/signin/rec" + "overy", which reads as a typo.

// An address with a path: a dotted host, then a slash and more (the scheme, if any, is left whole).
const ADDRESS = /(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/[^\s]*[^\s.,;:!?)»”"']/gu;

// A host too long for a phone's line ("accounts.google.com.example.net") may wrap after a dot instead of mid-word.
const LONG_HOST = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+){2,}/gu;
const LONG = 24;

/** Splits a text into runs, a line break allowed between each: after each slash of a web address's path, and (unless `longHosts` is false, where hosts are set whole in bold) after the dots of a host longer than 24 characters. */
export function urlBreakRuns(text: string, longHosts = true): string[] {
  const breaks = new Set<number>();
  for (const match of text.matchAll(ADDRESS)) {
    const scheme = /^https?:\/\//.exec(match[0])?.[0].length ?? 0;
    const end = match.index + match[0].length;
    for (let at = text.indexOf('/', match.index + scheme); at !== -1 && at < end - 1; at = text.indexOf('/', at + 1)) breaks.add(at + 1);
  }
  for (const match of longHosts ? text.matchAll(LONG_HOST) : []) {
    if (match[0].length <= LONG) continue;
    const last = match.index + match[0].lastIndexOf('.');
    for (let at = text.indexOf('.', match.index); at !== -1 && at < last; at = text.indexOf('.', at + 1)) breaks.add(at + 1);
  }
  const runs: string[] = [];
  let from = 0;
  for (const at of [...breaks].sort((a, b) => a - b)) {
    runs.push(text.slice(from, at));
    from = at;
  }
  runs.push(text.slice(from));
  return runs;
}

// A short word joined by a hyphen ("e-postadress", "по-английски", "SIM-карта"): broken at its hyphen it reads as two
// words, and the reader sees "e-" alone at a line's end. Addresses (with a dot or slash) are left to the rule above;
// a slash after an abbreviation ("CVC/CVV-код") is a pair of names, not a path.
const COMPOUND = /(?<![\p{L}\p{N}.-]|(?<!\p{Lu}{2})\/)[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+(?![\p{L}\p{N}/-]|\.[\p{L}\p{N}])/gu;

/** Splits a text into runs, each marked when it is a hyphenated word of at most 20 characters that should not wrap. */
export function compoundRuns(text: string): { text: string; whole: boolean }[] {
  const runs: { text: string; whole: boolean }[] = [];
  let from = 0;
  for (const match of text.matchAll(COMPOUND)) {
    if (match[0].length > 20) continue;
    if (match.index > from) runs.push({ text: text.slice(from, match.index), whole: false });
    runs.push({ text: match[0], whole: true });
    from = match.index + match[0].length;
  }
  if (from < text.length || runs.length === 0) runs.push({ text: text.slice(from), whole: false });
  return runs;
}
