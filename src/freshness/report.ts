// Puts freshness together for the status command, the editors' page and the articles' notices: one
// `git log` for the whole tree, one blame per locale file and glossary, then the pure comparisons.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { locales, type Locale } from '../i18n/locales.ts';
import { articleFreshness, keyFreshness, type FreshnessRow } from './compare.ts';
import { logOf, patchLogOf, repositoryOf, shallowBoundary, statusOf, uncommittedDiffOf } from './git.ts';
import { declaredMinor } from './declared-minor.ts';
import { changesByPath, isMinorFor, parsePatch, parseLog, parseStatus, reviewDates, UNCOMMITTED, type Change } from './history.ts';
import { changedKeys, dictionaryKeys } from './keys.ts';

/** One language version of an article, as the caller read it. */
export interface ArticleFile {
  slug: string;
  lang: Locale;
  /** The file's path on disk (absolute, or from the current folder). */
  file: string;
  pending: boolean;
  lastReviewed: Date | undefined;
}

/** Everything editors are told about freshness. */
export interface FreshnessReport {
  /** `full`: the whole history; `shallow`: a cut history; `none`: no git history, review dates stand in. */
  history: 'full' | 'shallow' | 'none';
  /** What the history cannot tell, for editors; undefined with a full history. */
  message: string | undefined;
  commits: number;
  minor: number;
  articles: FreshnessRow[];
  /** Locale strings (`ui:` + key) and glossary concepts (`glossary:` + concept) of which a language is behind. */
  strings: FreshnessRow[];
}

/** Where the strings live: the locale files and the glossaries, per language. */
export interface DictionaryFiles {
  ui: Record<Locale, string>;
  glossary: Record<Locale, string>;
}

/** The locale files under `localesDir` and the glossaries under `contentDir/glossary`. */
export function dictionaryFiles(contentDir: string, localesDir = 'src/i18n'): DictionaryFiles {
  const per = (path: (lang: Locale) => string) => Object.fromEntries(locales.map((lang) => [lang, path(lang)])) as Record<Locale, string>;
  return { ui: per((lang) => join(localesDir, `${lang}.json`)), glossary: per((lang) => join(contentDir, 'glossary', `${lang}.yaml`)) };
}

/** Reads the history of the content tree and the dictionaries and compares every version. Never throws for want of history. */
export function freshnessReport(contentDir: string, articles: readonly ArticleFile[], dictionaries: DictionaryFiles): FreshnessReport {
  const top = existsSync(contentDir) ? repositoryOf(resolve(contentDir)) : undefined;
  const inRepo = (file: string) => relative(top ?? '', resolve(file)).split('\\').join('/');
  const tracked = (file: string) => existsSync(file) && !inRepo(file).startsWith('..');
  // Only the content tree and the dictionaries: commits elsewhere (code, tests) change no version.
  const paths = [...new Set([inRepo(contentDir) || '.', ...[...Object.values(dictionaries.ui), ...Object.values(dictionaries.glossary)].filter(tracked).map(inRepo)])];
  const log = top ? logOf(top, paths) : '';
  if (!top || log === '') {
    const byPath = reviewDates(articles.map((a) => ({ path: a.file, lastReviewed: a.lastReviewed })));
    return {
      history: 'none',
      message: top
        ? 'The content has no commits yet, so freshness cannot come from history: review dates (lastReviewed) stand in until the first commit.'
        : 'No git history here (not a git repository, or git is not installed), so freshness cannot come from history: review dates (lastReviewed) stand in. Work in a clone of the repository to see what changed.',
      commits: 0,
      minor: 0,
      articles: articleFreshness(articles.map((a) => ({ slug: a.slug, lang: a.lang, path: a.file, pending: a.pending })), byPath, new Set(), new Set(), false),
      strings: [],
    };
  }
  const commits = parseLog(log);
  const boundary = shallowBoundary(top);
  const uncommitted = parseStatus(statusOf(top, paths));
  const minor = commits.filter((commit) => commit.minor).length;
  const strings = stringFreshness(top, dictionaries, inRepo, tracked, uncommitted, boundary);
  const oldest = commits.at(-1)?.day ?? '';
  return {
    history: boundary.size > 0 ? 'shallow' : 'full',
    message:
      boundary.size > 0
        ? `This is a shallow clone: its history starts on ${oldest}, so a version last changed then or earlier shows as unknown. Run git fetch --unshallow to see all of it.`
        : undefined,
    commits: commits.length,
    minor,
    articles: articleFreshness(
      articles.map((a) => ({ slug: a.slug, lang: a.lang, path: inRepo(a.file), pending: a.pending })),
      changesByPath(commits, declaredMinor),
      uncommitted,
      boundary,
    ),
    strings,
  };
}

/** Each locale string and glossary concept, with its changes per language, from one `git log -p` of the files. */
function stringFreshness(
  top: string,
  dictionaries: DictionaryFiles,
  inRepo: (file: string) => string,
  tracked: (file: string) => boolean,
  uncommitted: ReadonlySet<string>,
  boundary: ReadonlySet<string>,
): FreshnessRow[] {
  const owners = new Map<string, { kind: 'ui' | 'glossary'; lang: Locale }>();
  for (const kind of ['ui', 'glossary'] as const) for (const lang of locales) if (tracked(dictionaries[kind][lang])) owners.set(inRepo(dictionaries[kind][lang]), { kind, lang });
  if (owners.size === 0) return [];
  const strings = new Map<string, Partial<Record<Locale, Change[]>>>();
  // Only strings each file holds today count; a language without one is missing it.
  for (const [path, { kind, lang }] of owners) {
    for (const key of dictionaryKeys(readFileSync(join(top, path), 'utf8')).keys()) {
      const id = `${kind}:${key}`;
      strings.set(id, { ...strings.get(id), [lang]: [] });
    }
  }
  const record = (path: string, lines: string[], added: number[], change: Change) => {
    const owner = owners.get(path);
    if (!owner) return;
    for (const key of changedKeys(dictionaryKeys(lines.join('\n')), added)) strings.get(`${owner.kind}:${key}`)?.[owner.lang]?.push(change);
  };
  const dirty = [...owners.keys()].filter((path) => uncommitted.has(path));
  if (dirty.length) for (const patch of parsePatch(uncommittedDiffOf(top, dirty))) record(patch.path, patch.lines, patch.added, UNCOMMITTED);
  for (const commit of parseLog(patchLogOf(top, [...owners.keys()]))) {
    for (const patch of commit.patches) if (!isMinorFor(commit, patch.path, declaredMinor)) record(patch.path, patch.lines, patch.added, commit);
  }
  return keyFreshness(strings, boundary);
}
