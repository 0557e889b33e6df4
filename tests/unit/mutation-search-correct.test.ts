// Query correction at its edges: how many edits each word length may carry, which word wins a tie, which words are
// left alone (the site's, the index's, the language's common ones, numbers), and when the reader is told.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allowedEdits,
  commonWordsToKeep,
  correctQuery,
  editDistance,
  nearestWord,
  otherLayout,
  plain,
  prepareVocabulary,
  sameWordOtherEnding,
  typedWords,
  typoOf,
  wordsToCheck,
} from '../../src/islands/search/correct.ts';

test('the vocabulary keeps the first spelling of each folded word, its plain forms, and skips anything but words of up to 30 letters', () => {
  const v = prepareVocabulary(['Lösenord', 'losenord', 42, null, 'a'.repeat(30), 'b'.repeat(31), 'ЕЩЁ'], ['VK', 7, 'Id'], ['Knew', 3, 'Всё']);
  assert.deepEqual([...v.byFold], [['losenord', 'Lösenord'], ['a'.repeat(30), 'a'.repeat(30)], ['еще', 'ЕЩЁ']]);
  assert.deepEqual([...v.exact], ['lösenord', 'losenord', 'a'.repeat(30), 'еще']);
  assert.deepEqual([...v.short], ['vk', 'id']);
  assert.deepEqual([...v.keep], ['knew', 'все']);
  assert.deepEqual([...prepareVocabulary([]).short], []);
  assert.deepEqual([...prepareVocabulary([]).keep], []);
});

test('a plain word is in lower case with ё as е', () => {
  assert.equal(plain('ЁЖИК Lösen'), 'ежик lösen');
});

test('words under eight letters may carry one edit, longer ones two', () => {
  assert.deepEqual([1, 2, 7, 8, 20].map(allowedEdits), [1, 1, 1, 2, 2]);
});

const distances: [a: string, b: string, max: number, d: number][] = [
  ['order', 'order', 2, 0],
  ['odrer', 'order', 2, 1],
  ['blokced', 'blocked', 2, 1],
  ['pasword', 'password', 2, 1],
  ['password', 'pasword', 2, 1],
  ['costumer', 'customer', 2, 2],
  ['kod', 'kode', 1, 1],
  ['cxde', 'code', 1, 1],
  ['cxdx', 'code', 1, 2],
  ['abc', 'abcdef', 2, 3],
  ['abcdef', 'abc', 3, 3],
  ['xyzw', 'abcd', 1, 2],
  ['ab', 'ba', 1, 1],
  ['abcd', 'badc', 2, 2],
  ['a', 'b', 0, 1],
  ['', 'ab', 2, 2],
  ['ca', 'abc', 3, 3],
];
for (const [a, b, max, d] of distances) {
  test(`“${a}” and “${b}” are ${d} edit(s) apart, counting at most to ${max + 1}`, () => {
    assert.equal(editDistance(a, b, max), d);
  });
}

test('counting stops as soon as a whole row is over the limit, and says limit + 1', () => {
  assert.equal(editDistance('abcdefgh', 'zzzzzzzz', 1), 2);
  assert.equal(editDistance('abcdefgh', 'abzzzzgh', 2), 3);
  assert.equal(editDistance('abcdefgh', 'abzzzzgh', 4), 4);
});

const typos: [typed: string, site: string, typo: boolean][] = [
  ['pasword', 'password', true],
  ['knew', 'new', false],
  ['igar', 'gar', false],
  ['epost', 'post', false],
  ['rset', 'reset', true],
  ['pxsswxrd', 'password', true],
  ['pxsswxrx', 'password', false],
  ['statys', 'status', true],
  ['statye', 'status', false],
];
for (const [typed, site, typo] of typos) {
  test(`“${typed}” ${typo ? 'may be' : 'is no'} typo of “${site}”`, () => {
    assert.equal(typoOf(typed, site), typo);
  });
}

const vocabulary = prepareVocabulary(['телефон', 'пароль', 'Lösenord', 'glömt', 'phone', 'reset', 'password', 'card', 'care', 'new', 'vk', 'по', 'dhfx', 'звёздочки', 'вышло'], ['vk'], ['knew', 'his']);

const nearest: [typed: string, site: string | undefined][] = [
  ['password', undefined],
  ['PASSWORD', undefined],
  ['losenord', 'Lösenord'],
  ['glomt', 'glömt'],
  ['pasword', 'password'],
  ['cart', 'card'],
  ['knew', undefined],
  ['his', undefined],
  ['nwe', 'new'],
  ['ne', undefined],
  ['12345', undefined],
  ['pass1word', undefined],
  ['xqzt', undefined],
  ['reest', 'reset'],
  ['вышла', 'вышло'],
];
for (const [typed, site] of nearest) {
  test(`“${typed}” ${site ? `would become “${site}”` : 'stays as typed'}`, () => {
    assert.equal(nearestWord(typed, vocabulary), site);
  });
}

