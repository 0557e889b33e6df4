// Web addresses the reader types by hand wrap only after their slashes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { urlBreakRuns } from '../../src/typography/url-breaks.ts';

test('an address with a path may wrap after each slash of its path, and only there', () => {
  assert.deepEqual(urlBreakRuns('Open accounts.google.com/signin/recovery now'), ['Open accounts.google.com/', 'signin/', 'recovery now']);
  assert.deepEqual(urlBreakRuns('passport.yandex.ru/restoration'), ['passport.yandex.ru/', 'restoration']);
});

test('the scheme’s slashes and a closing slash or full stop get no break', () => {
  assert.deepEqual(urlBreakRuns('https://account.live.com/password/reset.'), ['https://account.live.com/', 'password/', 'reset.']);
  assert.deepEqual(urlBreakRuns('see account.live.com/acsr/.'), ['see account.live.com/', 'acsr/.']);
  assert.deepEqual(urlBreakRuns('aliexpress.com/'), ['aliexpress.com/']);
});

test('slashes outside addresses, and text without any, are left alone', () => {
  assert.deepEqual(urlBreakRuns('1/2 and a/b, 12/27'), ['1/2 and a/b, 12/27']);
  assert.deepEqual(urlBreakRuns('aliexpress.com and aliexpress.ru'), ['aliexpress.com and aliexpress.ru']);
  assert.deepEqual(urlBreakRuns(''), ['']);
});

test('two addresses in one text each get their breaks, and the words around them stay whole', () => {
  assert.deepEqual(urlBreakRuns('a.se/x/y or b.com/z'), ['a.se/', 'x/', 'y or b.com/', 'z']);
  assert.deepEqual(urlBreakRuns('(icloud.com/recovery)'), ['(icloud.com/', 'recovery)']);
});
