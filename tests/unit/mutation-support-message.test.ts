// The support message composer: which typed facts reach the chat, in what shape, and how the message reads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFields, composeMessage, countryIn, isSituation, MAX_FIELD, monthIn, monthOf, regionOf, type FieldId, type MessageTexts } from '../../src/islands/support-message/compose.ts';
import { shortTexts } from './message-texts.ts';

// The last-4 line names its value twice, so a value filled in only once shows.
const texts: MessageTexts = { ...shortTexts, fields: { ...shortTexts.fields, cardLast4: 'Card ends {{value}} ({{value}})' } };

// [field, what the reader typed, what the message keeps (or why it is refused)]
const fields: [FieldId, string, { kept: string } | { refused: string; masked?: string }][] = [
  ['orderNumber', '8136-9013.6813 5697', { kept: '8136901368135697' }],
  ['orderNumber', '123456', { refused: 'secret' }],
  ['orderNumber', '1234', { refused: 'secret' }],
  ['orderNumber', '123', { refused: 'orderNumber' }],
  ['orderNumber', '81234567890123', { kept: '81234567890123' }],
  ['orderNumber', '8123456789012', { refused: 'orderNumber' }],
  ['orderNumber', '1'.repeat(20), { refused: 'orderNumber' }],
  ['orderNumber', 'order 8136901368135697', { kept: '8136901368135697' }],
  ['orderNumber', 'Заказ № 8136901368135697', { kept: '8136901368135697' }],
  ['orderNumber', 'order 8136901368135697 x', { refused: 'orderNumber' }],
  ['orderNumber', '5555 5555 5555 4444', { refused: 'card', masked: '555555 … 4444' }],
  ['cardLast4', ' 4444 ', { kept: '4444' }],
  ['cardLast4', '44444', { refused: 'cardLast4' }],
  ['cardLast4', 'x4444', { kept: '4444' }],
  ['cardLast4', 'МИР •• 4444', { kept: '4444' }],
  ['cardLast4', 'y4444', { refused: 'cardLast4' }],
  ['cardLast4', '4111111111111111', { refused: 'card', masked: '411111 … 1111' }],
  ['lastOrder', 'around   March\n 2026', { kept: 'around March 2026' }],
  ['lastOrder', '2026-03-15', { kept: '2026-03-15' }],
  ['lastOrder', '1234', { kept: '1234' }],
  ['lastOrder', 'code 12345', { refused: 'secret' }],
  ['lastOrder', 'code 12345 from the SMS', { refused: 'secret' }],
  ['lastOrder', '12345678@mail.ru', { refused: 'secret' }],
  ['lastOrder', 'account 123456789 12', { refused: 'bankAccount' }],
  ['lastOrder', 'code 12345678', { refused: 'secret' }],
  ['lastOrder', 'code 123456789', { refused: 'number' }],
  ['lastOrder', '1234 5678 9012', { kept: '1234 5678 9012' }],
  ['lastOrder', '1234 5678 9012 3', { refused: 'number' }],
  ['lastOrder', 'order 15.03.2026, code 4821/93', { refused: 'secret' }],
  ['lastOrder', 'order 15.03.2026, at 14/93', { kept: 'order 15.03.2026, at 14/93' }],
  ['email', 'anna@example.com', { kept: 'anna@example.com' }],
  ['email', '4111111111111111@mail.ru', { refused: 'card', masked: '411111 … 1111' }],
  ['email', '4111111111111112@mail.ru', { refused: 'card', masked: '411111 … 1112' }],
  ['email', 'us1171071063ckvl', { kept: 'us1171071063ckvl' }],
  ['email', '411111111111@mail.ru', { kept: '411111111111@mail.ru' }],
  ['email', '79927398713@mail.ru', { kept: '79927398713@mail.ru' }],
  ['email', '9000000000001@mail.ru', { refused: 'card', masked: '900000 … 0001' }],
  ['email', 'ivan.4111111111111111@mail.ru', { refused: 'card', masked: '411111 … 1111' }],
  ['email', 'call 12345678 anna@mail.ru', { refused: 'secret' }],
  ['email', 'anna@example.com code 12345678', { refused: 'secret' }],
  ['email', 'not an address 12345', { refused: 'secret' }],
  ['email', 'anna@example', { refused: 'emailField' }],
  ['email', 'anna@outlook.com or anna_s@yahoo.co.uk', { kept: 'anna@outlook.com, anna_s@yahoo.co.uk' }],
  ['email', 'ivan@mail.ru или us1171071063ckvl', { kept: 'ivan@mail.ru, us1171071063ckvl' }],
  ['email', 'anna@outlook.com eller anna_s@yahoo.co.uk', { kept: 'anna@outlook.com, anna_s@yahoo.co.uk' }],
  ['email', 'anna@outlook.comorbit@x.se', { refused: 'emailField' }],
  ['email', 'ivan@mail.ru / от почты: солнышко', { refused: 'emailField' }],
  ['lastOrder', '08/27 123', { refused: 'cardDetails' }],
  ['lastOrder', 'utgångsdatum 08/27', { refused: 'cardDetails' }],
  ['lastOrder', '03/26', { kept: '03/26' }],
  ['country', 'Sweden pw: hemligt', { refused: 'secret' }],
  ['lastOrder', 'koden var fyra åtta två nio ett tre', { refused: 'secret' }],
  ['lastOrder', 'PIN 1234', { refused: 'secret' }],
  ['country', 'Sverige', { kept: 'Sverige' }],
  ['country', 'Sverige 4111-1111-1111-1111', { refused: 'card', masked: '411111 … 1111' }],
  ['country', '(4111) 1111 1111 1111', { refused: 'card', masked: '411111 … 1111' }],
  ['country', '4111-.1111-.1111-.1111', { refused: 'card', masked: '411111 … 1111' }],
  ['country', 'card 4111 1111 1111 1111 valid to 12/27', { refused: 'card', masked: '411111 … 1111' }],
];
for (const [field, typed, outcome] of fields) {
  const name = 'kept' in outcome ? `kept as “${outcome.kept}”` : `refused (${outcome.refused})`;
  test(`${field} typed as “${typed.replace(/\n/g, '⏎')}” is ${name}`, () => {
    const { clean, problems } = checkFields({ [field]: typed });
    if ('kept' in outcome) {
      assert.deepEqual(clean, { [field]: outcome.kept });
      assert.deepEqual(problems, []);
    } else {
      assert.deepEqual(clean, {});
      assert.deepEqual(problems, [{ field, problem: outcome.refused, ...(outcome.masked ? { masked: outcome.masked } : {}) }]);
    }
  });
}

