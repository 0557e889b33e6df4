import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { classifyIdentifier, luhnValid } from '../../src/islands/id-check/classify.ts';
import { messagesFor } from '../../src/islands/id-check/messages.ts';
import { MAX_QUERY, queryFromSearch, searchForQuery } from '../../src/islands/search/logic.ts';
import { wizardTree } from '../../src/islands/wizard/tree.ts';
import { nodeFromPath } from '../../src/islands/wizard/url.ts';

// Luhn-valid numbers of 13–19 digits with ANY prefix (not only known card networks), any separators, in any text.
const luhnNumber = fc
  .tuple(fc.integer({ min: 12, max: 18 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }))
  .map(([length, pool]) => {
    const body = pool.slice(0, length).join('');
    for (let check = 0; check <= 9; check++) if (luhnValid(`${body}${check}`)) return `${body}${check}`;
    return body;
  });
const separator = fc.constantFrom('', ' ', '-', '.', '  ', '\u00a0');
const typed = fc.tuple(luhnNumber, separator).map(([digits, sep]) => ({ digits, text: digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`) }));
const inText = fc.tuple(fc.constantFrom('', 'card ', 'моя карта: ', 'kort '), typed, fc.constantFrom('', ' thanks', ', hjälp')).map(([a, card, b]) => ({ ...card, text: `${a}${card.text}${b}` }));

/** Every window of seven consecutive digits of a number. */
const windows = (digits: string) => Array.from({ length: digits.length - 6 }, (_, i) => digits.slice(i, i + 7));

test('the checker never hands back seven digits in a row of a card number, whatever its prefix', () => {
  fc.assert(
    fc.property(inText, ({ digits, text }) => {
      const result = classifyIdentifier(text);
      // An order or product number that happens to pass the Luhn check is the reader's own reference, shown as such.
      fc.pre(result.kind !== 'order-number' && result.kind !== 'product-id' && result.kind !== 'phone');
      const out = JSON.stringify(result).replace(/\D/g, ' ');
      const runs = out.replace(/(?<=\d) (?=\d)/g, '').match(/\d+/g) ?? [];
      for (const window of windows(digits)) assert.ok(!runs.some((run) => run.includes(window)), `${text} → ${JSON.stringify(result)}`);
    }),
    { numRuns: 3000 },
  );
});

test('a card number of no known network is still a card, masked', () => {
  const digits = '9' + '0'.repeat(13);
  const withCheck = [...Array(10).keys()].map((c) => `${digits}${c}`).find(luhnValid)!;
  const result = classifyIdentifier(withCheck);
  assert.equal(result.kind, 'card-number');
  assert.equal(result.masked, `${withCheck.slice(0, 6)} … ${withCheck.slice(-4)}`);
  assert.ok(!JSON.stringify(result).includes(withCheck));
});

test('each verdict is worded by its own message: a valid check digit is never called invalid, an email never a social sign-up', () => {
  assert.deepEqual(messagesFor({ kind: 'tracking-number', checksum: 'valid' }), ['tracking-number', 'tracking-valid']);
  assert.deepEqual(messagesFor({ kind: 'tracking-number', checksum: 'invalid' }), ['tracking-number', 'tracking-invalid']);
  assert.deepEqual(messagesFor({ kind: 'tracking-number' }), ['tracking-number']);
  assert.deepEqual(messagesFor({ kind: 'email', social: false }), ['email']);
  assert.deepEqual(messagesFor({ kind: 'email', social: true }), ['email-social']);
  assert.deepEqual(messagesFor({ kind: 'phone', callingCode: '33', phoneReset: 'global' }), ['phone-global']);
  assert.deepEqual(messagesFor({ kind: 'phone', callingCode: '7', phoneReset: 'ru' }), ['phone-ru']);
  assert.deepEqual(messagesFor({ kind: 'phone', callingCode: '46' }), ['phone-none']);
  assert.deepEqual(messagesFor({ kind: 'phone' }), ['phone-unknown']);
  assert.deepEqual(messagesFor({ kind: 'card-number' }), ['card-number']);
});

test('the start question is never read from the address: /wizard/ is the start, /wizard/situation/ is nothing', () => {
  assert.equal(nodeFromPath(wizardTree, '/en/wizard/'), 'situation');
  assert.equal(nodeFromPath(wizardTree, `/en/wizard/${wizardTree.start}/`), undefined);
  assert.equal(nodeFromPath(wizardTree, '/sv/wizard/device/'), 'device');
});

test('a query in the address is cut at 200 characters, never longer', () => {
  assert.equal(MAX_QUERY, 200);
  assert.equal(queryFromSearch(`?q=${'a'.repeat(5000)}`).length, 200);
  assert.equal(queryFromSearch(`?x=1&q=${encodeURIComponent('ö'.repeat(300))}`), 'ö'.repeat(200));
  assert.equal(new URLSearchParams(searchForQuery('b'.repeat(999)).slice(1)).get('q')!.length, 200);
});
