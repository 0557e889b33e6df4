/** The least number of `##` sections that makes an article long enough for a table of contents. */
export const TOC_MIN_SECTIONS = 4;

/** A heading as the MDX renderer reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The `##` headings to list in a table of contents, or none when the article is short. */
export function tocEntries(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2);
  return sections.length >= TOC_MIN_SECTIONS ? sections : [];
}
