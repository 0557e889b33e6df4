// The readers' phrases checked against the articles, on a small content tree, so each line validate prints is known.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblem, type ContentFile } from '../../scripts/lib/content-rules.ts';
import { checkPhrases, copiedFrom, type PhrasesFile } from '../../scripts/lib/phrase-rules.ts';
import { readProvenance } from '../../scripts/lib/provenance-files.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const article = (lang: Locale, slug: string, body = 'Reset the password by email.', frontmatter = 'title: Reset your password\ndescription: Forgot it? Send a code now.\n'): ContentFile => ({
  path: `content/${lang}/${slug}.mdx`,
  lang,
  slug,
  source: `---\n${frontmatter}---\n\n${body}\n`,
});
const files = [article('en', 'recover/email'), article('en', 'faq'), article('ru', 'faq'), article('sv', 'faq')];
const phrasesFile = (lang: Locale, data: Record<string, string[]> | undefined, lines: Record<string, number> = {}): PhrasesFile => ({ path: `content/phrases/${lang}.yaml`, lines, data });
const complete = {
  en: phrasesFile('en', { 'recover/email': ['i forgot my password'], faq: ['a quick question'] }),
  ru: phrasesFile('ru', { faq: ['короткий вопрос'] }),
  sv: phrasesFile('sv', { faq: ['en snabb fråga'] }),
};

test('phrases for every article of every language, in the readers’ own words, pass', () => {
  assert.deepEqual(checkPhrases(files, complete), []);
});

test('an entry for no article of its language is an error on its own line, naming the language', () => {
  const data = { 'recover/email': ['i forgot my password'], faq: ['a quick question'], 'recover/emial': ['typo'] };
  const problems = checkPhrases(files, { ...complete, en: phrasesFile('en', data, { 'recover/email': 2, faq: 4, 'recover/emial': 6 }) });
  assert.deepEqual(problems.map((p) => p.level), ['error']);
  assert.deepEqual(problems.map(formatProblem), [
    'content/phrases/en.yaml:6 — “recover/emial” is no en article — use an article’s path without the language, as in content/en/<path>.mdx (for example recover/email), or remove the entry',
  ]);
  // A Russian article's path in the Swedish file is no Swedish article either, and a key whose line is unknown is on line 1.
  const sv = checkPhrases([...files, article('ru', 'safety')], { ...complete, ru: phrasesFile('ru', { faq: ['x'], safety: ['y'] }), sv: phrasesFile('sv', { faq: ['en snabb fråga'], safety: ['x y'] }) });
  assert.deepEqual(sv.map((p) => [p.file, p.level, p.line, p.what]), [['content/phrases/sv.yaml', 'error', 1, '“safety” is no sv article']]);
});

test('an article without phrases is an error that names it', () => {
  const problems = checkPhrases(files, { ...complete, en: phrasesFile('en', { faq: ['a quick question'] }) });
  assert.deepEqual(problems.map((p) => p.level), ['error']);
  assert.deepEqual(problems.map(formatProblem), [
    'content/phrases/en.yaml:1 — the article recover/email has no phrases — add “recover/email:” with a few sentences in which readers describe its situation in their own words',
  ]);
});

test('a file that could not be read (already reported) adds nothing', () => {
  assert.deepEqual(checkPhrases(files, { ...complete, ru: phrasesFile('ru', undefined) }), []);
});

test('a phrase of three words or more that stands in its article’s title, description or text is a warning on its entry', () => {
  const data = { faq: ['a quick question'], 'recover/email': ['The PASSWORD, by email!', 'reset your password', 'send a code now', 'forgot it', 'a code'] };
  const problems = checkPhrases(files, { ...complete, en: phrasesFile('en', data, { faq: 1, 'recover/email': 3 }) });
  assert.deepEqual(
    problems.map((p) => [p.level, p.line, p.what]),
    [
      ['warning', 3, '“The PASSWORD, by email!” stands word for word in content/en/recover/email.mdx'],
      ['warning', 3, '“reset your password” stands word for word in content/en/recover/email.mdx'],
      ['warning', 3, '“send a code now” stands word for word in content/en/recover/email.mdx'],
    ],
  );
  assert.match(formatProblem(problems[0]!), / — .+ — write how a reader would describe the situation/);
});

test('an article without frontmatter, title or description is judged by its text alone', () => {
  const bare = [article('en', 'faq', 'Nothing here but this text.', ''), article('en', 'recover/email', 'Plain text only.', 'title: Short\n')];
  const data = { faq: ['nothing here but', 'was here stryker'], 'recover/email': ['the plain text', 'plain text only'] };
  assert.deepEqual(
    checkPhrases([...bare, ...files.slice(2)], { ...complete, en: phrasesFile('en', data) }).map((p) => p.what),
    ['“nothing here but” stands word for word in content/en/faq.mdx', '“plain text only” stands word for word in content/en/recover/email.mdx'],
  );
});

test('the content’s phrases files are read with the line of each entry', () => {
  const { provenance } = readProvenance('content');
  for (const lang of ['en', 'ru', 'sv'] as const) {
    const file = provenance.phrases[lang];
    assert.equal(file.path, `content/phrases/${lang}.yaml`);
    assert.ok(file.data && Object.keys(file.data).length > 10);
    assert.ok(file.lines['recover/email']! > 1 && file.lines['recover/mobile-app']! > file.lines['recover/email']!);
  }
});

const copies: [phrase: string, text: string, copied: boolean][] = [
  ['reset the password', 'Reset the password by email.', true],
  ['reset the password', 'Please reset the passwords.', false],
  ['the password by', 'Reset the password by email.', true],
  ['reset password', 'reset password', false],
  ['set the password', 'Reset the password.', false],
  ['reset the password', 'Reset, then the password.', false],
];
for (const [phrase, text, copied] of copies) {
  test(`“${phrase}” ${copied ? 'is' : 'is not'} copied from “${text}”`, () => {
    assert.equal(copiedFrom(phrase, text), copied);
  });
}
