// Kills the mutants that survived tests/unit/mutation-support-message.test.ts in compose.ts and region-name.ts (Stryker, 2026-12).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFields, composeMessage, countryIn, monthIn, monthOf, regionOf, type FieldId } from '../../src/islands/support-message/compose.ts';
import { regionName } from '../../src/utils/region-name.ts';
import { shortTexts } from './message-texts.ts';

const texts = shortTexts;

// A fixed "today": every month/year below is judged against December 2026.
const now = new Date(2026, 11, 6);

/** What the message does with one typed fact: the kept text, or the problem's name. */
function verdict(field: FieldId, value: string): string {
  const { clean, problems } = checkFields({ [field]: value }, now);
  if (problems.length) return `refused: ${problems[0]!.problem}`;
  return `kept: ${clean[field]}`;
}

function expectAll(cases: readonly (readonly [FieldId, string, string])[]) {
  for (const [field, value, expected] of cases) assert.equal(verdict(field, value), expected, `${field}: ${value}`);
}

test('in the payment field a past expiry date with its security code is still refused as card details, in every way it is written', () => {
  // 03/12 has passed: only the card-details rule can refuse these (the payment field allows dates of its own).
  expectAll([
    ['payment', '03/12 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 123', 'refused: cardDetails'],
    ['payment', '349 kr, 03/12 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 1234', 'refused: cardDetails'],
    ['payment', '349 kr 10/12 123', 'refused: cardDetails'],
    ['payment', '349 kr 03 / 12 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/ 12 123', 'refused: cardDetails'],
    ['payment', '349 kr 03 /12 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12, 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12,123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 cvc 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 cvc2 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 cvv2 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 CVV 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 cvc: 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 cvc:123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 cvc : 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 код 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 kod 1234', 'refused: cardDetails'],
  ]);
});

test('in the payment field an expiry date named as one is refused, even when it has passed', () => {
  expectAll([
    ['payment', '349 kr exp 03/12', 'refused: cardDetails'],
    ['payment', '349 kr exp. 03/12', 'refused: cardDetails'],
    ['payment', '349 kr exp: 03/12', 'refused: cardDetails'],
    ['payment', '349 kr expiry 03/12', 'refused: cardDetails'],
    ['payment', '349 kr expires 03/12', 'refused: cardDetails'],
    ['payment', '349 kr expiration 03/12', 'refused: cardDetails'],
    ['payment', '349 kr valid thru 10/12', 'refused: cardDetails'],
    ['payment', '349 kr giltig t.o.m. 03/12', 'refused: cardDetails'],
    ['payment', '349 kr utgångsdatum 03/12', 'refused: cardDetails'],
    ['payment', '349 ₽ срок действия 03/12', 'refused: cardDetails'],
    ['payment', '349 kr exp 03 / 12', 'refused: cardDetails'],
    ['payment', '349 kr exp 03/ 12', 'refused: cardDetails'],
    ['payment', '349 kr exp 03 /12', 'refused: cardDetails'],
  ]);
});

test('in the payment field a date, an amount or a month that is no expiry date is kept', () => {
  expectAll([
    ['payment', '349 kr 1/03/12 123', 'kept: 349 kr 1/03/12 123'],
    ['payment', '349 kr 103/12 123', 'kept: 349 kr 103/12 123'],
    ['payment', '349 kr 03/12/2020 123', 'kept: 349 kr 03/12/2020 123'],
    ['payment', '349 kr 03/123 123', 'kept: 349 kr 03/123 123'],
    ['payment', '349 kr 13/12 123', 'kept: 349 kr 13/12 123'],
    ['payment', '349 kr 00/12 123', 'kept: 349 kr 00/12 123'],
    ['payment', '349 kr 03/12 12', 'kept: 349 kr 03/12 12'],
    ['payment', '349 kr exp 03/1', 'kept: 349 kr exp 03/1'],
    ['payment', '349 kr exp 13/12', 'kept: 349 kr exp 13/12'],
    ['payment', '349 kr exp 3/12', 'kept: 349 kr exp 3/12'],
    ['payment', 'paid 14.03.2026, 349 kr', 'kept: paid 14.03.2026, 349 kr'],
  ]);
});

