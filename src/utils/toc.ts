/** The least number of `##` sections that makes an article long enough for a table of contents. */
export const TOC_MIN_SECTIONS = 4;

/** The body length (source characters) past which an article runs beyond three phone screens, so it gets a table of contents however few `##` sections it has. */
export const LONG_PAGE_CHARS = 3500;

/** A heading as the MDX renderer reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The headings to list in a table of contents, or none when the article is short: its `##` sections, and on a long page with few of them, their `###` subsections too. */
export function tocEntries(headings: readonly Heading[], bodyChars = 0): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length >= TOC_MIN_SECTIONS) return sections;
  if (bodyChars < LONG_PAGE_CHARS) return [];
  const entries = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  return entries.length >= 2 ? entries : [];
}

/** A `##` entry with the `###` entries under it. */
export interface TocNode extends Heading {
  children: Heading[];
}

/** The entries as the nested list readers see: each `###` under the `##` before it (one with none before it stands alone). */
export function tocTree(entries: readonly Heading[]): TocNode[] {
  const tree: TocNode[] = [];
  for (const entry of entries) {
    const parent = tree.at(-1);
    if (entry.depth > 2 && parent && parent.depth === 2) parent.children.push(entry);
    else tree.push({ ...entry, children: [] });
  }
  return tree;
}
