// Freshness's pure parts called directly, on fixed git output and hand-made histories (freshness-git.test.ts
// runs the same through real repositories).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFreshness, compareVersions, isBehind, keyFreshness, type Verdict } from '../../src/freshness/compare.ts';
import { changesByPath, isMinor, isMinorFor, LOG_FORMAT, parseLog, parsePatch, parseStatus, reviewDates, UNCOMMITTED, type Change } from '../../src/freshness/history.ts';
import { changedKeys, dictionaryKeys } from '../../src/freshness/keys.ts';

const H = (n: number) => String(n).padStart(40, 'a');
const change = (rank: number, subject = `change ${rank}`): Change => ({ hash: H(rank), rank, day: `2026-11-${String(30 - rank).padStart(2, '0')}`, subject });
const states = (verdicts: Record<string, Verdict>) => Object.fromEntries(Object.entries(verdicts).map(([lang, v]) => [lang, v.state]));

test('the minor marker: [minor] anywhere in the subject, or a Minor: yes or true trailer line', () => {
  const cases: [string, string, boolean][] = [
    ['[minor] typo', '', true],
    ['Fix typo [MINOR]', '', true],
    ['Fix a minor typo', '', false],
    ['minor: typo', '', false],
    ['Typo', 'Minor: yes', true],
    ['Typo', 'Some words.\n\nminor:   TRUE  ', true],
    ['Typo', 'Minor: no', false],
    ['Typo', 'Minor: yes please', false],
    ['Typo', 'Not minor: yes', false],
    ['Typo', '', false],
  ];
  for (const [subject, body, minor] of cases) assert.equal(isMinor(subject, body), minor, `${subject} / ${body}`);
});

test('the log format separates records and fields with characters no message holds', () => {
  assert.equal(LOG_FORMAT, '%x1e%H%x1f%cI%x1f%s%x1f%b%x1f');
});

const record = (hash: string, date: string, subject: string, body: string, rest: string) => `\x1e${hash}\x1f${date}\x1f${subject}\x1f${body}\x1f${rest}`;

test('a name-only log becomes commits, newest first, with their day, subject, marker and files', () => {
  const log = [
    'stray text before the first record',
    record(H(1), '2026-12-06T07:40:56+01:00', 'English step', '', '\n\ncontent/en/faq.mdx\n content/en/x.mdx \n\n'),
    record(H(2), '2026-11-30T23:59:59-05:00', 'Typo', 'Minor: yes\n', '\n\ncontent/sv/faq.mdx\n'),
  ].join('');
  assert.deepEqual(parseLog(log), [
    { hash: H(1), rank: 0, day: '2026-12-06', subject: 'English step', minor: false, files: ['content/en/faq.mdx', 'content/en/x.mdx'], patches: [] },
    { hash: H(2), rank: 1, day: '2026-11-30', subject: 'Typo', minor: true, files: ['content/sv/faq.mdx'], patches: [] },
  ]);
  assert.deepEqual(parseLog(''), []);
  assert.deepEqual(parseLog(record(H(3), '', '', '', '')), [{ hash: H(3), rank: 0, day: '', subject: '', minor: false, files: [], patches: [] }]);
  // A record cut short keeps what it has.
  assert.deepEqual(parseLog(`\x1e${H(4)}\x1f2026-01-02`)[0], { hash: H(4), rank: 0, day: '2026-01-02', subject: '', minor: false, files: [], patches: [] });
});

const diff = [
  'diff --git a/src/i18n/en.json b/src/i18n/en.json',
  'index 1..2 100644',
  '--- a/src/i18n/en.json',
  '+++ b/src/i18n/en.json',
  '@@ -1,4 +1,4 @@',
  ' {',
  '-  "a": "old",',
  '+  "a": "new",',
  '+++ b/not a header: an added line that reads "++ b/…"',
  '   "b": "same"',
  '\\ No newline at end of file',
  ' }',
  'diff --git a/gone.json b/gone.json',
  'deleted file mode 100644',
  '--- a/gone.json',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  '-{}',
  'diff --git a/new.yaml b/new.yaml',
  'new file mode 100644',
  '--- /dev/null',
  '+++ b/new.yaml',
  '@@ -0,0 +1,2 @@',
  '+- concept: x',
  '+  term: y',
].join('\n');

