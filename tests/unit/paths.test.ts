import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagePath, splitId, switchLocale } from '../../src/utils/paths.ts';
import { pickLocale } from '../../src/utils/pickLocale.ts';

test('a collection id splits into language and cross-language path', () => {
  assert.deepEqual(splitId('sv/recover/email'), { lang: 'sv', slug: 'recover/email' });
  assert.deepEqual(splitId('ru/faq'), { lang: 'ru', slug: 'faq' });
  assert.throws(() => splitId('de/faq'), /content\/ru, content\/sv or content\/en/);
  assert.throws(() => splitId('faq'), /content\/ru/);
});

test('page paths always carry the language and a trailing slash', () => {
  assert.equal(pagePath('en'), '/en/');
  assert.equal(pagePath('sv', 'recover/email'), '/sv/recover/email/');
  assert.equal(pagePath('ru', '/recover/phone/'), '/ru/recover/phone/');
});

test('switching language keeps the page and swaps the prefix', () => {
  assert.equal(switchLocale('/en/recover/email/', 'ru'), '/ru/recover/email/');
  assert.equal(switchLocale('/sv/', 'en'), '/en/');
  assert.equal(switchLocale('/', 'sv'), '/sv/');
});

const cases: [unknown, string[], string | undefined][] = [
  ['sv', ['ru-RU'], 'sv'],
  [null, ['ru-RU', 'en'], 'ru'],
  [null, ['de-DE', 'sv-FI'], 'sv'],
  [null, ['EN-us'], 'en'],
  [null, ['de-DE', 'fr'], undefined],
  ['xx', [], undefined],
  [undefined, [], undefined],
];
for (const [remembered, preferred, expected] of cases) {
  test(`root page picks ${String(expected)} for remembered ${String(remembered)} and browser ${preferred.join(',') || 'none'}`, () => {
    assert.equal(pickLocale(remembered, preferred), expected);
  });
}
