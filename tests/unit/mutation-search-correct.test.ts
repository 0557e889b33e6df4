// Query correction at its edges: how many typos each word length may carry, which word wins a tie, which
// words are kept, and when the reader is told the query was changed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctQuery, nearestWord, otherLayout, prepareVocabulary } from '../../src/islands/search/correct.ts';

test('the vocabulary keeps the first spelling of each folded word, skips anything but words of up to 30 letters', () => {
  const v = prepareVocabulary(['Lösenord', 'losenord', 42, null, 'a'.repeat(30), 'b'.repeat(31), 'reset'], ['VK', 7, 'Id']);
  assert.deepEqual([...v.byFold], [['losenord', 'Lösenord'], ['a'.repeat(30), 'a'.repeat(30)], ['reset', 'reset']]);
  assert.deepEqual([...v.short], ['vk', 'id']);
  assert.deepEqual([...prepareVocabulary([]).short], []);
});

// Words of up to 4 letters may carry one edit, up to 8 two, longer ones three.
const edits: [typed: string, site: string, found: boolean][] = [
  ['kod', 'kode', true],
  ['ko', 'kod', false],
  ['cxde', 'code', true],
  ['cxdx', 'code', false],
  ['rxsxt', 'reset', true],
  ['rxxxt', 'reset', false],
  ['pasword', 'password', true],
  ['pxsswxrd', 'password', true],
  ['pxsswxrx', 'password', false],
  ['pxsswxrxs', 'passwords', true],
  ['pxxswxrxs', 'passwords', false],
  ['vostanovit', 'восстановить', false],
];
for (const [typed, site, found] of edits) {
  test(`“${typed}” ${found ? 'is corrected to' : 'is too far from'} “${site}”`, () => {
    assert.equal(nearestWord(typed, prepareVocabulary([site])), found ? site : undefined);
  });
}

test('a word the site has is returned as the site writes it', () => {
  assert.equal(nearestWord('LOSENORD', prepareVocabulary(['Lösenord'])), 'Lösenord');
  assert.equal(nearestWord('vk', prepareVocabulary(['vk'])), 'vk');
});

test('numbers and words of one or two letters are never corrected', () => {
  const v = prepareVocabulary(['12346', 'vk', 'id']);
  assert.equal(nearestWord('12345', v), undefined);
  assert.equal(nearestWord('vx', v), undefined);
  assert.equal(nearestWord('1234a', prepareVocabulary(['1234b'])), '1234b');
  assert.equal(nearestWord('iphone14', prepareVocabulary(['iphone15'])), 'iphone15');
});

test('of two words equally near, the commoner one (listed first) wins; a nearer one beats both', () => {
  assert.equal(nearestWord('cart', prepareVocabulary(['card', 'care'])), 'card');
  assert.equal(nearestWord('cart', prepareVocabulary(['care', 'card'])), 'care');
  assert.equal(nearestWord('passwrd', prepareVocabulary(['passport', 'password'])), 'password');
  assert.equal(nearestWord('codes', prepareVocabulary(['cod', 'code'])), 'code');
});

test('a word much longer or shorter than the typed one is never chosen, however few its letters differ', () => {
  assert.equal(nearestWord('pass', prepareVocabulary(['password'])), undefined);
  assert.equal(nearestWord('password', prepareVocabulary(['pass'])), undefined);
});

test('the other keyboard layout turns Latin into Cyrillic and Cyrillic into Latin', () => {
  assert.equal(otherLayout('ntktajy'), 'телефон');
  assert.equal(otherLayout('ЕУДУАЩТ'), 'TELEFON');
  assert.equal(otherLayout('ёж'), '`;');
});

const vocabulary = prepareVocabulary(['телефон', 'пароль', 'phone', 'reset', 'vk', 'по', 'dhfx'], ['vk']);
const queries: [typed: string, query: string, changed: boolean][] = [
  ['ntktajy', 'телефон', true],
  ['phone ntktajy', 'phone ntktajy', false],
  ['ntktajy gfhjkm', 'телефон пароль', true],
  ['dhfx', 'dhfx', false],
  ['reset vk', 'reset vk', false],
  ['reset по', 'reset', false],
  ['rset', 'reset', true],
  ['  ', '', false],
  [' ?! ', '?!', false],
  ['xqzt', 'xqzt', false],
];
for (const [typed, query, changed] of queries) {
  test(`the query “${typed}” is searched as “${query}”${changed ? ' and the reader is told' : ''}`, () => {
    assert.deepEqual(correctQuery(typed, vocabulary), { query, changed });
  });
}