test('an expiry date with a security code is named as card details in the last-order field too, whether or not it has passed', () => {
  expectAll([
    ['lastOrder', 'March 2026, 03/12 123', 'refused: cardDetails'],
    ['lastOrder', 'March 2026, 03/12 cvc 123', 'refused: cardDetails'],
    ['lastOrder', 'March 2026, exp 03/12', 'refused: cardDetails'],
    ['lastOrder', 'March 2026, 03/12', 'kept: March 2026, 03/12'],
    ['lastOrder', 'March 2026, 03 / 12', 'kept: March 2026, 03 / 12'],
  ]);
});

test('a future month in the payment field is an expiry date, whichever way it is spaced', () => {
  expectAll([
    ['payment', '349 kr 05/27', 'refused: cardDetails'],
    ['payment', '349 kr 05 /27', 'refused: cardDetails'],
    ['payment', '349 kr 05/ 27', 'refused: cardDetails'],
    ['payment', '349 kr 05 / 2027', 'refused: cardDetails'],
    ['payment', '349 kr 05/26', 'kept: 349 kr 05/26'],
    ['lastOrder', 'order 05 /27', 'refused: cardDetails'],
    ['lastOrder', 'order 05/ 27', 'refused: cardDetails'],
    ['lastOrder', 'order 05/ 26', 'kept: order 05/ 26'],
  ]);
});

test('an expiry date anywhere in a free-text field is refused, spaced or not, but a longer date is not one', () => {
  expectAll([
    ['country', 'Sweden 05 /27', 'refused: cardDetails'],
    ['country', 'Sweden 05/ 27', 'refused: cardDetails'],
    ['country', 'Sweden 05/27 x', 'refused: cardDetails'],
    ['country', 'Sweden 05/27.', 'refused: cardDetails'],
    ['country', 'Sweden 05/27/2026', 'kept: Sweden 05/27/2026'],
    ['country', 'Sweden 05/271', 'kept: Sweden 05/271'],
  ]);
});

test('an expiry date and security code typed after an address in the email field are refused as card details', () => {
  expectAll([
    ['email', 'anna@example.com 03/12 123', 'refused: cardDetails'],
    ['email', 'anna@example.com', 'kept: anna@example.com'],
  ]);
});

test('a verification code stands alone: digits glued to letters or dates around it are no code', () => {
  expectAll([
    ['country', 'Sweden 12 34 56', 'refused: secret'],
    ['country', 'Sweden 12 34 56 x', 'refused: secret'],
    ['country', 'Sweden 12 34 56/', 'kept: Sweden 12 34 56/'],
    ['country', 'Sweden ab 34 56', 'kept: Sweden ab 34 56'],
    ['country', 'Sweden 12345', 'refused: secret'],
    ['country', 'Sweden 12345 x', 'refused: secret'],
    ['country', 'Sweden 12345-', 'kept: Sweden 12345-'],
    ['lastOrder', 'March 12345', 'refused: secret'],
    ['lastOrder', 'March 12345.', 'kept: March 12345.'],
  ]);
});

test('a word of letters and digits is taken for a password only when it stands alone and holds both', () => {
  expectAll([
    ['country', 'Sweden kalle123', 'refused: secret'],
    ['country', 'Sweden 123kalle', 'refused: secret'],
    ['country', 'Sweden a1b2c3', 'refused: secret'],
    ['country', 'Sweden ab12cd34', 'refused: secret'],
    ['country', 'Sweden k123', 'kept: Sweden k123'],
    ['country', 'Sweden kalle', 'kept: Sweden kalle'],
    ['country', 'Sweden 12 kalle', 'kept: Sweden 12 kalle'],
    ['country', 'Sweden-kalle1', 'refused: secret'],
    ['country', 'Sweden, see kalle123@mail.ru', 'kept: Sweden, see kalle123@mail.ru'],
    ['country', 'Sweden, x@kalle123.ru', 'kept: Sweden, x@kalle123.ru'],
    ['country', 'Sweden, anna1@mail.ru kalle', 'kept: Sweden, anna1@mail.ru kalle'],
    ['country', 'Sweden, anna@mail.ru kalle123', 'refused: secret'],
  ]);
});