test('a whole-file diff gives each file as the change left it and the lines it added; a deleted file is left out', () => {
  assert.deepEqual(parsePatch(diff), [
    { path: 'src/i18n/en.json', lines: ['{', '  "a": "new",', '++ b/not a header: an added line that reads "++ b/…"', '  "b": "same"', '}'], added: [2, 3] },
    { path: 'new.yaml', lines: ['- concept: x', '  term: y'], added: [1, 2] },
  ]);
  assert.deepEqual(parsePatch(''), []);
  assert.deepEqual(parsePatch('+added before any header\n context'), []);
  const commits = parseLog(record(H(5), '2026-11-11T00:00:00Z', 'Strings', '', `\n\n${diff}`));
  assert.deepEqual(commits[0]!.files, ['src/i18n/en.json', 'new.yaml']);
  assert.equal(commits[0]!.patches.length, 2);
});

test('a change counts as minor for a file when its message says so, or when it is declared so for that file', () => {
  const declared = [{ commit: H(7).slice(0, 7), paths: ['a.mdx'] }, { commit: 'aaaaaa', paths: ['b.mdx'] }];
  assert.equal(isMinorFor({ hash: H(7), minor: true }, 'z.mdx', declared), true);
  assert.equal(isMinorFor({ hash: H(7), minor: false }, 'a.mdx', declared), true);
  assert.equal(isMinorFor({ hash: H(7), minor: false }, 'b.mdx', declared), false, 'a prefix shorter than 7 characters names no commit');
  assert.equal(isMinorFor({ hash: H(7), minor: false }, 'c.mdx', declared), false);
  assert.equal(isMinorFor({ hash: `b${H(7).slice(1)}`, minor: false }, 'a.mdx', declared), false);
  assert.equal(isMinorFor({ hash: H(7), minor: false }, 'a.mdx'), false);
});

test('each path keeps its substantive changes, newest first, without the commit fields it does not need', () => {
  const commits = [
    { ...change(0), minor: false, files: ['a', 'b'] },
    { ...change(1), minor: true, files: ['a'] },
    { ...change(2), minor: false, files: ['a', 'c'] },
    { ...change(3), minor: true, files: ['d'] },
  ];
  const byPath = changesByPath(commits, [{ commit: H(2), paths: ['c'] }]);
  assert.deepEqual([...byPath.keys()], ['a', 'b']);
  assert.deepEqual(byPath.get('a'), [change(0), change(2)]);
  assert.deepEqual(byPath.get('b'), [change(0)]);
  assert.deepEqual([...changesByPath(commits).keys()], ['a', 'b', 'c']);
});

test('git status names every changed or new path, and a rename only by its new path', () => {
  assert.deepEqual([...parseStatus(' M content/en/a.mdx\0?? content/sv/new.mdx\0R  content/ru/b.mdx\0content/ru/old.mdx\0A  c d.mdx\0')], [
    'content/en/a.mdx',
    'content/sv/new.mdx',
    'content/ru/b.mdx',
    'c d.mdx',
  ]);
  assert.deepEqual([...parseStatus('C  x.mdx\0y.mdx\0 M z\0')], ['x.mdx', 'z']);
  assert.deepEqual([...parseStatus('')], []);
  assert.deepEqual([...parseStatus('MM\0')], []);
});

test('without history, each file\'s review day stands in as its one change, newer days ranked first', () => {
  const byPath = reviewDates([
    { path: 'a', lastReviewed: new Date('2026-11-20T00:00:00Z') },
    { path: 'b', lastReviewed: undefined },
    { path: 'c', lastReviewed: new Date('2026-11-01T00:00:00Z') },
  ]);
  assert.deepEqual([...byPath.keys()], ['a', 'c']);
  assert.deepEqual(byPath.get('a'), [{ hash: 'reviewed 2026-11-20', rank: -Date.UTC(2026, 10, 20), day: '2026-11-20', subject: 'lastReviewed' }]);
  assert.ok(byPath.get('a')![0]!.rank < byPath.get('c')![0]!.rank);
});

