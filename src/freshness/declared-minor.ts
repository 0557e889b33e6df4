// Changes made before the minor marker existed (see CONTRIBUTING.md, "Keep the languages in step") that an
// editor has since read and found to change no meaning. A commit cannot be reworded once it is shared, so
// this list says it instead; each entry names the files whose changes in that commit were minor.

/** A commit, or some of its files, declared minor after the fact. */
export interface DeclaredMinor {
  /** The commit's hash or a prefix of it (at least 7 characters). */
  commit: string;
  /** Paths from the repository's root; the commit's other files keep counting. */
  paths: readonly string[];
  /** What the change was, for the next editor who wonders. */
  why: string;
}

/** Every commit declared minor after the fact. */
export const declaredMinor: readonly DeclaredMinor[] = [
  {
    commit: '5b5ba5627379b71fba5a8060b4582d8df55cabac',
    paths: ['content/sv/find-id.mdx', 'content/sv/recover/email.mdx', 'content/sv/recover/lost-inbox.mdx', 'content/sv/recover/no-email.mdx', 'content/ru/recover/mobile-app.mdx'],
    why: 'Swedish titles and keywords with a plain hyphen instead of a non-breaking one (for search); one Russian sentence worded more smoothly',
  },
];