test('the word "pass" or "password" is refused, but a word that only starts with "pass" is not', () => {
  expectAll([
    ['lastOrder', 'March, pass kalle', 'refused: secret'],
    ['lastOrder', 'March, password kalle', 'refused: secret'],
    ['lastOrder', 'March, passport', 'kept: March, passport'],
    ['lastOrder', 'March, pw kalle', 'refused: secret'],
  ]);
});

test('a phone number in a free-text field is sent to the phone field, with + or 00, but not 00 inside another number', () => {
  expectAll([
    ['country', 'Sweden +46 70 123 45 67', 'refused: phoneElsewhere'],
    ['country', 'Sweden 0046701234567', 'refused: phoneElsewhere'],
    ['country', 'Sweden 46 0070123456', 'refused: phoneElsewhere'],
    ['country', 'Sweden +46 70', 'kept: Sweden +46 70'],
    ['lastOrder', 'March, ref 100467012', 'refused: number'],
  ]);
});

test('a Swedish personal number is found with or without its century, but not inside a longer number', () => {
  expectAll([
    ['orderNumber', '850412-1230', 'refused: personalNumber'],
    ['orderNumber', '8136901368135697, 850412-1230', 'refused: personalNumber'],
    ['country', 'Sweden 850412-1230', 'refused: personalNumber'],
    ['country', 'Sweden 19850412-1230', 'refused: personalNumber'],
    ['country', 'Sweden 20050412-1230', 'refused: personalNumber'],
    ['country', 'Sweden 850412-1230 x', 'refused: personalNumber'],
    ['country', 'Sweden x850412-1230', 'refused: personalNumber'],
    ['country', 'Sweden x850412-1230 y', 'refused: personalNumber'],
    ['country', 'Sweden x19850412-1230 y', 'refused: personalNumber'],
    ['country', 'Sweden 1850412-1230', 'kept: Sweden 1850412-1230'],
  ]);
});

test('two order numbers are refused as two, even when one of them could be read as a card', () => {
  expectAll([
    ['orderNumber', '8136901368135697 and 4111 1111 1111 1111', 'refused: orderNumbers'],
    ['orderNumber', '3031265788145237, 3031265788145237', 'refused: orderNumbers'],
    ['orderNumber', '8136901368135697 or 3031265788145237', 'refused: orderNumbers'],
    // Only the order-number field speaks of order numbers; elsewhere they are long numbers.
    ['country', '8136901368135697, 3031265788145237', 'refused: number'],
    ['payment', '8136901368135697, 3031265788145237', 'refused: number'],
  ]);
});

test('two phone numbers are told apart by words and spaces around them, and an order number is long enough alone', () => {
  expectAll([
    ['phone', '+46 70 123 45 67 and +46 70 765 43 21', 'refused: phoneNumbers'],
    ['phone', '+46701234567 or +46707654321', 'refused: phoneNumbers'],
    ['phone', '+46701234567 +46707654321', 'refused: phoneNumbers'],
    ['phone', '+46701234567,+46707654321', 'refused: phoneNumbers'],
    ['phone', '+46 70 123 45 67', 'kept: +46701234567'],
    ['phone', '+4670123 4567', 'kept: +46701234567'],
    ['phone', '+46 7012345 67', 'kept: +46701234567'],
    ['orderNumber', '81234567890123', 'kept: 81234567890123'],
    ['orderNumber', '81234567890123, 81234567890123', 'refused: orderNumbers'],
    ['orderNumber', '8123456789012, 8123456789012', 'refused: orderNumber'],
  ]);
});

test('the last-four field takes four digits after stars or dashes, and only at the start', () => {
  expectAll([
    ['cardLast4', '**** 4444', 'kept: 4444'],
    ['cardLast4', '-- 4444', 'kept: 4444'],
    ['cardLast4', '•••• 4444', 'kept: 4444'],
    ['cardLast4', '4444', 'kept: 4444'],
    ['cardLast4', 'x**** 4444', 'kept: 4444'],
    ['cardLast4', 'Visa ****4444', 'kept: 4444'],
    ['cardLast4', '1**** 4444', 'refused: cardLast4'],
    ['cardLast4', '**** 44445', 'refused: cardLast4'],
    ['cardLast4', '**** 4444 5', 'refused: cardLast4'],
    ['cardLast4', '*4444*', 'refused: cardLast4'],
    ['cardLast4', '4276 38', 'refused: cardLast4'],
    ['cardLast4', '427638', 'refused: cardLast4'],
    ['cardLast4', '123', 'refused: cardLast4'],
    ['cardLast4', '12 3', 'refused: cardLast4'],
    ['cardLast4', 'x 427638', 'refused: cardLast4'],
    ['cardLast4', '123 456', 'refused: cardLast4'],
    ['cardLast4', '12 34 56', 'refused: cardLast4'],
    // A code named as one is a code, not a card's digits.
    ['cardLast4', 'code 123456', 'refused: secret'],
    ['cardLast4', 'kod: 4821', 'refused: secret'],
  ]);
});