test('versions changed together are in step; new guidance in one language puts the others behind it', () => {
  assert.deepEqual(states(compareVersions({ ru: [change(3)], sv: [change(3)], en: [change(3)] })), { ru: 'current', sv: 'current', en: 'current' });
  const verdicts = compareVersions({ ru: [change(3)], sv: [change(3)], en: [change(1), change(3)] });
  assert.deepEqual(states(verdicts), { ru: 'behind', sv: 'behind', en: 'current' });
  assert.deepEqual(verdicts.ru, { state: 'behind', last: change(3), since: change(1), newest: change(1), by: ['en'], latest: { en: change(1) }, count: 1 });
  assert.deepEqual(verdicts.en, { state: 'current', last: change(1) });
});

test('a version behind counts every later change, first and newest, from each language that brought one', () => {
  const verdicts = compareVersions({ ru: [change(5)], sv: [change(2), change(5)], en: [change(0), change(4), change(5)] });
  const ru = verdicts.ru;
  assert.equal(ru.state, 'behind');
  if (ru.state !== 'behind') return;
  // Swedish changed at 2 while behind English's 4: it caught up, which puts nobody behind.
  assert.deepEqual([ru.since, ru.newest, ru.by, ru.count], [change(4), change(0), ['en'], 2]);
  assert.deepEqual(ru.latest, { en: change(0) });
  // English's newer change at 0 puts Swedish behind again.
  assert.deepEqual(verdicts.sv, { state: 'behind', last: change(2), since: change(0), newest: change(0), by: ['en'], latest: { en: change(0) }, count: 1 });
  assert.deepEqual(verdicts.en.state, 'current');
});

test('a change to a version that was behind brings it in step and outdates nothing; without catch-up every change is new', () => {
  const history = { ru: [change(1), change(5)], sv: [change(2), change(5)], en: [change(3), change(5)] };
  // English first (3), then Swedish (2) and Russian (1) follow it.
  assert.deepEqual(states(compareVersions(history)), { ru: 'current', sv: 'current', en: 'current' });
  assert.deepEqual(states(compareVersions(history, new Set(), false)), { ru: 'current', sv: 'behind', en: 'behind' });
  // A change made together with a language that was in step is new guidance from that language.
  assert.deepEqual(states(compareVersions({ ru: [change(2), change(5)], sv: [change(2), change(3), change(5)], en: [change(3), change(5)] })), { ru: 'current', sv: 'current', en: 'behind' });
  const both = compareVersions({ ru: [change(6)], sv: [change(1), change(6)], en: [change(1), change(6)] });
  assert.deepEqual(both.ru, { state: 'behind', last: change(6), since: change(1), newest: change(1), by: ['sv', 'en'], latest: { sv: change(1), en: change(1) }, count: 1 });
});

test('a missing language is not compared; a version with no substantive change is behind any guidance', () => {
  const verdicts = compareVersions({ sv: [], en: [change(1)] });
  assert.deepEqual(verdicts.ru, { state: 'missing' });
  assert.deepEqual(verdicts.sv, { state: 'behind', last: undefined, since: change(1), newest: change(1), by: ['en'], latest: { en: change(1) }, count: 1 });
  assert.deepEqual(compareVersions({ sv: [], en: [] }).sv, { state: 'current', last: undefined });
});

test('an edit not committed yet is the newest change of all', () => {
  const verdicts = compareVersions({ ru: [UNCOMMITTED, change(2)], sv: [change(2)], en: [change(2)] });
  assert.deepEqual(states(verdicts), { ru: 'current', sv: 'behind', en: 'behind' });
  assert.ok(verdicts.sv.state === 'behind' && verdicts.sv.since === UNCOMMITTED);
});

