// Web addresses the reader types by hand wrap only after their slashes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compoundRuns, urlBreakRuns } from '../../src/typography/url-breaks.ts';

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

test('a short hyphenated word is one run to keep whole; long chains, addresses and plain words are not', () => {
  assert.deepEqual(compoundRuns('Kontot har ingen e-postadress'), [{ text: 'Kontot har ingen ', whole: false }, { text: 'e-postadress', whole: true }]);
  assert.deepEqual(compoundRuns('по-английски и SIM-карта.'), [
    { text: 'по-английски', whole: true },
    { text: ' и ', whole: false },
    { text: 'SIM-карта', whole: true },
    { text: '.', whole: false },
  ]);
  assert.deepEqual(compoundRuns('aliexpress.com.safe-login.net'), [{ text: 'aliexpress.com.safe-login.net', whole: false }]);
  assert.deepEqual(compoundRuns('my-aliexpress.com'), [{ text: 'my-aliexpress.com', whole: false }]);
  assert.deepEqual(compoundRuns('a-b-c-d-e-f-g-h-i-j-k-l-m'), [{ text: 'a-b-c-d-e-f-g-h-i-j-k-l-m', whole: false }]);
  assert.deepEqual(compoundRuns('12345678901-234567890'), [{ text: '12345678901-234567890', whole: false }]);
  assert.deepEqual(compoundRuns('1234567890-234567890'), [{ text: '1234567890-234567890', whole: true }]);
  assert.deepEqual(compoundRuns('ingen'), [{ text: 'ingen', whole: false }]);
  assert.deepEqual(compoundRuns(''), [{ text: '', whole: false }]);
  assert.deepEqual(compoundRuns('e-post'), [{ text: 'e-post', whole: true }]);
  // After an abbreviation's slash the word is kept whole; after a path's slash it is not.
  assert.deepEqual(compoundRuns('CVC/CVV-код'), [{ text: 'CVC/', whole: false }, { text: 'CVV-код', whole: true }]);
  assert.deepEqual(compoundRuns('site.com/ab-cd'), [{ text: 'site.com/ab-cd', whole: false }]);
  assert.deepEqual(compoundRuns('a/b-c'), [{ text: 'a/b-c', whole: false }]);
  assert.deepEqual(compoundRuns('aB/b-c'), [{ text: 'aB/b-c', whole: false }]);
});

test('a host too long for a phone’s line may wrap after its dots, never after its last; a short host stays whole', () => {
  assert.deepEqual(urlBreakRuns('Fake: accounts.google.com.example.net, not real'), ['Fake: accounts.', 'google.', 'com.', 'example.net, not real']);
  assert.deepEqual(urlBreakRuns('login.aliexpress.com'), ['login.aliexpress.com']);
  assert.deepEqual(urlBreakRuns('aliexpress.com.safe-login.net'), ['aliexpress.', 'com.', 'safe-login.net']);
  // Where hosts are set whole (the domain rule's bold names), only paths wrap.
  assert.deepEqual(urlBreakRuns('aliexpress.com.safe-login.net/x/y', false), ['aliexpress.com.safe-login.net/', 'x/', 'y']);
});
