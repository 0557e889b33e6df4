// The only place that runs git for freshness: a few plain calls (one log for the articles, one for the
// strings) whose output history.ts parses. Each returns
// undefined instead of throwing when git or the repository is missing, so a build without history goes on.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { LOG_FORMAT } from './history.ts';

function git(cwd: string, args: readonly string[]): string | undefined {
  const run = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : undefined;
}

/** The repository holding `dir`: its top folder, or undefined when there is none (or no git). */
export function repositoryOf(dir: string): string | undefined {
  return git(dir, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/** The commits where a shallow clone's history is cut (empty for a full clone). */
export function shallowBoundary(top: string): Set<string> {
  const file = git(top, ['rev-parse', '--git-path', 'shallow'])?.trim();
  if (!file) return new Set();
  try {
    return new Set(readFileSync(file.startsWith('/') ? file : `${top}/${file}`, 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

/** One `git log` over all the given paths, newest first, with the files each commit touched; '' before the first commit. */
export function logOf(top: string, paths: readonly string[]): string {
  return git(top, ['log', '--no-renames', '--name-only', `--format=${LOG_FORMAT}`, '--', ...paths]) ?? '';
}

/** One `git log -p` over the given files with whole files as context, so each commit's diff shows the file it left. */
export function patchLogOf(top: string, paths: readonly string[]): string {
  return git(top, ['log', '-p', '-U100000', '--no-renames', `--format=${LOG_FORMAT}`, '--', ...paths]) ?? '';
}

/** The edits not committed yet to the given files, as a diff with whole files as context. */
export function uncommittedDiffOf(top: string, paths: readonly string[]): string {
  return git(top, ['diff', '-U100000', 'HEAD', '--', ...paths]) ?? '';
}

/** `git status` of the given paths, for edits not committed yet. */
export function statusOf(top: string, paths: readonly string[]): string {
  return git(top, ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...paths]) ?? '';
}