test('in a shallow clone a version last changed where the history is cut is unknown, unless it is behind', () => {
  const boundary = new Set([H(4)]);
  assert.deepEqual(states(compareVersions({ ru: [change(4)], sv: [change(4)], en: [change(4)] }, boundary)), { ru: 'unknown', sv: 'unknown', en: 'unknown' });
  assert.deepEqual(states(compareVersions({ ru: [change(4)], sv: [change(4)], en: [change(1), change(4)] }, boundary)), { ru: 'behind', sv: 'behind', en: 'current' });
  assert.deepEqual(compareVersions({ en: [change(4)] }, boundary).en, { state: 'unknown', last: change(4) });
});

test('articles: one row per article in path order, pending versions left out of the comparison', () => {
  const files = [
    { slug: 'b', lang: 'en' as const, path: 'content/en/b.mdx', pending: false },
    { slug: 'a', lang: 'en' as const, path: 'content/en/a.mdx', pending: false },
    { slug: 'a', lang: 'sv' as const, path: 'content/sv/a.mdx', pending: false },
    { slug: 'a', lang: 'ru' as const, path: 'content/ru/a.mdx', pending: true },
  ];
  const byPath = new Map([
    ['content/en/a.mdx', [change(1), change(3)]],
    ['content/sv/a.mdx', [change(3)]],
    ['content/ru/a.mdx', [change(0)]],
    ['content/en/b.mdx', [change(3)]],
  ]);
  const rows = articleFreshness(files, byPath, new Set(['content/en/b.mdx']));
  assert.deepEqual(rows.map((r) => r.id), ['a', 'b']);
  assert.deepEqual(states(rows[0]!.verdicts), { ru: 'pending', sv: 'behind', en: 'current' });
  assert.deepEqual(rows[1]!.verdicts.en, { state: 'current', last: UNCOMMITTED });
  assert.deepEqual(states(rows[1]!.verdicts), { ru: 'missing', sv: 'missing', en: 'current' });
  assert.deepEqual(states(articleFreshness(files, new Map(), new Set())[0]!.verdicts), { ru: 'pending', sv: 'current', en: 'current' });
  const boundary = new Set([H(3)]);
  assert.deepEqual(states(articleFreshness(files.slice(0, 1), byPath, new Set(), boundary)[0]!.verdicts).en, 'unknown');
  // Review dates: every change is new guidance.
  const dates = new Map([['content/en/a.mdx', [change(2)]], ['content/sv/a.mdx', [change(1)]]]);
  assert.deepEqual(states(articleFreshness(files.slice(1, 3), dates, new Set(), new Set(), false)[0]!.verdicts), { ru: 'missing', sv: 'current', en: 'behind' });
  assert.deepEqual(states(articleFreshness(files.slice(1, 3), dates, new Set())[0]!.verdicts), { ru: 'missing', sv: 'current', en: 'current' });
});

test('strings: only those with a version behind, in key order', () => {
  const strings = new Map<string, Partial<Record<'ru' | 'sv' | 'en', Change[]>>>([
    ['ui:b', { ru: [change(2)], sv: [change(2)], en: [change(1), change(2)] }],
    ['ui:a', { ru: [change(0), change(2)], sv: [change(2)], en: [change(2)] }],
    ['ui:c', { ru: [change(2)], sv: [change(2)], en: [change(2)] }],
    ['ui:d', { en: [change(1)] }],
  ]);
  const rows = keyFreshness(strings);
  assert.deepEqual(rows.map((r) => r.id), ['ui:a', 'ui:b']);
  assert.deepEqual(states(rows[0]!.verdicts), { ru: 'current', sv: 'behind', en: 'behind' });
  assert.deepEqual(keyFreshness(new Map([['ui:a', { ru: [change(4)], sv: [change(4)], en: [change(4)] }]]), new Set([H(4)])), []);
  assert.equal(isBehind({ id: 'x', verdicts: { ru: { state: 'missing' }, sv: { state: 'pending' }, en: { state: 'current', last: undefined } } }), false);
});