test('empty and blank fields are left out without a word', () => {
  assert.deepEqual(checkFields({ orderNumber: '', country: '   ', email: undefined }), { clean: {}, problems: [] });
});

test('text longer than 200 characters is refused whole, never cut, and a card inside it is still named as a card', () => {
  assert.equal(MAX_FIELD, 200);
  assert.deepEqual(checkFields({ country: 'S'.repeat(200) }).clean, { country: 'S'.repeat(200) });
  assert.deepEqual(checkFields({ country: `${'Sverige '.repeat(30)}` }), { clean: {}, problems: [{ field: 'country', problem: 'tooLong' }] });
  assert.deepEqual(checkFields({ country: `${'Sverige '.repeat(30)}4111 1111 1111 1111` }).problems.map((p) => p.problem), ['card']);
});

test('every field is checked, and problems come in the order the form lists the fields', () => {
  const { clean, problems } = checkFields({ country: '4111111111111111', email: 'anna@example.com', lastOrder: 'code 123456', cardLast4: '12', orderNumber: 'abc' });
  assert.deepEqual(clean, { email: 'anna@example.com' });
  assert.deepEqual(problems.map((p) => `${p.field}:${p.problem}`), ['orderNumber:orderNumber', 'cardLast4:cardLast4', 'lastOrder:secret', 'country:card']);
});

test('the message lists the facts in the form’s order, every {{value}} filled, whatever order they were given in', () => {
  const message = composeMessage({ fields: { country: 'Sweden', cardLast4: '4444', orderNumber: '8136901368135697' } }, texts, 'en');
  assert.equal(message, ['Hello.', 'Order: 8136901368135697', 'Card ends 4444 (4444)', 'Country: Sweden', 'Thanks.'].join('\n'));
});

test('what was tried is listed the way the language joins a list; English the British way, without a serial comma', () => {
  const tried = ['email-reset', 'phone-reset', 'order-lookup'] as const;
  assert.equal(composeMessage({ tried }, texts, 'en'), 'Hello.\nI tried the email reset, the phone reset and the order lookup.\nThanks.');
  assert.equal(composeMessage({ tried }, texts, 'sv'), 'Hello.\nI tried the email reset, the phone reset och the order lookup.\nThanks.');
  assert.equal(composeMessage({ tried: ['social-login'] }, texts, 'ru'), 'Hello.\nI tried the social sign-in.\nThanks.');
});

