// Decides which language versions are behind. No language is the source: each version is compared with the
// substantive changes of the other two, and a version is behind when another changed after it last did.
import { locales, type Locale } from '../i18n/locales.ts';
import { UNCOMMITTED, type Change } from './history.ts';

/** How one language version of an article or string stands against the other languages. */
export type Verdict =
  | { state: 'current'; last: Change | undefined }
  /** Another language changed after this one last did: `since` is the first such change, `newest` the last. */
  | { state: 'behind'; last: Change | undefined; since: Change; newest: Change; by: Locale[]; count: number }
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
 * Compares the versions given (each with its substantive changes, newest first); a language left out is
 * `missing`. `boundary` holds the commits where a shallow clone's history is cut.
 */
export function compareVersions(changes: Partial<Record<Locale, readonly Change[]>>, boundary: ReadonlySet<string> = new Set()): Record<Locale, Verdict> {
  const verdict = (lang: Locale): Verdict => {
    const mine = changes[lang];
    if (!mine) return { state: 'missing' };
    const last = mine[0];
    const after = locales
      .filter((other) => other !== lang)
      .flatMap((other) => (changes[other] ?? []).filter((change) => change.rank < (last?.rank ?? Infinity)).map((change) => ({ other, change })));
    if (after.length > 0) {
      const ranked = after.map((a) => a.change).sort((a, b) => a.rank - b.rank);
      return {
        state: 'behind',
        last,
        since: ranked.at(-1)!,
        newest: ranked[0]!,
        by: locales.filter((other) => after.some((a) => a.other === other)),
        count: new Set(ranked.map((change) => change.hash)).size,
      };
    }
    return last && boundary.has(last.hash) ? { state: 'unknown', last } : { state: 'current', last };
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
): FreshnessRow[] {
  const slugs = [...new Set(files.map((file) => file.slug))].sort();
  return slugs.map((slug) => {
    const mine = files.filter((file) => file.slug === slug);
    const written = mine.filter((file) => !file.pending);
    const changes = Object.fromEntries(
      written.map((file) => [file.lang, [...(uncommitted.has(file.path) ? [UNCOMMITTED] : []), ...(byPath.get(file.path) ?? [])]]),
    ) as Partial<Record<Locale, Change[]>>;
    const verdicts = compareVersions(changes, boundary);
    for (const file of mine) if (file.pending) verdicts[file.lang] = { state: 'pending' };
    return { id: slug, verdicts };
  });
}

/** Strings (locale keys, glossary concepts) of which some language is behind, from each key's newest change per language. */
export function keyFreshness(perLang: Record<Locale, ReadonlyMap<string, Change>>, boundary: ReadonlySet<string> = new Set()): FreshnessRow[] {
  const keys = [...new Set(locales.flatMap((lang) => [...perLang[lang].keys()]))].sort();
  return keys
    .map((key) => {
      const changes = Object.fromEntries(locales.flatMap((lang) => {
        const change = perLang[lang].get(key);
        return change ? [[lang, [change]]] : [];
      })) as Partial<Record<Locale, Change[]>>;
      return { id: key, verdicts: compareVersions(changes, boundary) };
    })
    .filter((row) => locales.some((lang) => row.verdicts[lang].state === 'behind'));
}

/** Whether any version of a row is behind. */
export function isBehind(row: FreshnessRow): boolean {
  return locales.some((lang) => row.verdicts[lang].state === 'behind');
}
