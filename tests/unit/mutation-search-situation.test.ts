// Situation matching: words and stems, how many pages name each word, how specific a word is, and how well a
// page's title, keywords, reader phrases and headings hold a query.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  documentFrequencies,
  FIELD_WEIGHTS,
  holds,
  PHRASE_SEPARATOR,
  prepareSpecificity,
  queryWords,
  sameStem,
  situationMatch,
  specificity,
  specificityFile,
  wordsOf,
  type Situation,
} from '../../src/islands/search/situation.ts';

test('words are lower case with ё as е; query words leave out those of one or two letters', () => {
  assert.deepEqual(wordsOf('Не могу ВОЙТИ в ЛК, ещё 2FA и vk'), ['не', 'могу', 'войти', 'в', 'лк', 'еще', '2fa', 'и', 'vk']);
  assert.deepEqual(queryWords('Не могу ВОЙТИ в ЛК, ещё 2FA и vk'), ['могу', 'войти', 'еще', '2fa']);
  assert.deepEqual(wordsOf('?! …'), []);
  assert.deepEqual(queryWords('по в и'), []);
});

test('phrases are joined with a separator no phrase may hold', () => {
  assert.equal(PHRASE_SEPARATOR, ' | ');
});

const stems: [a: string, b: string, same: boolean][] = [
  ['пароль', 'паролем', true],
  ['паролем', 'пароль', true],
  ['kod', 'koden', true],
  ['koden', 'kod', true],
  ['code', 'cold', false],
  ['password', 'passage', false],
  ['vk', 'vk', true],
  ['vk', 'vkontakte', false],
  ['i', 'in', false],
  ['in', 'in', true],
  ['place', 'placed', true],
  ['abcdef', 'abcdxy', true],
  ['abcdef', 'abcxyz', false],
];
for (const [a, b, same] of stems) {
  test(`“${a}” and “${b}” ${same ? 'share' : 'do not share'} a stem`, () => {
    assert.equal(sameStem(a, b), same);
  });
}

test('a list holds a word when any of its words shares its stem', () => {
  assert.equal(holds(['reset', 'passwords'], 'password'), true);
  assert.equal(holds(['reset'], 'password'), false);
  assert.equal(holds([], 'password'), false);
});

test('document frequencies count the pages naming each word by its stem, words in alphabetical order', () => {
  assert.deepEqual([...documentFrequencies(['Reset password', 'Passwords and codes', 'A code'])], [
    ['a', 1],
    ['and', 1],
    ['code', 2],
    ['codes', 2],
    ['password', 2],
    ['passwords', 2],
    ['reset', 1],
  ]);
});

test('the file keeps words named on two pages or more, one form per stem and count, with the number of pages', () => {
  assert.deepEqual(specificityFile(['Reset password', 'Passwords and codes', 'A code and more', 'more']), {
    pages: 4,
    common: { '2': 'and code more password' },
  });
  assert.deepEqual(specificityFile([]), { pages: 0, common: {} });
});

test('the file is read back into counts per word; anything malformed reads as no counts', () => {
  const table = prepareSpecificity({ pages: 4, common: { '2': 'and code', '3': 'more', '4': 7 } });
  assert.equal(table.pages, 4);
  assert.deepEqual([...table.counts], [['and', 2], ['code', 2], ['more', 3]]);
  for (const bad of [undefined, null, 'x', { pages: '4' }, { common: 3 }]) assert.deepEqual(prepareSpecificity(bad), { pages: 0, counts: new Map() });
});

const table = prepareSpecificity({ pages: 10, common: { '2': 'code', '5': 'account', '9': 'the', '10': 'my' } });

test('a word few pages name weighs more than one many name; a word on one page or none weighs the most', () => {
  const w = (word: string) => specificity(word, table);
  assert.equal(w('hacked').toFixed(4), Math.log(1 + 9.5 / 1.5).toFixed(4));
  assert.equal(w('codes').toFixed(4), Math.log(1 + 8.5 / 2.5).toFixed(4));
  assert.equal(w('account').toFixed(4), Math.log(1 + 5.5 / 5.5).toFixed(4));
  assert.equal(w('my').toFixed(4), Math.log(1 + 0.5 / 10.5).toFixed(4));
  assert.ok(w('hacked') > w('code') && w('code') > w('account') && w('account') > w('the') && w('the') > w('my') && w('my') > 0);
});

test('of several listed forms a word matches, the most common one counts', () => {
  const forms = prepareSpecificity({ pages: 10, common: { '2': 'codes', '6': 'code' } });
  assert.equal(specificity('code', forms), specificity('cod', prepareSpecificity({ pages: 10, common: { '6': 'cod' } })));
  assert.equal(specificity('codes', forms), Math.log(1 + 4.5 / 6.5));
});

test('the most common matching form counts, whatever order the forms are listed in; forms of other words count not at all', () => {
  const code = Math.log(1 + 4.5 / 6.5);
  assert.equal(specificity('code', { pages: 10, counts: new Map([['code', 6], ['codes', 2]]) }), code);
  assert.equal(specificity('code', { pages: 10, counts: new Map([['codes', 2], ['code', 6]]) }), code);
  assert.equal(specificity('code', { pages: 10, counts: new Map([['code', 6], ['account', 9]]) }), code);
});