test('a situation or route the texts do not know is left out, never printed as “undefined”', () => {
  const input = { situation: 'toString', tried: ['constructor', 'email-reset', 'nope'], fields: {} } as unknown as Parameters<typeof composeMessage>[0];
  assert.equal(composeMessage(input, texts, 'en'), 'Hello.\nI tried the email reset.\nThanks.');
  assert.equal(composeMessage({ situation: 'hacked', tried: [] }, texts, 'en'), 'Hello.\nSomeone got in.\nThanks.');
});

const situations: [value: unknown, known: boolean][] = [
  ['hacked', true],
  ['unusual-activity', true],
  ['Hacked', false],
  ['toString', false],
  ['', false],
  [undefined, false],
  [['hacked'], false],
];
for (const [value, known] of situations) {
  test(`${JSON.stringify(value) ?? 'undefined'} is ${known ? '' : 'not '}a situation the message can name`, () => {
    assert.equal(isSituation(value), known);
  });
}

test('a month in the last-order field is kept when it has passed, and refused as a card’s expiry date when it has not', () => {
  const now = new Date(2026, 11, 6);
  assert.deepEqual(checkFields({ lastOrder: '03/26' }, now), { clean: { lastOrder: '03/26' }, problems: [] });
  assert.deepEqual(checkFields({ lastOrder: '12/26' }, now), { clean: { lastOrder: '12/26' }, problems: [] });
  assert.deepEqual(checkFields({ lastOrder: '01/27' }, now).problems, [{ field: 'lastOrder', problem: 'cardDetails' }]);
  assert.deepEqual(checkFields({ lastOrder: '12/2027' }, now).problems, [{ field: 'lastOrder', problem: 'cardDetails' }]);
  assert.deepEqual(checkFields({ lastOrder: '11/2026' }, now).clean, { lastOrder: '11/2026' });
  // In any other field an expiry date is refused whatever its month.
  assert.deepEqual(checkFields({ country: '03/26' }, now).problems, [{ field: 'country', problem: 'cardDetails' }]);
});

test('an IBAN is refused as a bank account number, never kept or read as a card', () => {
  assert.deepEqual(checkFields({ country: 'SE45 5000 0000 0583 9825 7466' }).problems, [{ field: 'country', problem: 'bankAccount' }]);
  assert.deepEqual(checkFields({ email: 'DE89370400440532013000' }).problems, [{ field: 'email', problem: 'bankAccount' }]);
});

test('a number dialled at home is asked for with its country code, never turned into a Russian one', () => {
  assert.deepEqual(checkFields({ phone: '8 (029) 123-45-67' }).problems, [{ field: 'phone', problem: 'phone' }]);
  assert.deepEqual(checkFields({ phone: '070-123 45 67' }).problems, [{ field: 'phone', problem: 'phone' }]);
  assert.deepEqual(checkFields({ phone: '8 916 123 45 67' }).clean, { phone: '+79161234567' });
  assert.deepEqual(checkFields({ phone: '123' }).problems, [{ field: 'phone', problem: 'phone' }]);
  assert.deepEqual(checkFields({ cardLast4: '123' }).problems, [{ field: 'cardLast4', problem: 'cardLast4' }]);
  assert.deepEqual(checkFields({ country: 'CVC 123' }).problems, [{ field: 'country', problem: 'cardDetails' }]);
});

test('the country is named in each message’s language, whichever language the reader typed it in', () => {
  assert.equal(countryIn('Россия, aliexpress.ru', 'en'), 'Russia, aliexpress.ru');
  assert.equal(countryIn('Sverige, aliexpress.com', 'ru'), 'Швеция, aliexpress.com');
  assert.equal(countryIn(' sweden ', 'sv'), 'Sverige');
  assert.equal(countryIn('Беларусь', 'en'), 'Belarus');
  assert.equal(countryIn('Narnia, aliexpress.com', 'en'), 'Narnia, aliexpress.com');
  assert.equal(regionOf('KAZAKHSTAN'), 'KZ');
  assert.equal(regionOf('aliexpress.com'), undefined);
  const en = composeMessage({ fields: { country: 'Россия, aliexpress.ru' } }, texts, 'en');
  assert.match(en, /Russia, aliexpress\.ru/);
  assert.doesNotMatch(en, /Россия/);
});