test('three digits alone are a partial number in a number field, and a security code elsewhere', () => {
  expectAll([
    ['orderNumber', '123', 'refused: orderNumber'],
    ['cardLast4', '123', 'refused: cardLast4'],
    ['phone', '123', 'refused: phone'],
    ['country', '123', 'refused: secret'],
    ['payment', '123', 'refused: secret'],
    ['orderNumber', 'code 123', 'refused: secret'],
    ['phone', 'code 123', 'refused: secret'],
    ['orderNumber', '1234', 'refused: secret'],
  ]);
});

test('a password typed into any field is refused as a secret, in the number fields too', () => {
  expectAll([
    ['country', 'Swed3n', 'refused: secret'],
    ['country', 'passw0rd', 'refused: secret'],
    ['orderNumber', 'Swed3n!', 'refused: secret'],
    ['phone', 'Kalle#2024', 'refused: secret'],
    ['email', 'Kalle#2024', 'refused: secret'],
  ]);
});

test('the address reset emails come from, and a masked social sign-up address, are refused only in the email field', () => {
  expectAll([
    ['email', 'service@alibaba.com', 'refused: senderAddress'],
    ['email', 'j***n@aliexpress.ru', 'refused: socialAddress'],
    ['email', '*****@aliexpress.com', 'refused: socialAddress'],
    ['email', 'anna@aliexpress.com', 'kept: anna@aliexpress.com'],
    ['country', 'service@alibaba.com', 'kept: service@alibaba.com'],
    ['lastOrder', 'service@alibaba.com', 'kept: service@alibaba.com'],
    ['country', '*****@aliexpress.com', 'kept: *****@aliexpress.com'],
    ['payment', 'j***n@aliexpress.ru', 'kept: j***n@aliexpress.ru'],
    ['email', 'https://alibaba.com', 'refused: emailField'],
    ['email', 'alibaba.com', 'refused: emailField'],
  ]);
});

test('"or" between two addresses becomes a comma, even when the reader typed it across lines', () => {
  expectAll([
    ['email', 'anna@outlook.com or anna_s@yahoo.co.uk', 'kept: anna@outlook.com, anna_s@yahoo.co.uk'],
  ]);
  const { clean } = checkFields({ email: 'anna@outlook.com \t or \n anna_s@yahoo.co.uk' }, now);
  assert.equal(clean.email, 'anna@outlook.com, anna_s@yahoo.co.uk');
});

test('a card number is refused with its masked form, never with made-up text', () => {
  const { problems } = checkFields({ orderNumber: '4111 1111 1111 1111' }, now);
  assert.deepEqual(problems, [{ field: 'orderNumber', problem: 'card', masked: '411111 … 1111' }]);
});

test('the last-order and payment fields’ months are put in the message’s language, and no other field’s', () => {
  assert.equal(composeMessage({ fields: { lastOrder: 'i maj 2025' } }, texts, 'en'), 'Hello.\nLast order: May 2025\nThanks.');
  assert.equal(composeMessage({ fields: { lastOrder: 'в марте' } }, texts, 'sv'), 'Hello.\nLast order: mars\nThanks.');
  assert.equal(composeMessage({ fields: { payment: 'i maj 2025', orderNumber: 'mars', email: 'May' } }, texts, 'en'), 'Hello.\nOrder: mars\nPayment: May 2025\nEmail: May\nThanks.');
  assert.equal(composeMessage({ fields: { phone: 'i maj', cardLast4: 'mars' } }, texts, 'ru'), 'Hello.\nCard ends mars\nPhone: i maj\nThanks.');
});