test('a locale file\'s strings by dotted key with their lines, plural forms as one; a glossary\'s by concept', () => {
  const json = '{\n  "a": {\n    "b": "x",\n    "count_one": "1",\n    "count_few": "2",\n    "count_other": "n"\n  },\n  "list": ["p",\n    "q"],\n  "n": 3\n}\n';
  assert.deepEqual([...dictionaryKeys(json)], [
    ['a.b', { from: 3, to: 3 }],
    ['a.count', { from: 4, to: 6 }],
    ['list', { from: 8, to: 9 }],
    ['n', { from: 10, to: 10 }],
  ]);
  const yaml = '# comment\n- concept: user-id\n  term: user ID\n  avoid: [a, b]\n- concept: chat\n  term: support chat\n';
  assert.deepEqual([...dictionaryKeys(yaml)], [
    ['user-id', { from: 2, to: 4 }],
    ['chat', { from: 5, to: 6 }],
  ]);
  assert.deepEqual([...dictionaryKeys('- plain\n- list\n')], [['', { from: 1, to: 2 }]]);
  assert.deepEqual([...dictionaryKeys('')], []);
  assert.deepEqual([...dictionaryKeys('{ "x_zero": "0", "x_two": "2", "y_many": "m", "zone": "z" }')].map(([key]) => key), ['x', 'y', 'zone']);
});

test('a change touches the strings with an added line within their lines', () => {
  const keys = new Map([
    ['a', { from: 2, to: 2 }],
    ['b', { from: 3, to: 5 }],
    ['c', { from: 6, to: 6 }],
  ]);
  assert.deepEqual(changedKeys(keys, [3]), ['b']);
  assert.deepEqual(changedKeys(keys, [5, 6]), ['b', 'c']);
  assert.deepEqual(changedKeys(keys, [1, 7]), []);
  assert.deepEqual(changedKeys(keys, [2]), ['a']);
});

test('an edit not committed yet stands as a change with no hash or day, ranked before every commit', () => {
  assert.deepEqual(UNCOMMITTED, { hash: '', rank: -1, day: '', subject: 'not committed yet' });
});

test('a +++ line counts as a file\'s name only right after its --- line', () => {
  assert.deepEqual(parsePatch('+++ b/sneaky.json\n+{}'), []);
  assert.deepEqual(parsePatch('--- a/x\n+++ b/x\n+1\n--- not a name, a removed line\n+++ b/y\n 2'), [
    { path: 'x', lines: ['1'], added: [1] },
    { path: 'y', lines: ['2'], added: [] },
  ]);
  assert.deepEqual(parsePatch('--- a/x\n+++ b/x\n 1\n--- removed\n 2'), [{ path: 'x', lines: ['1', '2'], added: [] }]);
});

test('a status path holding R or C is no rename', () => {
  assert.deepEqual([...parseStatus(' M content/README-C.mdx\0 M next.mdx\0')], ['content/README-C.mdx', 'next.mdx']);
});

test('a plural ending counts only at the end of a key; a list whose items are not all concepts is one string', () => {
  assert.deepEqual([...dictionaryKeys('{ "x_other_y": "a", "x_one": "b" }').keys()], ['x_other_y', 'x']);
  assert.deepEqual([...dictionaryKeys('- concept: a\n  term: b\n- plain\n')], [['', { from: 1, to: 3 }]]);
  assert.deepEqual([...dictionaryKeys('a: &anchor text\nb: *anchor\n').keys()], ['a']);
});

test('a pending version\'s own change outdates nobody', () => {
  const files = [
    { slug: 'a', lang: 'en' as const, path: 'en', pending: false },
    { slug: 'a', lang: 'sv' as const, path: 'sv', pending: false },
    { slug: 'a', lang: 'ru' as const, path: 'ru', pending: true },
  ];
  const byPath = new Map([['en', [change(3)]], ['sv', [change(3)]], ['ru', [change(0), change(3)]]]);
  assert.deepEqual(states(articleFreshness(files, byPath, new Set())[0]!.verdicts), { ru: 'pending', sv: 'current', en: 'current' });
});
