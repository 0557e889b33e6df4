// The word file the search page gets per language, built from a small set of articles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vocabularyFile } from '../../src/islands/search/word-file.ts';

const articles = [
  { title: 'Reset your password', description: 'Forgot it? Reset it.', keywords: ['vk login', 'forgot'], body: '## If it does not work\n\nType the password. Type it again.\n', phrases: ['I forgot my password'] },
  { title: 'Blocked account', description: 'Blocked? Appeal.', keywords: ['banned'], body: '## The notice\n\nRead the notice. Read it twice.\n', phrases: ['they banned me', 'my account is gone'] },
];

test('the file holds the site’s words, the short words of the keywords, the common words to keep and the specificity of the situations', () => {
  const file = vocabularyFile(articles, ['Types', 'news', 'password', 'x']);
  assert.ok(file.words.includes('password') && file.words.includes('type') && file.words.includes('read'));
  // Words of the text used once are left out; titles and keywords always stay.
  assert.ok(!file.words.includes('again') && !file.words.includes('appeal') && file.words.includes('banned'));
  assert.deepEqual(file.short, ['vk']);
  assert.deepEqual(file.keep, ['types']);
  // The language's commonest words of three letters or more, in lower case, once each: “x” is too short to matter.
  assert.deepEqual(file.little, ['types', 'news', 'password']);
  // Situations are title, keywords, headings and phrases, not the description or the text: both name “my”, and “not”
  // (a heading) shares its stem with “notice” (a heading); “account” is in one title only, “read” in texts only.
  assert.deepEqual(file.specificity, { pages: 2, common: { '2': 'my not' } });
});

test('without articles the file is empty but well formed', () => {
  assert.deepEqual(vocabularyFile([], ['news']), { words: [], short: [], keep: [], little: ['news'], specificity: { pages: 0, common: {} } });
});

test('fields are kept apart: a word at the end of one and the start of the next stays two words', () => {
  const file = vocabularyFile(
    [
      { title: 'Alpha', description: 'beta gamma', keywords: ['shared', 'one'], body: 'gamma beta', phrases: ['my account', 'gone'] },
      { title: 'Shared', description: 'delta', keywords: ['two', 'shared'], body: 'delta', phrases: ['alpha', 'account'] },
    ],
    [],
  );
  // The prose counts “beta” and “gamma” twice each only if the description is not glued to the title or the keywords.
  assert.ok(file.words.includes('beta') && file.words.includes('gamma') && file.words.includes('delta'));
  // Two articles name “alpha” (a title, a phrase), “shared” (keywords, a title) and “account” (phrases).
  assert.deepEqual(file.specificity.common, { '2': 'account alpha shared' });
});

test('only the language’s commonest words are little words, up to the limit', async () => {
  const { LITTLE_WORDS } = await import('../../src/islands/search/word-file.ts');
  const common = Array.from({ length: LITTLE_WORDS + 5 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const file = vocabularyFile([], [...common, 'Что', 'что']);
  assert.equal(file.little.length, LITTLE_WORDS);
  assert.equal(file.little.at(-1), common[LITTLE_WORDS - 1]);
  assert.deepEqual(vocabularyFile([], ['Что', 'что', 'a1b', 'og']).little, ['что']);
});
