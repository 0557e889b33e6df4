// Where a web address the reader must type may wrap: after its slashes, never inside a word. At 360 px
// "accounts.google.com/signin/recovery" otherwise broke as "…/signin/rec" + "overy", which reads as a typo.

// An address with a path: a dotted host, then a slash and more (the scheme, if any, is left whole).
const ADDRESS = /(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/[^\s]*[^\s.,;:!?)»”"']/gu;

/** Splits a text into runs, a line break allowed between each: the runs end after each slash of a web address's path. */
export function urlBreakRuns(text: string): string[] {
  const runs: string[] = [];
  let from = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const scheme = /^https?:\/\//.exec(match[0])?.[0].length ?? 0;
    const start = match.index + scheme;
    const end = match.index + match[0].length;
    for (let at = text.indexOf('/', start); at !== -1 && at < end - 1; at = text.indexOf('/', at + 1)) {
      runs.push(text.slice(from, at + 1));
      from = at + 1;
    }
  }
  runs.push(text.slice(from));
  return runs;
}
