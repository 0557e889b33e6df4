// Decides which language versions are behind. No language is the source: any of the three can bring new
// guidance, and the other two are behind it until they change too.
import { locales, type Locale } from '../i18n/locales.ts';
import { UNCOMMITTED, type Change } from './history.ts';

/** How one language version of an article or string stands against the other languages. */
export type Verdict =
  | { state: 'current'; last: Change | undefined }
  /** Another language brought new guidance after this one last changed: `since` is the first such change, `newest` the last, `latest` the last per language. */
  | { state: 'behind'; last: Change | undefined; since: Change; newest: Change; by: Locale[]; latest: Partial<Record<Locale, Change>>; count: number }
  /** A shallow clone: this version's last change is where the history was cut, so nothing can be said. */
  | { state: 'unknown'; last: Change }
  | { state: 'missing' }
  | { state: 'pending' };

/** One article or string with a verdict per language. */
export interface FreshnessRow {
  id: string;
  verdicts: Record<Locale, Verdict>;
}

/**
 * Replays the versions' substantive changes (each list newest first), oldest first. A change to a version
 * that was current is new guidance: every other version is behind from then on. A change to a version that
 * was behind brings it in step and outdates nothing (an editor who also adds something new commits that
 * apart). A language left out is `missing`; `boundary` holds the commits where a shallow clone's history is cut.
 * Without `catchUp` every change is new guidance (review dates, which say nothing of who followed whom).
 */
export function compareVersions(changes: Partial<Record<Locale, readonly Change[]>>, boundary: ReadonlySet<string> = new Set(), catchUp = true): Record<Locale, Verdict> {
  const present = locales.filter((lang) => changes[lang]);
  const behind = new Map<Locale, { since: Change; newest: Change; latest: Partial<Record<Locale, Change>>; hashes: Set<string> }>();
  const last = new Map<Locale, Change>();
  const events = present.flatMap((lang) => changes[lang]!.map((change) => ({ lang, change }))).sort((a, b) => b.change.rank - a.change.rank);
  for (let i = 0; i < events.length; ) {
    const { change } = events[i]!;
    const touched: Locale[] = [];
    for (; i < events.length && events[i]!.change.hash === change.hash; i++) touched.push(events[i]!.lang);
    const fresh = catchUp ? touched.filter((lang) => !behind.has(lang)) : touched;
    for (const lang of touched) behind.delete(lang), last.set(lang, change);
    if (fresh.length === 0) continue;
    for (const other of present.filter((lang) => !touched.includes(lang))) {
      const state = behind.get(other) ?? { since: change, newest: change, latest: {}, hashes: new Set<string>() };
      state.newest = change;
      for (const lang of fresh) state.latest[lang] = change;
      state.hashes.add(change.hash);
      behind.set(other, state);
    }
  }
  const verdict = (lang: Locale): Verdict => {
    if (!changes[lang]) return { state: 'missing' };
    const mine = last.get(lang);
    const lag = behind.get(lang);
    if (lag) return { state: 'behind', last: mine, since: lag.since, newest: lag.newest, by: locales.filter((l) => lag.latest[l]), latest: lag.latest, count: lag.hashes.size };
    return mine && boundary.has(mine.hash) ? { state: 'unknown', last: mine } : { state: 'current', last: mine };
  };
  return Object.fromEntries(locales.map((lang) => [lang, verdict(lang)])) as Record<Locale, Verdict>;
}

/** One language version of an article, as the content tree has it. */
export interface VersionFile {
  slug: string;
  lang: Locale;
  /** Path from the repository's root, as git names it. */
  path: string;
  /** Not written yet (`translationPending` or a new article's `pending`): compared with nothing. */
  pending: boolean;
}

/** Each article's verdicts from its files' changes; files with edits not committed yet count as changed now. */
export function articleFreshness(
  files: readonly VersionFile[],
  byPath: ReadonlyMap<string, readonly Change[]>,
  uncommitted: ReadonlySet<string>,
  boundary: ReadonlySet<string> = new Set(),
  catchUp = true,
): FreshnessRow[] {
  const slugs = [...new Set(files.map((file) => file.slug))].sort();
  return slugs.map((slug) => {
    const mine = files.filter((file) => file.slug === slug);
    const written = mine.filter((file) => !file.pending);
    const changes = Object.fromEntries(
      written.map((file) => [file.lang, [...(uncommitted.has(file.path) ? [UNCOMMITTED] : []), ...(byPath.get(file.path) ?? [])]]),
    ) as Partial<Record<Locale, Change[]>>;
    const verdicts = compareVersions(changes, boundary, catchUp);
    for (const file of mine) if (file.pending) verdicts[file.lang] = { state: 'pending' };
    return { id: slug, verdicts };
  });
}

/** Strings (locale keys, glossary concepts) of which some language is behind, from each string's changes per language. */
export function keyFreshness(strings: ReadonlyMap<string, Partial<Record<Locale, readonly Change[]>>>, boundary: ReadonlySet<string> = new Set()): FreshnessRow[] {
  return [...strings.keys()]
    .sort()
    .map((id) => ({ id, verdicts: compareVersions(strings.get(id)!, boundary) }))
    .filter(isBehind);
}

/** Whether any version of a row is behind. */
export function isBehind(row: FreshnessRow): boolean {
  return locales.some((lang) => row.verdicts[lang].state === 'behind');
}
