// Which of pagefind's index chunks a typed text needs, so an article page fetches ahead only those. No DOM here.

/** An index chunk by the first letters of its first and last words (pagefind sorts its words, so a word lives in the
 * chunk whose range holds it), and its address. */
export interface ChunkRange {
  from: string;
  to: string;
  href: string;
}

/** The addresses of the chunks that may hold a word of the text: each whose range of first letters holds a word's first letter. */
export function chunksFor(text: string, chunks: readonly ChunkRange[]): string[] {
  // Pagefind lowercases words and splits them where a letter or digit ends.
  const firsts = new Set(text.normalize('NFKC').toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((word) => [...word][0]!));
  return chunks.filter((chunk) => [...firsts].some((letter) => chunk.from <= letter && letter <= chunk.to)).map((chunk) => chunk.href);
}
