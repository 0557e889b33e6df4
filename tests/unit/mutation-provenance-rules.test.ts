// Labels, source keys and the glossary, checked on a small registry so each line validate prints is known.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblem, type ContentFile, type Problem } from '../../scripts/lib/content-rules.ts';
import type { Provenance } from '../../scripts/lib/provenance-files.ts';
import { checkGlossary, checkLabels, checkSourceKeys, uiLabels } from '../../scripts/lib/provenance-rules.ts';

const glossary = (concept: string, term: string, ...avoid: string[]) => ({ concept, term, avoid });
const provenance: Provenance = {
  sources: { 'help-center': { en: 'Help', ru: 'Справка', sv: 'Hjälp' }, forum: { en: 'Forum', ru: 'Форум', sv: 'Forum' } },
  labels: [{ label: 'Forgot  password?', lang: 'en', source: 'help-center' }, { label: 'Сменить пароль', lang: 'ru', source: 'forum' }],
  glossaries: {
    en: [glossary('user-id', 'user ID', 'member ID', 'login ID'), glossary('blocked', 'blocked', 'ban'), glossary('example', 'for example', 'e.g.')],
    ru: [glossary('user-id', 'ID пользователя', 'ID участника'), glossary('blocked', 'заблокирован'), glossary('example', 'например')],
    sv: [glossary('user-id', 'användar-ID', 'medlems-ID'), glossary('blocked', 'blockerat'), glossary('example', 'till exempel')],
  },
  // Checked by phrase-rules, which has tests of its own.
  phrases: { en: { path: '', lines: {}, data: {} }, ru: { path: '', lines: {}, data: {} }, sv: { path: '', lines: {}, data: {} } },
};
const file = (source: string, lang: ContentFile['lang'] = 'en'): ContentFile => ({ path: `content/${lang}/x.mdx`, lang, slug: 'x', source });
/** The lines validate prints; each of these problems is an error, which makes validate fail. */
const printed = (problems: Problem[]) => {
  assert.ok(problems.every((p) => p.level === 'error'), problems.map((p) => p.level).join());
  return problems.map(formatProblem);
};

const labels: [source: string, found: ReturnType<typeof uiLabels>][] = [
  ['No labels here.', []],
  ['<Ui>Sign in</Ui>', [{ line: 1, text: 'Sign in', approx: false }]],
  ['one\ntwo\nPress <Ui approx>  Next </Ui> then <Ui tr="Далее" approx>Go\non</Ui>.', [{ line: 3, text: 'Next', approx: true }, { line: 3, text: 'Go\non', approx: true }]],
  ['a\n\n<Ui tr="x">Save</Ui>\n<Ui tr="approximately">Edit</Ui>', [{ line: 3, text: 'Save', approx: false }, { line: 4, text: 'Edit', approx: false }]],
  ['<Uix>not a label</Uix> and <UI>nor this</UI>', []],
];
for (const [source, found] of labels) {
  test(`the labels of “${source.replace(/\n/g, '⏎')}” are ${found.length ? found.map((l) => `“${l.text.replace(/\n/g, '⏎')}” on line ${l.line}${l.approx ? ' (approximate)' : ''}`).join(', ') : 'none'}`, () => {
    assert.deepEqual(uiLabels(source), found);
  });
}

test('an exact label is accepted when the registry has it, whatever its letter case, spacing or ё; otherwise the editor is told what to do', () => {
  const source = '---\n---\n<Ui>forgot password?</Ui> <Ui>FORGOT PASSWORD?</Ui>\n<Ui>Сменить  парОль</Ui>\n<Ui>Forgot password</Ui>\n<Ui approx>Anything</Ui>';
  assert.deepEqual(printed(checkLabels([file(source)], provenance)), [
    'content/en/x.mdx:5 — the label “Forgot password” is quoted as exact, but no source shows it — write <Ui approx> so readers know their screen may word it differently, or, if a reference text shows these exact words, add them to content/labels.yaml with the source',
  ]);
});

test('labels of every file are checked, each against its own path', () => {
  const found = checkLabels([file('<Ui>One</Ui>'), { ...file('<Ui>Två</Ui>', 'sv'), path: 'content/sv/y.mdx' }], provenance);
  assert.deepEqual(found.map((p) => `${p.file}:${p.line} ${p.level}`), ['content/en/x.mdx:1 error', 'content/sv/y.mdx:1 error']);
});