test('the payment field keeps an amount written in groups and a date, and still refuses a code, a card or a security code', () => {
  for (const payment of ['12 345 ₽, 14.03.2026', '£24.99, 14 March 2026', '349 kr, 2026-03-14', '1299 руб 3 марта']) {
    assert.deepEqual(checkFields({ payment }), { clean: { payment }, problems: [] }, payment);
  }
  for (const [payment, problem] of [['482913', 'secret'], ['kod 482913', 'secret'], ['CVC 123', 'cardDetails'], ['PIN 1234', 'secret'], ['4111111111111111', 'card'], ['349 kr 12/27 123', 'cardDetails']] as const) {
    assert.equal(checkFields({ payment }).problems[0]?.problem, problem, payment);
  }
  // Elsewhere the same groups of digits are refused as a code.
  assert.deepEqual(checkFields({ lastOrder: '12 345' }).problems, [{ field: 'lastOrder', problem: 'secret' }]);
  assert.match(composeMessage({ fields: { payment: '349 kr, 2026-03-14', cardLast4: '4444' } }, texts, 'en'), /Card ends 4444 \(4444\)\nPayment: 349 kr, 2026-03-14/);
});

test('only the country field is renamed per language, and three digits are a partial number only in a number field', () => {
  assert.match(composeMessage({ fields: { payment: 'Sverige', lastOrder: 'Sverige' } }, texts, 'en'), /Payment: Sverige\nLast order: Sverige/);
  assert.deepEqual(checkFields({ orderNumber: '123' }).problems, [{ field: 'orderNumber', problem: 'orderNumber' }]);
  assert.deepEqual(checkFields({ country: '123' }).problems, [{ field: 'country', problem: 'secret' }]);
  assert.deepEqual(checkFields({ country: '1234' }).clean, { country: '1234' });
  assert.deepEqual(checkFields({ orderNumber: 'CVC 123' }).problems, [{ field: 'orderNumber', problem: 'cardDetails' }]);
  assert.deepEqual(checkFields({ country: 'Sweden, anna_s@yahoo.co.uk' }).clean, { country: 'Sweden, anna_s@yahoo.co.uk' });
  assert.deepEqual(checkFields({ country: 'Sweden, kalle123' }).problems, [{ field: 'country', problem: 'secret' }]);
  assert.deepEqual(checkFields({ country: 'Sweden, 12 34 56' }).problems, [{ field: 'country', problem: 'secret' }]);
  assert.deepEqual(checkFields({ payment: '12 34 56' }).problems, [{ field: 'payment', problem: 'secret' }]);
  assert.deepEqual(checkFields({ email: 'anna@outlook.com / anna_s@yahoo.co.uk' }).clean, { email: 'anna@outlook.com / anna_s@yahoo.co.uk' });
  assert.deepEqual(checkFields({ email: 'anna@outlook.com,anna_s@yahoo.co.uk' }).clean, { email: 'anna@outlook.com,anna_s@yahoo.co.uk' });
  assert.deepEqual(checkFields({ email: 'anna@outlook.comor anna_s@yahoo.co.uk' }).problems, [{ field: 'email', problem: 'emailField' }]);
  assert.deepEqual(checkFields({ country: 'exp. 08/27' }).problems, [{ field: 'country', problem: 'cardDetails' }]);
  assert.deepEqual(checkFields({ country: 'valid thru 13/27' }).clean, { country: 'valid thru 13/27' });
  assert.deepEqual(checkFields({ payment: '300 kr 08/27 1234' }).problems, [{ field: 'payment', problem: 'cardDetails' }]);
  assert.deepEqual(checkFields({ payment: '300 kr 13/27 123' }).clean, { payment: '300 kr 13/27 123' });
});

test('Russian country names keep their ё, and the United States are США', async () => {
  const { regionName } = await import('../../src/utils/region-name.ts');
  assert.equal(regionName('US', 'ru'), 'США');
  assert.equal(regionName('US', 'en'), 'United States');
  assert.equal(regionName('AE', 'sv'), 'Förenade Arabemiraten');
  assert.equal(regionName('GB', 'ru'), 'Великобритания');
  assert.equal(regionName('XX', 'ru'), undefined);
  assert.equal(countryIn('США, aliexpress.com', 'en'), 'United States, aliexpress.com');
});

test('a card with hidden digits is told apart from a plain last four, written with spaces, dashes, dots or x', () => {
  for (const value of ['5555 55** **** 4444', '5555-55**-****-4444', '555555******4444', '5555 55•• •••• 4444', '5555 55xx xxxx 4444', 'kort 5555 55XX XXXX 4444 tack']) {
    assert.deepEqual(checkFields({ country: value }).problems, [{ field: 'country', problem: 'maskedCard' }], value);
  }
  for (const value of ['**** 4444', '55** **** 4444', '5555 5*** **** 4444']) assert.notEqual(checkFields({ country: value }).problems[0]?.problem, 'maskedCard', value);
});

