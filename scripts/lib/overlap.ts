/** Splits text into lower-case words, folding ё to е and dropping punctuation, so wording is compared, not typography. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}@.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter((w) => w.length > 0);
}

/** Every run of `n` consecutive words in `text`, joined by single spaces. */
export function shingles(text: string, n: number): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) out.add(list.slice(i, i + n).join(' '));
  return out;
}

/** The runs of `n` words that `candidate` shares with any of `sources`: each one is a lifted phrase. */
export function sharedRuns(candidate: string, sources: readonly string[], n = 12): string[] {
  const known = new Set<string>();
  for (const source of sources) for (const run of shingles(source, n)) known.add(run);
  return [...shingles(candidate, n)].filter((run) => known.has(run));
}

/** The text with exact on-screen labels (`<Ui>` without `approx`) masked: quoting a registered label word for word is the point, not a lifted phrase. */
export function maskExactLabels(text: string): string {
  return text.replace(/<Ui(?![^>]*\bapprox\b)[^>]*>[\s\S]*?<\/Ui>/g, ' quotedlabel ');
}