const sourceLists: [name: string, frontmatter: string, says: string[]][] = [
  ['known keys', 'sources: [help-center, forum]', []],
  ['an unknown key, on the line of the list', 'title: x\nsources: [help-center, my-blog]', ['content/en/x.mdx:3 — unknown source “my-blog” — use one of: help-center, forum (or add the source to content/sources.yaml)']],
  ['a number and a name of the object machinery', 'sources:\n  - 42\n  - toString\n  - __proto__', [
    'content/en/x.mdx:2 — unknown source “42” — use one of: help-center, forum (or add the source to content/sources.yaml)',
    'content/en/x.mdx:2 — unknown source “toString” — use one of: help-center, forum (or add the source to content/sources.yaml)',
    'content/en/x.mdx:2 — unknown source “__proto__” — use one of: help-center, forum (or add the source to content/sources.yaml)',
  ]],
  ['a single key that is not a list (the schema reports that)', 'sources: my-blog', []],
  ['no sources at all (the schema reports that)', 'title: x', []],
];
for (const [name, frontmatter, says] of sourceLists) {
  test(`source keys: ${name}`, () => {
    assert.deepEqual(printed(checkSourceKeys([file(`---\n${frontmatter}\n---\nText.`)], provenance)), says);
  });
}

test('source keys: a file without frontmatter has none to check (the content rules report the missing frontmatter)', () => {
  assert.deepEqual(checkSourceKeys([file('Just text.')], provenance), []);
});

test('source keys: a number is no key, even when a source is named with those digits', () => {
  const withYear: Provenance = { ...provenance, sources: { ...provenance.sources, '2023': { en: 'A', ru: 'A', sv: 'A' } } };
  assert.deepEqual(checkSourceKeys([file('---\nsources: [2023, "2023"]\n---\n')], withYear).map((p) => p.what), ['unknown source “2023”']);
});

test('a concept missing from one language’s glossary is reported against that glossary', () => {
  const gap: Provenance = { ...provenance, glossaries: { ...provenance.glossaries, ru: provenance.glossaries.ru.filter((e) => e.concept !== 'blocked') } };
  assert.deepEqual(printed(checkGlossary([], gap)), ['content/glossary/ru.yaml:1 — no term for “blocked” — add the concept with its term, as the other languages have it']);
  assert.deepEqual(checkGlossary([], provenance), []);
});

const prose: [name: string, source: string, lang: ContentFile['lang'], lines: number[]][] = [
  ['a variant to avoid in the text, in any letter case', 'Find your MEMBER id.\nThen your login ID.', 'en', [1, 2]],
  ['a variant at the start of a longer word', 'The account was banned.', 'en', [1]],
  ['not a variant inside a word, which is another word', 'An urban legend: remember ID cards.', 'en', []],
  ['a variant followed by more letters', 'A list of member IDs.', 'en', [1]],
  ['only the language’s own glossary', 'Your ID участника and member ID.', 'ru', [1]],
  ['a variant with a regular-expression character, read literally', 'E.g. this. And egg this.', 'en', [1]],
  ['not a variant whose dots would match any letter', 'Eggs are fine.', 'en', []],
  ['the title and description, which readers see', '---\ntitle: Your member ID\nkeywords: [member id, ban]\nsources: [ban]\nsection: ban\norder: 1\nlastReviewed: ban\n---\nText.', 'en', [2]],
  ['labels, drawings, code and link targets, keeping the line numbers after them', '<Ui>Member ID</Ui>\n<Mockup alt="x"\n  items={[{ label: "Member ID" }]} />\n`member ID` and [the guide](/en/member-id/)\nNow the member ID.', 'en', [5]],
  ['not labels with attributes', 'Press <Ui approx tr="Войти">Member ID</Ui> or <Ui approx>Login ID</Ui>.', 'en', []],
  ['not a link target that holds a variant', 'See [the guide](/en/banned-accounts/) and [more](/en/faq/#ban).', 'en', []],
  ['prose that names a frontmatter field mid-line', 'In this order: banned accounts first.', 'en', [1]],
  ['link text, which readers read', 'See [your member ID](/en/find-id/).', 'en', [1]],
  ['not words on the two sides of a label, which readers never see side by side', 'Your member<Ui approx>ship card</Ui> ID.', 'en', []],
];
for (const [name, source, lang, lines] of prose) {
  test(`the glossary check flags ${name}${lines.length ? ` (line ${lines.join(', ')})` : ': nothing'}`, () => {
    assert.deepEqual(checkGlossary([file(source, lang)], provenance).map((p) => p.line), lines);
  });
}

test('a flagged variant is named with the concept and the term to write instead', () => {
  assert.deepEqual(printed(checkGlossary([file('Find your login ID.')], provenance)), [
    'content/en/x.mdx:1 — “login ID…” is not this site’s word for user-id — write “user ID” (content/glossary/en.yaml)',
  ]);
  assert.deepEqual(printed(checkGlossary([file('Ditt medlems-ID.', 'sv')], provenance)), [
    'content/sv/x.mdx:1 — “medlems-ID…” is not this site’s word for user-id — write “användar-ID” (content/glossary/sv.yaml)',
  ]);
});

test('a line with two variants is flagged once for each', () => {
  assert.deepEqual(checkGlossary([file('member ID or login ID')], provenance).map((p) => p.what), [
    '“member ID…” is not this site’s word for user-id',
    '“login ID…” is not this site’s word for user-id',
  ]);
});
