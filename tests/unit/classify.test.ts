import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiDigits, cardIssuer, classifyIdentifier, idKinds, luhnValid, phoneCountry, s10CheckDigit } from '../../src/islands/id-check/classify.ts';
import { examples } from '../../src/islands/id-check/examples.ts';

for (const example of examples) {
  test(`classifies ${example.name}`, () => {
    const result = classifyIdentifier(example.input);
    assert.deepEqual(Object.fromEntries(Object.keys(example.expect).map((k) => [k, result[k as keyof typeof result]])), example.expect);
  });
}

test('the fixtures cover every kind', () => {
  const covered = new Set(examples.map((e) => e.expect.kind));
  assert.deepEqual(idKinds.filter((k) => !covered.has(k)), []);
  assert.ok(examples.length >= 40);
});

test('the S10 check digit matches the worked examples, including the 10 → 0 and 11 → 5 rules', () => {
  assert.equal(s10CheckDigit('12345678'), 5);
  assert.equal(s10CheckDigit('47312482'), 9);
  assert.equal(s10CheckDigit('00071761'), 8);
  // Sum 0 → 11 − 0 = 11 → 5; sum 1 → 10 → 0 (7 × 1 = 7 is not 1, so find serials by search).
  assert.equal(s10CheckDigit('00000000'), 5);
  const tenCase = [...Array(100000).keys()].map((n) => String(n).padStart(8, '0')).find((s) => {
    const sum = [...s].reduce((t, d, i) => t + Number(d) * [8, 6, 4, 2, 3, 5, 9, 7][i]!, 0);
    return sum % 11 === 1;
  })!;
  assert.equal(s10CheckDigit(tenCase), 0);
});

test('Luhn, card networks, calling codes and foreign digits', () => {
  assert.equal(luhnValid('4111111111111111'), true);
  assert.equal(luhnValid('4111111111111112'), false);
  assert.equal(cardIssuer('378282246310005'), 'amex');
  assert.equal(cardIssuer('2200000000000004'), 'mir');
  assert.equal(cardIssuer('8136901368135697'), undefined);
  assert.deepEqual(phoneCountry('966501234567'), { callingCode: '966', country: 'SA', phoneReset: 'global' });
  assert.deepEqual(phoneCountry('77011234567'), { callingCode: '7', country: 'KZ', phoneReset: 'ru' });
  assert.equal(phoneCountry('999'), undefined);
  assert.equal(asciiDigits('٣ ۴ १ ５'), '3 4 1 5');
});

test('input that is not text is treated as empty, never thrown on', () => {
  assert.deepEqual(classifyIdentifier(undefined), { kind: 'empty' });
  assert.deepEqual(classifyIdentifier(42), { kind: 'empty' });
});

test('a card result never carries the full number', () => {
  const result = classifyIdentifier('4111 1111 1111 1111');
  assert.equal(JSON.stringify(result).includes('4111111111111111'), false);
});

test('a tracking number hides only its own digits: a card after it or inside a link is still found', () => {
  assert.equal(classifyIdentifier('YT2312345678901234').kind, 'tracking-number');
  assert.equal(classifyIdentifier('my parcel YT2312345678901234, please').kind, 'tracking-number');
  assert.equal(classifyIdentifier('LP00123456789012 4111 1111 1111 1111').kind, 'card-number');
  assert.equal(classifyIdentifier('YT2312345678901234 4111111111111111').kind, 'card-number');
  assert.equal(classifyIdentifier('https://x.example/?c=4111111111111111').kind, 'card-number');
  // A letter that grows when upper-cased ("ß" → "SS") must not shift where the tracking number is.
  assert.equal(classifyIdentifier('ßßß YT2312345678901234').kind, 'tracking-number');
  assert.equal(classifyIdentifier('ßßß YT2312345678901234 4111111111111111').kind, 'card-number');
});

test('a Swedish bank account is named as one, an order number in groups is not', () => {
  for (const text of ['8327-9 123 456 789-0', '8327-9, 123 456 789-0', '3300, 850412 1234', '6000, 123 456 789']) assert.equal(classifyIdentifier(text).kind, 'bank-account', text);
  for (const text of ['8136-9013-6813-5697', '8136 9013 6813 5697', '070-123 45 67', '0327-9 123 456 789-0']) assert.notEqual(classifyIdentifier(text).kind, 'bank-account', text);
});
