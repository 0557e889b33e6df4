import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import { classifyIdentifier, luhnValid } from '../../src/islands/id-check/classify.ts';
import { checkFields, composeMessage, fieldIds, situationIds, triedIds, type FieldId, type MessageTexts } from '../../src/islands/support-message/compose.ts';

// The English words straight from the locale file, shaped as the build shapes them.
const texts: MessageTexts = {
  greeting: en.supportMessage.lines.greeting,
  closing: en.supportMessage.lines.closing,
  tried: en.supportMessage.lines.tried,
  situations: Object.fromEntries(situationIds.map((id) => [id, en.supportMessage.situations[id].sentence])) as MessageTexts['situations'],
  triedItems: Object.fromEntries(triedIds.map((id) => [id, en.supportMessage.tried[id].sentence])) as MessageTexts['triedItems'],
  fields: Object.fromEntries(fieldIds.map((id) => [id, en.supportMessage.fields[id].line])) as MessageTexts['fields'],
  phoneGone: en.supportMessage.phoneGone.line,
  phoneGoneAfter: en.supportMessage.phoneGone.after,
  inboxOther: en.supportMessage.inboxOther.line,
  inboxOtherAfter: en.supportMessage.inboxOther.after,
};

test('the message says what happened, what was tried and what the reader still has, in that order', () => {
  const message = composeMessage(
    { situation: 'hacked', tried: ['email-reset', 'order-lookup'], fields: { orderNumber: '8136901368135697', cardLast4: '4444', country: 'Sweden, aliexpress.com' } },
    texts,
    'en',
  );
  const lines = message.split('\n');
  assert.equal(lines[0], texts.greeting);
  assert.equal(lines[1], texts.situations.hacked);
  assert.equal(lines[2], texts.tried.replace('{{list}}', `${texts.triedItems['email-reset']} and ${texts.triedItems['order-lookup']}`));
  assert.ok(lines.some((l) => l.includes('8136901368135697')));
  assert.ok(lines.some((l) => l.endsWith('4444')));
  assert.equal(lines.at(-1), texts.closing);
});

test('with nothing filled in, the message is the greeting and the closing', () => {
  assert.equal(composeMessage({}, texts, 'en'), `${texts.greeting}\n${texts.closing}`);
});

