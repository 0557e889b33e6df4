// The readers' phrases checked against the articles, on a small content tree, so each line validate prints is known.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblem, type ContentFile } from '../../scripts/lib/content-rules.ts';
import { checkPhrases, copiedFrom, type PhrasesFile } from '../../scripts/lib/phrase-rules.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const article = (lang: Locale, slug: string, body = 'Reset the password by email.'): ContentFile => ({
  path: `content/${lang}/${slug}.mdx`,
  lang,
  slug,
  source: `---\ntitle: Reset your password\ndescription: Forgot it? Reset it with a code.\n---\n\n${body}\n`,
});
const files = [article('en', 'recover/email'), article('en', 'faq'), article('ru', 'faq'), article('sv', 'faq')];
const phrasesFile = (lang: Locale, data: Record<string, string[]> | undefined, source = ''): PhrasesFile => ({ path: `content/phrases/${lang}.yaml`, source, data });
const complete = {
  en: phrasesFile('en', { 'recover/email': ['i forgot my password'], faq: ['a quick question'] }),
  ru: phrasesFile('ru', { faq: ['короткий вопрос'] }),
  sv: phrasesFile('sv', { faq: ['en snabb fråga'] }),
};

test('phrases for every article of every language, in the readers’ own words, pass', () => {
  assert.deepEqual(checkPhrases(files, complete), []);
});

test('an entry for no article of its language is an error on its own line, naming the language', () => {
  const source = '# phrases\nrecover/email:\n  - i forgot my password\nfaq:\n  - a quick question\n"recover/emial":\n  - typo\n';
  const data = { 'recover/email': ['i forgot my password'], faq: ['a quick question'], 'recover/emial': ['typo'] };
  assert.deepEqual(checkPhrases(files, { ...complete, en: phrasesFile('en', data, source) }).map(formatProblem), [
    'content/phrases/en.yaml:6 — “recover/emial” is no en article — use an article’s path without the language, as in content/en/<path>.mdx (for example recover/email), or remove the entry',
  ]);
  // A Russian article's path in the Swedish file is no Swedish article either, and a key found nowhere is on line 1.
  const ru = checkPhrases([...files, article('ru', 'safety')], { ...complete, sv: phrasesFile('sv', { faq: ['en snabb fråga'], safety: ['x y'] }, 'faq:\n') });
  assert.equal(ru.filter((p) => p.file === 'content/phrases/ru.yaml').length, 1);
  assert.deepEqual(ru.filter((p) => p.file === 'content/phrases/sv.yaml').map((p) => [p.level, p.line, p.what]), [['error', 1, '“safety” is no sv article']]);
});

test('an article without phrases is an error that names it', () => {
  const problems = checkPhrases(files, { ...complete, en: phrasesFile('en', { faq: ['a quick question'] }) });
  assert.deepEqual(problems.map(formatProblem), [
    'content/phrases/en.yaml:1 — the article recover/email has no phrases — add “recover/email:” with a few sentences in which readers describe its situation in their own words',
  ]);
});

test('a file that could not be read (already reported) adds nothing', () => {
  assert.deepEqual(checkPhrases(files, { ...complete, ru: phrasesFile('ru', undefined) }), []);
});

test('a phrase of three words or more that stands in its article’s title, description or text is a warning on its entry', () => {
  const source = 'faq:\n  - a quick question\nrecover/email:\n  - the password by email\n';
  const problems = checkPhrases(files, { ...complete, en: phrasesFile('en', { faq: ['a quick question'], 'recover/email': ['The PASSWORD, by email!', 'reset your password', 'forgot it', 'a code'] }, source) });
  assert.deepEqual(
    problems.map((p) => [p.level, p.line, p.what]),
    [
      ['warning', 3, '“The PASSWORD, by email!” stands word for word in content/en/recover/email.mdx'],
      ['warning', 3, '“reset your password” stands word for word in content/en/recover/email.mdx'],
    ],
  );
  assert.match(formatProblem(problems[0]!), / — .+ — write how a reader would describe the situation/);
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