test('without frequencies every word weighs 1', () => {
  assert.equal(specificity('anything', prepareSpecificity(undefined)), 1);
});

const page = (over: Partial<Situation> = {}): Situation => ({ title: '', keywords: '', phrases: [], headings: [], ...over });
const match = (words: string[], situation: Situation) => situationMatch(words, situation, table);
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('each field counts its own weight when it holds a query word; the best field counts once', () => {
  assert.deepEqual(FIELD_WEIGHTS, { title: 1, phrases: 1, keywords: 0.8, headings: 0.4 });
  close(match(['hacked'], page({ title: 'Account hacked' })).coverage, 1);
  close(match(['hacked'], page({ phrases: ['someone hacked me'] })).coverage, 1);
  close(match(['hacked'], page({ keywords: 'hacked, stolen' })).coverage, 0.8);
  close(match(['hacked'], page({ headings: ['If you were hacked'] })).coverage, 0.4);
  close(match(['hacked'], page({ title: 'Hacked', keywords: 'hacked', headings: ['hacked'] })).coverage, 1);
  close(match(['hacked'], page({ keywords: 'hacked', headings: ['hacked'] })).coverage, 0.8);
  close(match(['hacked'], page()).coverage, 0);
});

test('coverage is the share of the query’s specificity that the page names, so a rare word outweighs a common one', () => {
  const hacked = specificity('hacked', table);
  const account = specificity('account', table);
  close(match(['hacked', 'account'], page({ title: 'Hacked' })).coverage, hacked / (hacked + account));
  close(match(['hacked', 'account'], page({ title: 'Account' })).coverage, account / (hacked + account));
  assert.ok(match(['hacked', 'account'], page({ title: 'Hacked' })).coverage > match(['hacked', 'account'], page({ title: 'Account' })).coverage);
});

test('searched words are split and lower-cased like the fields', () => {
  close(match(['Hacked Account'], page({ title: 'hacked account' })).coverage, 1);
});

test('no words match nothing', () => {
  assert.deepEqual(match([], page({ title: 'Hacked', phrases: ['hacked'] })), { coverage: 0, phrase: 0 });
  assert.deepEqual(match(['?!'], page({ title: 'Hacked', phrases: ['hacked'] })), { coverage: 0, phrase: 0 });
});

test('a phrase counts when the query holds it whole, in any order, and then for the share of the query it explains', () => {
  const phrases = ['someone changed my email'];
  const words = ['my', 'email', 'was', 'changed', 'by', 'someone'];
  const explained = ['email', 'changed', 'someone', 'my'].reduce((s, w) => s + specificity(w, table), 0);
  const total = words.reduce((s, w) => s + specificity(w, table), 0);
  close(match(words, page({ phrases })).phrase, explained / total);
  assert.equal(match(['someone', 'changed', 'password'], page({ phrases })).phrase, 0);
});

test('a phrase still counts without its most common words, but not without a specific one', () => {
  // “my” weighs almost nothing, so the rest of the phrase is well over four fifths of it.
  assert.ok(match(['someone', 'changed', 'email'], page({ phrases: ['someone changed my email'] })).phrase > 0);
  // “the” weighs little but not nothing: one of five words short is still four fifths.
  assert.ok(match(['right', 'password', 'rejected', 'is'], page({ phrases: ['the right password is rejected'] })).phrase > 0);
  assert.equal(match(['right', 'password'], page({ phrases: ['the right password is rejected'] })).phrase, 0);
});

test('exactly four fifths of a phrase’s weight is enough; less is not', () => {
  const even = { pages: 0, counts: new Map<string, number>() };
  assert.ok(situationMatch(['aaa', 'bbb', 'ccc', 'ddd'], page({ phrases: ['aaa bbb ccc ddd eee'] }), even).phrase > 0);
  assert.equal(situationMatch(['aaa', 'bbb', 'ccc'], page({ phrases: ['aaa bbb ccc ddd eee'] }), even).phrase, 0);
});

test('the best phrase counts; a keyword is a phrase worth what a keyword is worth', () => {
  const even = { pages: 0, counts: new Map<string, number>() };
  close(situationMatch(['aaa', 'bbb'], page({ phrases: ['aaa', 'aaa bbb'] }), even).phrase, 1);
  close(situationMatch(['aaa', 'bbb'], page({ phrases: ['aaa bbb', 'aaa'] }), even).phrase, 1);
  close(situationMatch(['aaa', 'bbb'], page({ keywords: 'xxx, aaa bbb' }), even).phrase, 0.8);
  close(situationMatch(['aaa', 'bbb'], page({ keywords: 'aaa', phrases: ['aaa'] }), even).phrase, 0.5);
  close(situationMatch(['aaa', 'bbb'], page({ keywords: 'aaa bbb', phrases: ['aaa'] }), even).phrase, 0.8);
  assert.equal(situationMatch(['aaa'], page({ phrases: ['?!'] }), even).phrase, 0);
});