test('a payment’s currency, way to pay and little words are put in another language’s message; other words keep the value as typed', () => {
  assert.equal(monthIn('1299 руб 14 марта', 'en'), '1299 RUB 14 March');
  assert.equal(monthIn('1299 р., 14 марта 2026 г.', 'en'), '1299 RUB, 14 March 2026');
  assert.equal(monthIn('ЮMoney 850 рублей', 'en'), 'YooMoney 850 RUB');
  assert.equal(monthIn('СБП 5000 тг', 'en'), 'SBP 5000 KZT');
  assert.equal(monthIn('349 kr den 3 mars', 'en'), '349 kr 3 March');
  // In the reader's own language nothing changes, and "kr" stays "kr" everywhere.
  assert.equal(monthIn('1299 руб 14 марта', 'ru'), '1299 руб 14 марта');
  assert.equal(monthIn('349 kr den 3 mars', 'sv'), '349 kr den 3 mars');
  assert.equal(monthIn('349 kr', 'ru'), '349 kr');
  // A word the site does not know keeps the whole value as typed.
  assert.equal(monthIn('1299 руб на прошлой неделе', 'en'), '1299 руб на прошлой неделе');
  assert.equal(monthIn('349 kr förra veckan', 'en'), '349 kr förra veckan');
  assert.equal(composeMessage({ fields: { payment: 'ЮMoney 850 р. 3 марта' } }, texts, 'en'), 'Hello.\nPayment: YooMoney 850 RUB 3 March\nThanks.');
});

test('a Swedish personnummer is refused in any field, with its hyphen, a space or its century; a phone number in groups is not one', () => {
  for (const value of ['850315-1234', '850315 1234', '198503151234', 'Sverige 850315 1234', '19850315 1234']) {
    assert.deepEqual(checkFields({ country: value }).problems, [{ field: 'country', problem: 'personalNumber' }], value);
  }
  assert.deepEqual(checkFields({ phone: '198503151234' }).problems, [{ field: 'phone', problem: 'personalNumber' }]);
  for (const value of ['+46 70 123 45 67', '+46 701234 5678', '+46701234567']) assert.deepEqual(checkFields({ phone: value }).problems, [], value);
  // A month that does not exist is no date, so no personnummer.
  assert.notDeepEqual(checkFields({ country: 'Sverige 851315 1234' }).problems, [{ field: 'country', problem: 'personalNumber' }]);
});

test('a month is known by its full name, its short name with or without the dot, and is listed once per language', () => {
  assert.deepEqual(monthOf('январь'), { month: 1, langs: ['ru'] });
  assert.deepEqual(monthOf('Март'), { month: 3, langs: ['ru'] });
  assert.deepEqual(monthOf('сент'), { month: 9, langs: ['ru'] });
  assert.deepEqual(monthOf('March'), { month: 3, langs: ['en'] });
  assert.deepEqual(monthOf('mars'), { month: 3, langs: ['sv'] });
  assert.deepEqual(monthOf('dec'), { month: 12, langs: ['en', 'sv'] });
  assert.deepEqual(monthOf('maj'), { month: 5, langs: ['sv'] });
  assert.equal(monthIn('15 янв 2026', 'en'), '15 January 2026');
  assert.equal(monthIn('январь 2026', 'sv'), 'januari 2026');
});

test('the little word before a month goes with it only when it is a word of its own, however it is spaced', () => {
  assert.equal(monthIn('i  mars', 'en'), 'March');
  assert.equal(monthIn('in  May', 'sv'), 'maj');
  assert.equal(monthIn('3,i mars', 'en'), '3,March');
  assert.equal(monthIn('2025 i mars', 'en'), '2025 March');
});

test('a value with words besides its dates, amounts and currencies stays as typed: half a sentence in English would read worse', () => {
  for (const value of ['349,50 kr den 3 mars förra året', 'i mars förra året', 'ca 500 kronor i januari', '2340 руб, примерно 12 марта', 'Paris i mars', 'xi mars', 'ini mars']) {
    assert.equal(monthIn(value, 'en'), value);
  }
  assert.equal(monthIn('3 mars 2025', 'en'), '3 March 2025');
  assert.equal(monthIn('12 марта 2026, 14.03', 'en'), '12 March 2026, 14.03');
  assert.equal(monthIn('mars–maj 2025', 'en'), 'March–May 2025');
});