const cases: [FieldId, string, string | undefined][] = [
  ['orderNumber', ' 8136 9013 6813 5697 ', undefined],
  ['orderNumber', '4111 1111 1111 1111', 'card'],
  ['orderNumber', 'RB123456785GB', 'trackingNumber'],
  ['orderNumber', 'LP00123456789012', 'trackingNumber'],
  ['orderNumber', '8136901368135697A', 'orderNumber'],
  ['lastOrder', 'SE45 5000 0000 0583 9825 7466', 'bankAccount'],
  ['payment', '349 kr, clearing 8327-9, konto 123 456 789-0', 'bankAccount'],
  ['country', 'Россия, счёт 4081 7810 0999', 'bankAccount'],
  ['payment', 'account 12345678, £20 on 3 May', 'bankAccount'],
  ['payment', '349 kr, 3 mars, Klarna-konto', undefined],
  ['orderNumber', '3300-850312-1231', 'bankAccount'],
  ['orderNumber', '33008112289874', 'bankAccount'],
  ['orderNumber', '№8136901368135697', undefined],
  ['orderNumber', 'Заказ №8136901368135697', undefined],
  ['cardLast4', '4444', undefined],
  ['cardLast4', '444', 'cardLast4'],
  ['cardLast4', '5555-5555-5555-4444', 'card'],
  ['cardLast4', '4111111111111111', 'card'],
  ['cardLast4', '12345', 'cardLast4'],
  ['cardLast4', '4444 5555', 'cardLast4'],
  ['orderNumber', 'card 5555 5555 5555 4444', 'card'],
  ['lastOrder', 'Qwerty123!', 'secret'],
  ['lastOrder', 'password: Sommar2026', 'secret'],
  ['country', 'Hunter2hunter', 'secret'],
  ['country', 'hunter2hunter', 'secret'],
  ['country', 'Sweden, aliexpress.com', undefined],
  ['lastOrder', 'mars, mitt lösen är kalle123', 'secret'],
  ['email', '12 34 56', 'secret'],
  ['country', 'Sweden, aliexpress.com, my phone +46 70 123 45 67', 'phoneElsewhere'],
  ['orderNumber', '4111 1111 1111 111', 'card'],
  ['orderNumber', '4111 1111 1111 112', 'card'],
  ['orderNumber', '8600 1234 5678 9013', 'card'],
  ['phone', '+46 070 123 45 67', undefined],
  ['lastOrder', '03/2026', undefined],
  ['lastOrder', '2026-03', undefined],
  ['country', 'Sweden, aliexpress.com', undefined],
  ['country', 'Россия, aliexpress.ru', undefined],
  ['email', 'us1171071063ckvl', undefined],
  ['lastOrder', 'March 2026', undefined],
  ['lastOrder', '15.03.2026', undefined],
  ['lastOrder', 'the code was 482913', 'secret'],
  ['email', '89161234567@mail.ru', undefined],
  ['email', '4111111111111111@mail.ru', 'card'],
  ['country', 'Sverige, aliexpress.com', undefined],
  ['country', 'card 4111 1111 1111 1111 please', 'card'],
  ['country', 'account 1234567890', 'bankAccount'],
  ['orderNumber', '482913', 'secret'],
  ['orderNumber', '482 913', 'secret'],
  ['orderNumber', '1005001234567890', 'productId'],
  ['orderNumber', '5469 3800 1234 5670', 'card'],
  ['orderNumber', '3530 1113 3330 0001', 'card'],
  ['orderNumber', '3530111333300001', 'maybeCard'],
  ['orderNumber', '8171999927660000', 'maybeCard'],
  ['orderNumber', '8136 9013 6813 5697', undefined],
  ['orderNumber', '8136901368135697 3031265788145237', 'orderNumbers'],
  ['phone', '+44 7700 900123 or +33 6 12 34 56 78', 'phoneNumbers'],
  ['payment', '349 kr 12/27 cvc 123', 'cardDetails'],
  ['payment', '€30, 12/27, CVV 123', 'cardDetails'],
  ['cardLast4', '1234 12/27', 'cardDetails'],
  ['country', '19850412-1230', 'personalNumber'],
  ['lastOrder', 'four eight three nine two zero', 'secret'],
  ['orderNumber', '8136901368135697, 3031265788145237', 'orderNumbers'],
  ['orderNumber', '813690136813569', 'orderNumber'],
  ['cardLast4', '427638', 'cardLast4'],
  ['email', 'member@notice.alibaba.com', 'senderAddress'],
  ['email', '*****@aliexpress.com', 'socialAddress'],
  ['cardLast4', '**** 1111', undefined],
  ['cardLast4', '**** 11111', 'cardLast4'],
  ['payment', 'cvv 123', 'cardDetails'],
  ['country', 'Sweden 19850101-1234', 'personalNumber'],
  ['country', 'Sverige 19121212-1212', 'personalNumber'],
  ['lastOrder', 'mars 2026, kort 4444 12/27', 'cardDetails'],
  ['payment', '349 kr 2026-03-14 kort 5555 55** **** 4444', 'maskedCard'],
  ['country', '427638******5678', 'maskedCard'],
  ['payment', '349 kr 03/12', undefined],
  ['orderNumber', '3031265788145237', undefined],
  ['lastOrder', 'code 482 913', 'secret'],
  ['lastOrder', 'CVC 123', 'cardDetails'],
  ['lastOrder', 'PIN 1234', 'secret'],
  ['country', 'Sweden, 482 913', 'secret'],
  ['country', '4111111111111111 12/27 123', 'card'],
  ['email', '+44 7700 900123', 'phoneElsewhere'],
  ['country', 'Sweden 0701234567', 'phoneElsewhere'],
  ['phone', '+46 70 123 45 67', undefined],
  ['phone', '0701234567', 'phone'],
  ['phone', 'no idea', 'phone'],
  ['lastOrder', 'пароль: vasya1985', 'secret'],
  ['lastOrder', 'март 2024 пароль qwerty', 'secret'],
  ['email', 'ivan@mail.ru, пароль от почты ivan1985', 'secret'],
  ['country', 'Russia, password ivanov85', 'secret'],
  ['country', 'Sverige, lösenordet är sommar', 'secret'],
  ['orderNumber', '81369013681356971', 'orderNumber'],
  ['orderNumber', '+7 916 123-45-67', 'phoneElsewhere'],
];
for (const [field, value, problem] of cases) {
  test(`${field} “${value}” is ${problem ? `refused (${problem})` : 'kept'}`, () => {
    const result = checkFields({ [field]: value });
    assert.equal(result.problems[0]?.problem, problem);
    assert.equal(field in result.clean, !problem);
  });
}

