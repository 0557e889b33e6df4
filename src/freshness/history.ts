// Reads what `git log`, `git diff` and `git status` print into plain data. Pure: the git calls live in git.ts, so these
// parsers are tested on fixed text and every decision about freshness is made over data.

/** One commit as freshness needs it: where it stands in history, what it says, and whether it counts. */
export interface Change {
  hash: string;
  /** Position in the log, 0 for the newest commit; -1 for a change not committed yet. */
  rank: number;
  /** Commit day, `YYYY-MM-DD` (UTC); empty for a change not committed yet. */
  day: string;
  subject: string;
}

/** A commit of the log with the files it touched and whether it was marked minor. */
export interface Commit extends Change {
  minor: boolean;
  files: readonly string[];
}

/** The format `parseLog` reads: one record per commit, fields apart, file names after the fields. */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%s%x1f%b%x1f';

/** The change that stands for edits not committed yet: newer than any commit. */
export const UNCOMMITTED: Change = { hash: '', rank: -1, day: '', subject: 'not committed yet' };

/**
 * Whether a commit message marks the commit as minor (a typo, a link fix), so that it outdates nothing:
 * `[minor]` in the subject, or a `Minor: yes` trailer line.
 */
export function isMinor(subject: string, body: string): boolean {
  return /\[minor\]/i.test(subject) || /^minor:\s*(yes|true)\s*$/im.test(body);
}

/** A commit of a `git log -p` run, with each file's text after it and the lines it added. */
export interface PatchedCommit extends Commit {
  patches: FilePatch[];
}

/** One file as a commit left it: its lines, and which of them (1-based) the commit added or changed. */
export interface FilePatch {
  path: string;
  lines: string[];
  added: number[];
}

/** Parses `git log --format=LOG_FORMAT` output, newest first, with `--name-only` file lists or `-p` patches. */
export function parseLog(output: string): PatchedCommit[] {
  return output
    .split('\x1e')
    .filter((record) => record.includes('\x1f'))
    .map((record, rank) => {
      const fields = record.split('\x1f');
      // Stryker disable next-line StringLiteral: a record kept here has a hash and a date (one without fields is dropped above), and a missing body holds no minor marker, whatever stands in for it
      const [hash = '', date = '', , body = ''] = fields;
      const [, , subject = '', , rest = ''] = fields;
      const patches = parsePatch(rest);
      const files = patches.length ? patches.map((patch) => patch.path) : rest.split('\n').map((name) => name.trim()).filter((name) => name !== '');
      return { hash, rank, day: date.slice(0, 10), subject, minor: isMinor(subject, body), files, patches };
    });
}

/**
 * Parses a unified diff made with enough context to hold whole files (`-U100000`) into each file's text
 * after the change and the lines the change added; a deleted file is left out.
 */
export function parsePatch(diff: string): FilePatch[] {
  const out: FilePatch[] = [];
  let current: FilePatch | undefined;
  let afterOldName = false;
  for (const line of diff.split('\n')) {
    // A file's section names it on a `+++ b/…` line right after its `--- …` line; other lines outside a
    // file (`diff --git`, `index`, hunk headers, `-` lines) start with neither `+` nor a space.
    if (afterOldName && line.startsWith('+++ ')) {
      current = line.startsWith('+++ b/') ? { path: line.slice(6), lines: [], added: [] } : undefined;
      if (current) out.push(current);
    } else if (current && line.startsWith('+')) current.added.push(current.lines.push(line.slice(1)));
    else if (current && line.startsWith(' ')) current.lines.push(line.slice(1));
    afterOldName = line.startsWith('--- ');
  }
  return out;
}

/** Files of a commit whose changes were declared minor after the fact (see declared-minor.ts). */
export interface MinorPaths {
  commit: string;
  paths: readonly string[];
}

/** Whether a commit's change to one file counts as minor: marked so in its message, or declared so for that file. */
export function isMinorFor(commit: Pick<Commit, 'hash' | 'minor'>, path: string, declared: readonly MinorPaths[] = []): boolean {
  return commit.minor || declared.some((entry) => entry.commit.length >= 7 && commit.hash.startsWith(entry.commit) && entry.paths.includes(path));
}

/** Each path's substantive changes, newest first; minor changes are left out (a path changed only by them has none). */
export function changesByPath(commits: readonly Commit[], declared: readonly MinorPaths[] = []): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  for (const commit of commits) {
    const { hash, rank, day, subject } = commit;
    for (const file of commit.files) {
      if (!isMinorFor(commit, file, declared)) out.set(file, [...(out.get(file) ?? []), { hash, rank, day, subject }]);
    }
  }
  return out;
}

/** Parses `git status --porcelain -z` output into the paths with edits not committed yet (new files included). */
export function parseStatus(output: string): Set<string> {
  const out = new Set<string>();
  const entries = output.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    out.add(entry.slice(3));
    // A rename or copy names its old path in the next entry, which is not a file of the tree any more.
    if (/^[RC]/.test(entry)) i++;
  }
  return out;
}

/** Stand-in history when git has none: each file's `lastReviewed` day as its one change, newer days first. */
export function reviewDates(files: readonly { path: string; lastReviewed: Date | undefined }[]): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  for (const { path, lastReviewed } of files) {
    if (!lastReviewed) continue;
    const day = lastReviewed.toISOString().slice(0, 10);
    out.set(path, [{ hash: `reviewed ${day}`, rank: -lastReviewed.getTime(), day, subject: 'lastReviewed' }]);
  }
  return out;
}