test('two numbers are told apart by a comma, a slash, a word or a new "+", never by the spaces inside one number', () => {
  for (const value of ['8136901368135697, 3031265788145237', '8136901368135697;3031265788145237', '8136901368135697 / 3031265788145237', '8136901368135697 and 3031265788145237', '8136901368135697 och 3031265788145237', '8136901368135697 или 3031265788145237', '8136901368135697 eller 3031265788145237', '8136901368135697 и 3031265788145237', '8136901368135697 or 3031265788145237', '8136901368135697 3031265788145237']) {
    assert.deepEqual(checkFields({ orderNumber: value }).problems, [{ field: 'orderNumber', problem: 'orderNumbers' }], value);
  }
  for (const value of ['+44 7700 900123 +33 6 12 34 56 78', '+44 7700 900123, +33 6 12 34 56 78', '+46 70 123 45 67 eller +46 70 765 43 21']) {
    assert.deepEqual(checkFields({ phone: value }).problems, [{ field: 'phone', problem: 'phoneNumbers' }], value);
  }
  assert.deepEqual(checkFields({ orderNumber: '8136 9013 6813 5697' }).clean, { orderNumber: '8136901368135697' });
  assert.deepEqual(checkFields({ phone: '+46 70 123 45 67' }).clean, { phone: '+46701234567' });
  assert.deepEqual(checkFields({ orderNumber: '8136901368135697, 1234' }).problems, [{ field: 'orderNumber', problem: 'orderNumber' }]);
});

test('a month counts as an expiry date only once it lies ahead, whether the year has two digits or four', () => {
  const now = new Date(2026, 11, 6);
  for (const [lastOrder, kept] of [['12/26', true], ['12/2026', true], ['11/26', true], ['01/27', false], ['1/27', true], ['12/2027', false], ['13/27', true], ['March 2026, 05/26', true], ['March 2026, 05/27', false]] as const) {
    const { problems } = checkFields({ lastOrder }, now);
    assert.equal(problems.length === 0, kept, lastOrder);
  }
  assert.deepEqual(checkFields({ payment: '349 kr 03/12 cvc 123' }, now).problems, [{ field: 'payment', problem: 'cardDetails' }]);
  assert.deepEqual(checkFields({ payment: '349 kr 14.03.2026' }, now).clean, { payment: '349 kr 14.03.2026' });
});

test('a security code after an expiry date is a card detail, with or without its name', () => {
  for (const country of ['08/27 cvc 123', '08/27 CVV2: 123', '08/27 код 123', '08/27, 123', '08 / 27 1234', '08/27 kod 123']) {
    assert.deepEqual(checkFields({ country }).problems, [{ field: 'country', problem: 'cardDetails' }], country);
  }
  assert.deepEqual(checkFields({ country: 'card 08/27' }).problems, [{ field: 'country', problem: 'cardDetails' }]);
});

test('a Swedish personal number is refused with or without its century, and a date or a longer number is not one', () => {
  for (const country of ['850412-1230', '19850412+1230', 'Sverige 198504121230'.replace('198504121230', '19850412-1230')]) {
    assert.deepEqual(checkFields({ country }).problems, [{ field: 'country', problem: 'personalNumber' }], country);
  }
  for (const country of ['2026-03-14', 'Sweden 1234567-1234', 'Sweden 12345-1234']) assert.notEqual(checkFields({ country }).problems[0]?.problem, 'personalNumber', country);
});

test('month names move into the message’s language only when they are another language’s, prepositions with them', () => {
  assert.equal(monthIn('i maj 2025', 'en'), 'May 2025');
  assert.equal(monthIn('May 2026', 'sv'), 'maj 2026');
  assert.equal(monthIn('в мае 2026', 'en'), 'May 2026');
  assert.equal(monthIn('в мае 2026', 'ru'), 'в мае 2026');
  assert.equal(monthIn('in June', 'sv'), 'juni');
  assert.equal(monthIn('во вторник', 'en'), 'во вторник');
  assert.equal(monthIn('i går', 'en'), 'i går');
  assert.equal(monthIn('dec 2025', 'ru'), 'декабрь 2025');
  assert.equal(monthIn('Marseille', 'en'), 'Marseille');
  assert.deepEqual(monthOf('Марта'), { month: 3, langs: ['ru'] });
  assert.equal(monthOf('mars')?.month, 3);
  assert.equal(monthOf('xyz'), undefined);
  assert.equal(countryIn('Sverige , aliexpress.com', 'en'), 'Sweden, aliexpress.com');
  assert.equal(countryIn('sverige', 'ru'), 'Швеция');
});
