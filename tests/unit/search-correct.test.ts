import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctQuery, nearestWord, otherLayout, prepareVocabulary } from '../../src/islands/search/correct.ts';
import { exactFromSearch, excerptFromKeywords, searchForQuery } from '../../src/islands/search/logic.ts';
import { fold, meaningfulShortWords, proseOf, vocabularyFrom } from '../../src/islands/search/vocabulary.ts';

const vocabulary = prepareVocabulary(
  ['забыла', 'забыл', 'пароль', 'восстановить', 'аккаунт', 'по', 'номеру', 'заказа', 'не', 'могу', 'войти', 'через', 'вк', 'password', 'reset', 'account', 'recovery', 'deleted', 'my', 'lösenord', 'glömt', 'vk', 'id'],
  ['вк', 'vk', 'id'],
);

const cases: [string, string, boolean][] = [
  ['pf,skf gfhjkm', 'забыла пароль', true],
  ['востановить акаунт по номеру заказа', 'восстановить аккаунт номеру заказа', true],
  ['pasword reset', 'password reset', true],
  ['acount recovry', 'account recovery', true],
  ['glomt losenord', 'glömt lösenord', true],
  ['lösenrd', 'lösenord', true],
  ['не могу войти через вк', 'могу войти через вк', false],
  ['i deleted my account', 'deleted account', false],
  ['login via VK', 'login via vk', false],
  ['ЗАБЫЛ ПАРОЛЬ', 'забыл пароль', false],
  ['', '', false],
];
for (const [typed, corrected, changed] of cases) {
  test(`“${typed}” is searched as “${corrected}”${changed ? ', and the reader is told' : ''}`, () => {
    assert.deepEqual(correctQuery(typed, vocabulary), { query: corrected, changed });
  });
}

test('longer words may carry more typos; short ones only one, and numbers none', () => {
  assert.equal(nearestWord('pasword', vocabulary), 'password');
  assert.equal(nearestWord('vostanovit', vocabulary), undefined);
  assert.equal(nearestWord('rst', vocabulary), undefined);
  assert.equal(nearestWord('12345', vocabulary), undefined);
});

test('the other layout goes both ways, key for key', () => {
  assert.equal(otherLayout('pf,skf'), 'забыла');
  assert.equal(otherLayout('здфыы'), 'plass');
});

test('folding meets words without their accents, ё or capitals', () => {
  assert.equal(fold('Lösenord'), 'losenord');
  assert.equal(fold('ЕЩЁ'), 'еще');
  assert.equal(fold('Glömt'), 'glomt');
});

test('the vocabulary holds the prose, the most frequent words first, and no markup', () => {
  const prose = proseOf('Open <Ui approx tr="Войти">Sign in</Ui> and [reset](/en/recover/email/) {x.y} `code` reset');
  assert.doesNotMatch(prose, /approx|recover|code/);
  assert.deepEqual(vocabularyFrom([prose, 'Reset 2024 open']), ['reset', 'open']);
  assert.deepEqual(vocabularyFrom([prose], ['Sign in']), ['in', 'reset', 'sign']);
});

test('the short words worth keeping are the ones readers use in keywords', () => {
  assert.deepEqual(meaningfulShortWords(['login via vk, id', 'qr code, вк']), ['id', 'qr', 'vk', 'вк']);
});

test('an excerpt cut from the keyword list is recognised, one from the text is not', () => {
  const keywords = 'forgot password, reset password, code not arriving, aliexpres';
  assert.equal(excerptFromKeywords('forgot <mark>password</mark>, reset <mark>password</mark>, code not arriving', keywords), true);
  assert.equal(excerptFromKeywords('Type your new <mark>password</mark> twice and choose Update password.', keywords), false);
  assert.equal(excerptFromKeywords('', keywords), false);
});

test('“search instead for” keeps the query exactly as typed in the address', () => {
  assert.equal(searchForQuery('pf,skf', true), '?q=pf%2Cskf&exact=1');
  assert.equal(exactFromSearch('?q=pf%2Cskf&exact=1'), true);
  assert.equal(exactFromSearch('?q=x'), false);
  assert.equal(exactFromSearch(undefined), false);
});