test('diacritics are put back even on the first letter, and only on a word typed without any', () => {
  assert.equal(nearestWord('oka', prepareVocabulary(['öka'])), 'öka');
  assert.equal(nearestWord('öka', prepareVocabulary(['oka'])), undefined);
  // Typed with ä, “spärat” is compared letter for letter: “spärrat” is as near as “sparat” (one edit each), so the commoner wins.
  assert.equal(nearestWord('spärat', prepareVocabulary(['spärrat', 'sparat'])), 'spärrat');
  assert.equal(nearestWord('sparat', prepareVocabulary(['spärrat', 'spärat'])), 'spärat');
});

test('of two words equally near, the commoner one (listed first) wins; a nearer one beats both', () => {
  assert.equal(nearestWord('cbre', prepareVocabulary(['card', 'care', 'cure'])), 'care');
  assert.equal(nearestWord('carx', prepareVocabulary(['card', 'care'])), 'card');
  assert.equal(nearestWord('carx', prepareVocabulary(['care', 'card'])), 'care');
  assert.equal(nearestWord('passwodr', prepareVocabulary(['passport', 'password'])), 'password');
});

const endings: [typed: string, corrected: string, same: boolean][] = [
  ['звёздочек', 'звёздочки', true],
  ['lösenrd', 'lösenord', true],
  ['glomt', 'glömt', false],
  ['pasword', 'password', false],
  ['codes', 'code', true],
  ['kod', 'koden', false],
  ['kodx', 'kody', false],
  ['koder', 'kodes', true],
  ['abcdxyz', 'abcd', true],
  ['abcdwxyz', 'abcd', false],
  ['abcd', 'abcdwxyz', false],
];
for (const [typed, corrected, same] of endings) {
  test(`“${typed}” → “${corrected}” ${same ? 'only changes the ending' : 'is more than another ending'}`, () => {
    assert.equal(sameWordOtherEnding(typed, corrected), same);
  });
}

test('the common words kept are those correction would change into a site word: lower case, ё as е, sorted', () => {
  assert.deepEqual(commonWordsToKeep(['Knew', 'news', 'Ещё', 'password', 'far', 'x', 'no1', 'Всё', 'his', 'knew'], ['new', 'Пароль', 'far', 'все', 'has']), ['his', 'news']);
  // “far” would get the diacritics of the site's “får”, “når” lies one edit from “nar”; “år” is too short for a typo.
  assert.deepEqual(commonWordsToKeep(['far', 'når', 'år'], ['får', 'nar', 'är']), ['far', 'når']);
});

test('the other keyboard layout turns Latin into Cyrillic and Cyrillic into Latin', () => {
  assert.equal(otherLayout('ntktajy'), 'телефон');
  assert.equal(otherLayout('ЕУДУАЩТ'), 'TELEFON');
  assert.equal(otherLayout('ёж'), '`;');
});

test('a query on the wrong layout is read on the other one only when that gives more of the site’s words', () => {
  assert.deepEqual(typedWords('ntktajy gfhjkm', vocabulary), ['телефон', 'пароль']);
  assert.deepEqual(typedWords('phone ntktajy', vocabulary), ['phone', 'ntktajy']);
  assert.deepEqual(typedWords('dhfx', vocabulary), ['dhfx']);
  assert.deepEqual(typedWords('reset по vk x', vocabulary), ['reset', 'vk']);
});

test('the index is asked only about the words correction would change', () => {
  assert.deepEqual(wordsToCheck('pasword reset knew xqzt вышла glomt', vocabulary), ['pasword', 'вышла']);
  assert.deepEqual(wordsToCheck('', vocabulary), []);
});

const queries: [typed: string, indexed: string[], query: string, shown: string, changed: boolean][] = [
  ['ntktajy', [], 'телефон', 'телефон', true],
  ['phone ntktajy', [], 'phone ntktajy', 'phone ntktajy', false],
  ['ntktajy gfhjkm', [], 'телефон пароль', 'телефон пароль', true],
  ['reset vk', [], 'reset vk', 'reset vk', false],
  ['reset по', [], 'reset', 'reset', false],
  ['rset', [], 'reset', 'reset', true],
  ['rset', ['rset'], 'rset', 'rset', false],
  ['вышла', [], 'вышло', 'вышла', false],
  ['вышла', ['вышла'], 'вышла', 'вышла', false],
  ['glomt losenord', [], 'glömt Lösenord', 'glömt Lösenord', true],
  ['GLÖMT', [], 'glömt', 'glömt', false],
  ['звездочек', [], 'звёздочки', 'звездочек', false],
  ['knew pasword', [], 'knew password', 'knew password', true],
  ['  ', [], '', '', false],
  [' ?! ', [], '?!', '?!', false],
];
for (const [typed, indexed, query, shown, changed] of queries) {
  test(`“${typed}”${indexed.length ? ` (the index knows ${indexed.join(', ')})` : ''} is searched as “${query}”, named “${shown}”${changed ? ', and the reader is told' : ''}`, () => {
    assert.deepEqual(correctQuery(typed, vocabulary, new Set(indexed)), { query, shown, changed });
  });
}