test('a country is found whether or not the reader writes ё, and the Russian names keep theirs', () => {
  assert.equal(regionName('UN', 'ru'), 'Организация Объединённых Наций');
  assert.equal(regionName('UN', 'en'), 'United Nations');
  assert.equal(regionName('UN', 'sv'), 'Förenta Nationerna');
  assert.equal(regionOf('Организация Объединенных Наций'), 'UN');
  assert.equal(regionOf('организация объединённых наций'), 'UN');
  assert.equal(countryIn('Организация Объединенных Наций, x', 'en'), 'United Nations, x');
  assert.equal(countryIn('United Nations', 'ru'), 'Организация Объединённых Наций');
});

test('a security code named "kod" after an expiry date is a card detail however the colon and spaces fall, not just a code', () => {
  expectAll([
    ['payment', '349 kr 03/12 kod: 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 kod:123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 kod : 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 код:123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 kod 123 kr', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 , kod 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 cvv2: 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 cvv2 : 123', 'refused: cardDetails'],
    ['payment', '349 kr 03/12 cvv2 123 kr', 'refused: cardDetails'],
    ['payment', '349 kr 03/12x 123', 'kept: 349 kr 03/12x 123'],
  ]);
});

test('an expiry date is named as one even when a long word joins the name to the date', () => {
  expectAll([['payment', '349 kr utgångsdatumet_för_kortet:03/12', 'refused: cardDetails']]);
});

test('a card’s expiry date on its own is refused in the payment field even once it has passed', () => {
  expectAll([
    ['payment', '03/12', 'refused: cardDetails'],
    ['payment', '12/12', 'refused: cardDetails'],
  ]);
});

test('card details after an address in the email field are refused, where no address rule could keep them', () => {
  expectAll([
    ['email', 'anna@example.com, exp.03/12', 'refused: cardDetails'],
    ['email', 'anna@example.com, 03/12', 'refused: cardDetails'],
  ]);
});

test('the word "cvc" without a code is no card detail, and a PIN is a secret even in a number field', () => {
  expectAll([
    ['country', 'Sweden cvc', 'kept: Sweden cvc'],
    ['orderNumber', 'PIN 123', 'refused: secret'],
    ['cardLast4', 'PIN 123 x', 'refused: secret'],
  ]);
});

test('digits and letters apart are no password, and an address is cut out whole before the password check', () => {
  expectAll([
    ['country', 'Sweden 123456- kalle', 'kept: Sweden 123456- kalle'],
    ['country', 'Sweden, anna@mail.com1234', 'kept: Sweden, anna@mail.com1234'],
  ]);
});

test('two order numbers written in groups are parted by the word between them', () => {
  expectAll([
    ['orderNumber', '8136 9013 6813 5697 and 3031 2657 8814 5237', 'refused: orderNumbers'],
    ['orderNumber', '8136 9013 6813 5697 or 3031 2657 8814 5237', 'refused: orderNumbers'],
  ]);
});

test('in the order-number field a card network’s 13–19 digits are refused as a possible card, however they are spaced', () => {
  expectAll([
    ['orderNumber', '4111 - 1111 - 1111 - 1113', 'refused: maybeCard'],
    ['orderNumber', '4111 - 1111 - 1111 - 1113 - 111', 'refused: maybeCard'],
    // Twenty digits are too many for a card, and a letter makes it no number at all.
    ['orderNumber', '4111 - 1111 - 1111 - 1113 - 1111', 'refused: orderNumber'],
    ['orderNumber', '4111 - 1111 - 1111 - 1113 x', 'refused: orderNumber'],
  ]);
});

test('a Swedish personal number written without its dash, or with a space, is refused as one', () => {
  expectAll([
    ['country', '8504121230', 'refused: personalNumber'],
    ['country', '850412 1230', 'refused: personalNumber'],
    ['payment', '198504121230', 'refused: personalNumber'],
  ]);
});

test('a code or PIN after some digits is a secret, never judged as a partial number or a card’s last four', () => {
  expectAll([
    ['orderNumber', '123, PIN 4567', 'refused: secret'],
    ['cardLast4', '4444 kod 123456', 'refused: secret'],
  ]);
});
