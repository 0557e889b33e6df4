// The article page fetches ahead only the index chunks the reader's words need: the choice is tested here, the fetching in tests/e2e/search-prefetch.spec.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunksFor } from '../../src/scripts/search-chunks.ts';

const ru = [
  { from: '0', to: 'о', href: 'A' },
  { from: 'о', to: 'я', href: 'B' },
];

test('a word needs the chunk whose range of first letters holds its first letter; both when it starts on their border', () => {
  assert.deepEqual(chunksFor('пароль', ru), ['B']);
  assert.deepEqual(chunksFor('вход', ru), ['A']);
  assert.deepEqual(chunksFor('откуда', ru), ['A', 'B']);
  assert.deepEqual(chunksFor('2fa', ru), ['A']);
});

test('every word of the text counts, in any case, with its punctuation and spaces set aside', () => {
  assert.deepEqual(chunksFor('  Пароль, вход!', ru), ['A', 'B']);
  assert.deepEqual(chunksFor('«ПАРОЛЬ»', ru), ['B']);
  // Full-width letters are read as the letters they are.
  assert.deepEqual(chunksFor('ｐ', [{ from: 'a', to: 'o', href: 'A' }, { from: 'p', to: 'z', href: 'B' }]), ['B']);
});

test('nothing typed, nothing outside every range, or no ranges at all needs no chunk', () => {
  assert.deepEqual(chunksFor('', ru), []);
  assert.deepEqual(chunksFor(' ,.! ', ru), []);
  assert.deepEqual(chunksFor('ёлка', ru), []);
  assert.deepEqual(chunksFor('пароль', []), []);
});