test('a refused card number is only ever given back masked', () => {
  const { problems } = checkFields({ country: '4111 1111 1111 1111' });
  assert.deepEqual(problems, [{ field: 'country', problem: 'card', masked: '411111 … 1111' }]);
});

// Luhn-valid numbers of 13–19 digits with any prefix, any separators, inside any text.
const luhnCard = fc
  .tuple(fc.integer({ min: 12, max: 18 }), fc.integer({ min: 2, max: 6 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }))
  .map(([length, first, pool]) => {
    // Card numbers start with 2–6 (Mir and Mastercard to Maestro and UnionPay).
    const body = [first, ...pool].slice(0, length);
    for (let check = 0; check <= 9; check++) if (luhnValid([...body, check].join(''))) return [...body, check].join('');
    return '';
  });
const separated = fc.tuple(luhnCard, fc.constantFrom('', ' ', '-', '.', '  ')).map(([digits, sep]) => digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`));
const around = fc.tuple(fc.string({ maxLength: 20 }), separated, fc.string({ maxLength: 20 })).map(([a, card, b]) => `${a}${card}${b}`);

test('no card number ever reaches the message: not seven digits of it, in any field but the order number', () => {
  fc.assert(
    fc.property(around, fc.constantFrom<FieldId>('cardLast4', 'lastOrder', 'email', 'country'), (text, field) => {
      const card = (text.match(/\d(?:[ .\-]{0,2}\d)*/g) ?? []).map((m) => m.replace(/\D/g, '')).find((d) => d.length >= 13 && d.length <= 19 && luhnValid(d));
      fc.pre(card !== undefined);
      const { clean } = checkFields({ [field]: text });
      // Digits the message shows in a row, whatever separators stand between them.
      const runs = composeMessage({ fields: clean }, texts, 'en').replace(/(?<=\d)[ .\-]+(?=\d)/g, '').match(/\d+/g) ?? [];
      for (let i = 0; i + 7 <= card!.length; i++) assert.ok(!runs.some((run) => run.includes(card!.slice(i, i + 7))), `${field}: ${text}`);
    }),
    { numRuns: 800 },
  );
});

// No digits of its own, and no "+": a plus before the digits makes them a phone number, not a card.
const wordsOnly = fc.string({ maxLength: 20 }).map((t) => t.replace(/[\p{Nd}+]/gu, ''));
const pasted = fc.tuple(wordsOnly, separated, wordsOnly).map(([a, card, b]) => `${a}${card}${b}`);

test('a pasted card number leaves no digit of it in the message, in any field, the last-4 field included', () => {
  const lastLine = texts.fields.cardLast4.replace('{{value}}', '');
  fc.assert(
    fc.property(pasted, fc.constantFrom<FieldId>(...fieldIds), (text, field) => {
      // The order field keeps a 14–16-digit number that the checker reads as an order; every other paste is a card.
      // The composer reads a field with its spaces closed up, as the reader sees it: the same text is judged here.
      const seen = classifyIdentifier(text.replace(/\s+/g, ' ').trim()).kind;
      fc.pre(field !== 'orderNumber' || seen === 'card-number');
      const { clean, problems } = checkFields({ [field]: text });
      assert.deepEqual(clean, {}, `${field}: ${text}`);
      // Refused as a card, unless it also has another shape (an order number's, an account's), refused all the same.
      if (seen === 'card-number') assert.equal(problems[0]?.problem, 'card', `${field}: ${text}`);
      else assert.equal(problems.length, 1, `${field}: ${text}`);
      // The templates' own digits ("the last 4 digits") are taken out; no other digit may remain.
      assert.doesNotMatch(composeMessage({ fields: clean }, texts, 'en').replace(lastLine, ''), /\d/, `${field}: ${text}`);
    }),
    { numRuns: 800 },
  );
});

test('the message calls nothing “the last 4 digits” but exactly the four digits typed into that field', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 24 }), separated, fc.stringMatching(/^\s?\d{3,5}\s?$/)), (typed) => {
      const message = composeMessage({ fields: checkFields({ cardLast4: typed }).clean }, texts, 'en');
      const line = message.split('\n').find((l) => l.startsWith(texts.fields.cardLast4.replace('{{value}}', '')));
      if (line === undefined) return;
      const value = line.slice(texts.fields.cardLast4.indexOf('{{value}}'));
      assert.match(value, /^\d{4}$/);
      assert.equal(value, typed.trim());
    }),
    { numRuns: 800 },
  );
});

test('every language has every word the composer needs', () => {
  for (const [name, file] of [['ru', ru], ['sv', sv], ['en', en]] as const) {
    const m = (file as typeof en).supportMessage;
    assert.ok(m, `${name}.json has supportMessage`);
    for (const id of situationIds) assert.ok(m.situations[id]?.sentence && m.situations[id]?.label, `${name}: situation ${id}`);
    for (const id of triedIds) assert.ok(m.tried[id]?.sentence, `${name}: tried ${id}`);
    for (const id of fieldIds) assert.match(m.fields[id]?.line ?? '', /\{\{value\}\}/, `${name}: field ${id}`);
    assert.match(m.lines.tried, /\{\{list\}\}/);
    assert.match(m.errors.card, /\{\{masked\}\}/);
  }
});

test('a site that is not AliExpress is left out of the country field and named', () => {
  assert.deepEqual(checkFields({ country: 'Sverige, aliexpress-help.com' }).problems, [{ field: 'country', problem: 'notAliexpress', site: 'aliexpress-help.com' }]);
  assert.deepEqual(checkFields({ country: 'Sweden, bit.ly/x' }).problems, [{ field: 'country', problem: 'notAliexpress', site: 'bit.ly' }]);
  for (const kept of ['Sverige, aliexpress.com', 'Россия, aliexpress.ru', 'USA, aliexpress.us', 'Sverige']) assert.equal(checkFields({ country: kept }).clean.country, kept, kept);
});

test('a month named in another language is put in the message’s, in the payment field too, when the value is a date alone', () => {
  const message = composeMessage({ fields: { payment: '3 mars 2025', lastOrder: 'i mars 2025' } }, texts, 'en');
  assert.match(message, /: 3 March 2025$/m);
  assert.match(message, /: March 2025$/m);
  // With other words beside it, the reader's text goes as typed, never half in English.
  // With its amount and little words, the date is put in English too; a word the site does not know keeps it as typed.
  assert.match(composeMessage({ fields: { payment: '249 kr den 3 mars 2025' } }, texts, 'en'), /: 249 kr 3 March 2025$/m);
  assert.match(composeMessage({ fields: { payment: '249 kr förra veckan' } }, texts, 'en'), /: 249 kr förra veckan$/m);
});

test('an inbox someone else reads is said right after the address, so no code goes there, and only when ticked', () => {
  const withAddress = composeMessage({ situation: 'lost-inbox', fields: { email: 'anna@example.com' }, inboxOther: true }, texts, 'en').split('\n');
  assert.equal(withAddress[withAddress.findIndex((line) => line.includes('anna@example.com')) + 1], en.supportMessage.inboxOther.after);
  assert.ok(!withAddress.includes(en.supportMessage.inboxOther.line));
  // Without an address typed, the line names the account's inbox itself.
  const alone = composeMessage({ inboxOther: true }, texts, 'en').split('\n');
  assert.ok(alone.includes(en.supportMessage.inboxOther.line));
  assert.ok(!alone.includes(en.supportMessage.inboxOther.after));
  for (const input of [{ fields: { email: 'anna@example.com' } }, { phoneGone: true, fields: { email: 'anna@example.com' } }]) {
    const message = composeMessage(input, texts, 'en');
    assert.ok(!message.includes(en.supportMessage.inboxOther.line) && !message.includes(en.supportMessage.inboxOther.after));
  }
});

test('a number that is no longer the reader’s is said right after it, so no code is sent to its new owner', () => {
  const withNumber = composeMessage({ situation: 'no-email', fields: { phone: '+447700900456', country: 'UK' }, phoneGone: true }, texts, 'en').split('\n');
  // Right after the number it says "this number", without repeating "the phone number on my account".
  assert.equal(withNumber[withNumber.findIndex((line) => line.includes('+447700900456')) + 1], en.supportMessage.phoneGone.after);
  assert.ok(!withNumber.includes(en.supportMessage.phoneGone.line));
  // Without a number typed, the line names the account's number itself.
  assert.ok(composeMessage({ phoneGone: true }, texts, 'en').split('\n').includes(en.supportMessage.phoneGone.line));
  assert.ok(!composeMessage({ phoneGone: true }, texts, 'en').includes(en.supportMessage.phoneGone.after));
  assert.ok(!composeMessage({ fields: { phone: '+447700900456' } }, texts, 'en').includes(en.supportMessage.phoneGone.line));
  assert.ok(!composeMessage({ fields: { phone: '+447700900456' } }, texts, 'en').includes(en.supportMessage.phoneGone.after));
});

test('identity numbers are left out of every field, whichever country issued them', () => {
  for (const [field, value] of [['payment', '£20 on 1 May, SSN 123-45-6789'], ['lastOrder', '123-45-6789'], ['country', 'UK AB 12 34 56 C'], ['payment', '1 299 ₽, 14.03.2026, паспорт 4512 345678'], ['country', 'Россия, СНИЛС 112-233-445 95']] as [FieldId, string][]) {
    assert.deepEqual(checkFields({ [field]: value }).problems, [{ field, problem: 'personalNumber' }], value);
  }
});

test('an order line copied with its label keeps only the number; a card shown as a bank app shows it keeps its last four', () => {
  for (const typed of ['Order #8136901368135697', 'Order number: 8136901368135697', 'Заказ № 8136901368135697', '#8136901368135697']) assert.equal(checkFields({ orderNumber: typed }).clean.orderNumber, '8136901368135697', typed);
  for (const typed of ['XXXX XXXX XXXX 1234', 'МИР •• 1234', 'Visa ****1234']) assert.equal(checkFields({ cardLast4: typed }).clean.cardLast4, '1234', typed);
});

test('digits in the phone field that happen to add up like a SNILS are asked for with their +, not called an identity number', () => {
  assert.deepEqual(checkFields({ phone: '11223344595' }).problems, [{ field: 'phone', problem: 'phone' }]);
  assert.deepEqual(checkFields({ payment: '11223344595' }).problems, [{ field: 'payment', problem: 'personalNumber' }]);
  // A British number with its home 0 in brackets is kept, without the 0.
  assert.deepEqual(checkFields({ phone: '+44 (0)7700 900123' }), { clean: { phone: '+447700900123' }, problems: [] });
  // A Swedish mobile written with 46 but no + is kept with its +.
  assert.deepEqual(checkFields({ phone: '46701234567' }), { clean: { phone: '+46701234567' }, problems: [] });
});

test('a reset the situation already says has failed is not listed again among what was tried', () => {
  const message = composeMessage({ situation: 'no-email', tried: ['phone-reset', 'order-lookup'] }, texts, 'en');
  assert.ok(!message.includes(en.supportMessage.tried['phone-reset'].sentence), message);
  assert.ok(message.includes(en.supportMessage.tried['order-lookup'].sentence), message);
  assert.ok(!composeMessage({ situation: 'lost-inbox', tried: ['email-reset'] }, texts, 'en').includes(en.supportMessage.lines.tried.split('{{')[0]!));
  assert.ok(!composeMessage({ situation: 'no-sms', tried: ['phone-reset'] }, texts, 'en').includes(en.supportMessage.tried['phone-reset'].sentence));
  // Another situation keeps them all.
  assert.ok(composeMessage({ situation: 'hacked', tried: ['phone-reset'] }, texts, 'en').includes(en.supportMessage.tried['phone-reset'].sentence));
});

test('an address with dots in its name goes into the message whole, with no warning about a site', () => {
  for (const email of ['sam.k.jones@outlook.com', 'j.r.taylor@student.manchester.ac.uk']) {
    assert.deepEqual(checkFields({ email }), { clean: { email }, problems: [] }, email);
  }
});
