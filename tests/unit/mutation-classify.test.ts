// The identifier checker at its edges: every script's digits, each card network's prefixes and lengths,
// every calling code it knows, and the length limits of each kind of number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiDigits, cardIssuer, cardPrefixed, classifyIdentifier, looksLikePassword, luhnValid, MAX_INPUT, phoneCountry, type Classification } from '../../src/islands/id-check/classify.ts';

const scripts: [script: string, zero: number][] = [
  ['ASCII', 0x30], ['Arabic-Indic', 0x660], ['Persian', 0x6f0], ['N’Ko', 0x7c0], ['Devanagari', 0x966], ['Bengali', 0x9e6], ['Gurmukhi', 0xa66],
  ['Gujarati', 0xae6], ['Oriya', 0xb66], ['Tamil', 0xbe6], ['Telugu', 0xc66], ['Kannada', 0xce6], ['Malayalam', 0xd66], ['Thai', 0xe50],
  ['Lao', 0xed0], ['Tibetan', 0xf20], ['Myanmar', 0x1040], ['Khmer', 0x17e0], ['Mongolian', 0x1810], ['full-width', 0xff10],
];
for (const [script, zero] of scripts) {
  test(`${script} digits are read as 0–9, from zero to nine`, () => {
    const digits = Array.from({ length: 10 }, (_, i) => String.fromCodePoint(zero + i)).join('');
    assert.equal(asciiDigits(`a${digits}b`), 'a0123456789b');
  });
}

test('digits of a script the checker does not know, and everything that is no digit, are left as they are', () => {
  assert.equal(asciiDigits('᭐᭑ Ⅻ ² x'), '᭐᭑ Ⅻ ² x');
});

const luhn: [digits: string, valid: boolean][] = [
  ['4111111111111111', true],
  ['79927398713', true],
  ['79927398710', false],
  ['0', true],
  ['18', true],
  ['26', true],
  ['59', true],
  ['', false],
];
for (const [digits, valid] of luhn) {
  test(`“${digits}” ${valid ? 'passes' : 'fails'} the Luhn check`, () => {
    assert.equal(luhnValid(digits), valid);
  });
}

const pad = (prefix: string, length: number) => prefix + '0'.repeat(length - prefix.length);
const networks: [prefix: string, length: number, network: string | undefined][] = [
  ['4', 13, 'visa'], ['4', 16, 'visa'], ['4', 19, 'visa'], ['4', 15, undefined], ['4', 14, undefined],
  ['51', 16, 'mastercard'], ['55', 16, 'mastercard'], ['2221', 16, 'mastercard'], ['2720', 16, 'mastercard'], ['51', 17, undefined], ['55', 15, undefined],
  ['2220', 16, undefined], ['2721', 16, undefined],
  ['2200', 16, 'mir'], ['2204', 19, 'mir'], ['2204', 15, undefined], ['2204', 20, undefined], ['2205', 16, undefined],
  ['34', 15, 'amex'], ['37', 15, 'amex'], ['35', 15, undefined], ['34', 16, undefined],
  ['3528', 16, 'jcb'], ['3589', 19, 'jcb'], ['3527', 16, undefined], ['3590', 16, undefined], ['3528', 15, undefined], ['3528', 20, undefined],
  ['6011', 16, 'discover'], ['65', 19, 'discover'], ['644000', 16, 'discover'], ['649999', 16, 'discover'], ['643999', 16, 'maestro'], ['65', 15, undefined], ['6011', 20, undefined],
  ['62', 16, 'unionpay'], ['62', 19, 'unionpay'], ['62', 15, undefined], ['62', 20, undefined],
  ['36', 14, 'diners'], ['38', 14, 'diners'], ['3000', 14, 'diners'], ['3059', 14, 'diners'], ['2999', 14, undefined], ['3060', 14, undefined], ['36', 15, undefined], ['36', 16, undefined],
  ['50', 16, 'maestro'], ['56', 16, 'maestro'], ['69', 19, 'maestro'], ['70', 16, undefined], ['50', 15, undefined], ['50', 20, undefined],
  ['1', 16, undefined], ['9', 16, undefined],
];
for (const [prefix, length, network] of networks) {
  test(`${length} digits starting ${prefix} are ${network ? `a ${network} card` : 'no card network'}`, () => {
    assert.equal(cardIssuer(pad(prefix, length)), network);
  });
}

const codes: [number: string, code: string, country: string | undefined, reset: string][] = [
  ['33612345678', '33', 'FR', 'global'], ['39312345678', '39', 'IT', 'global'], ['34612345678', '34', 'ES', 'global'], ['31612345678', '31', 'NL', 'global'],
  ['966501234567', '966', 'SA', 'global'], ['971501234567', '971', 'AE', 'global'],
  ['79161234567', '7', 'RU', 'ru'], ['77011234567', '7', 'KZ', 'ru'], ['76012345678', '7', 'KZ', 'ru'], ['78121234567', '7', 'RU', 'ru'], ['37491234567', '374', 'AM', 'ru'], ['994501234567', '994', 'AZ', 'ru'],
  ['375291234567', '375', 'BY', 'ru'], ['37369123456', '373', 'MD', 'ru'], ['996555123456', '996', 'KG', 'ru'], ['992917123456', '992', 'TJ', 'ru'],
  ['998901234567', '998', 'UZ', 'ru'], ['99365123456', '993', 'TM', 'ru'], ['995555123456', '995', 'GE', 'ru'],
  ['12025550123', '1', undefined, 'none'], ['14165550123', '1', undefined, 'none'], ['447700900123', '44', 'GB', 'none'], ['46701234567', '46', 'SE', 'none'], ['4791234567', '47', 'NO', 'none'],
  ['4520123456', '45', 'DK', 'none'], ['358401234567', '358', 'FI', 'none'], ['4915112345678', '49', 'DE', 'none'], ['48512345678', '48', 'PL', 'none'],
  ['380501234567', '380', 'UA', 'none'], ['905321234567', '90', 'TR', 'none'], ['8613812345678', '86', 'CN', 'none'], ['919812345678', '91', 'IN', 'none'],
  ['5511912345678', '55', 'BR', 'none'], ['5215512345678', '52', 'MX', 'none'], ['61412345678', '61', 'AU', 'none'], ['819012345678', '81', 'JP', 'none'],
  ['821012345678', '82', 'KR', 'none'], ['32470123456', '32', 'BE', 'none'], ['41791234567', '41', 'CH', 'none'], ['436641234567', '43', 'AT', 'none'],
  ['351912345678', '351', 'PT', 'none'], ['306912345678', '30', 'GR', 'none'], ['36201234567', '36', 'HU', 'none'], ['40712345678', '40', 'RO', 'none'],
  ['420601123456', '420', 'CZ', 'none'], ['972501234567', '972', 'IL', 'none'], ['201001234567', '20', 'EG', 'none'],
  ['353851234567', '353', 'IE', 'none'], ['64211234567', '64', 'NZ', 'none'], ['27821234567', '27', 'ZA', 'none'], ['2348012345678', '234', 'NG', 'none'],
  ['639171234567', '63', 'PH', 'none'], ['6581234567', '65', 'SG', 'none'],
];
for (const [number, code, country, reset] of codes) {
  test(`+${number} has calling code ${code}${country ? ` (${country})` : ''}, where phone reset is ${reset === 'none' ? 'not offered' : `on the ${reset} site`}`, () => {
    assert.deepEqual(phoneCountry(number), { callingCode: code, ...(country ? { country } : {}), phoneReset: reset });
    assert.deepEqual(classifyIdentifier(`+${number}`), { kind: 'phone', value: `+${number}`, callingCode: code, ...(country ? { country } : {}), phoneReset: reset });
  });
}

test('a number with an unknown calling code is still a phone, with no reset answer but “none”', () => {
  assert.equal(phoneCountry('999123456'), undefined);
  assert.deepEqual(classifyIdentifier('+999 123 456 789'), { kind: 'phone', value: '+999123456789', phoneReset: 'none' });
});

// [what the reader pastes, what the checker says]
const pastes: [input: string, result: Classification][] = [
  // International numbers: 7 to 15 digits after + or 00.
  ['+46 70 12', { kind: 'unknown' }],
  ['+4670123', { kind: 'phone', value: '+4670123', callingCode: '46', country: 'SE', phoneReset: 'none' }],
  ['+467012345678901', { kind: 'phone', value: '+467012345678901', callingCode: '46', country: 'SE', phoneReset: 'none' }],
  ['+4670123456789012', { kind: 'unknown' }],
  ['0046 7012', { kind: 'unknown' }],
  ['0046701234567', { kind: 'phone', value: '+46701234567', callingCode: '46', country: 'SE', phoneReset: 'none' }],
  ['  +46 70 123 45 67', { kind: 'phone', value: '+46701234567', callingCode: '46', country: 'SE', phoneReset: 'none' }],
  ['(+46) 70-123 45 67', { kind: 'phone', value: '+46701234567', callingCode: '46', country: 'SE', phoneReset: 'none' }],
  // Russian numbers written nationally: 11 digits starting 7 or 8.
  ['89161234567', { kind: 'phone', value: '+79161234567', callingCode: '7', country: 'RU', phoneReset: 'ru' }],
  ['79161234567', { kind: 'phone', value: '+79161234567', callingCode: '7', country: 'RU', phoneReset: 'ru' }],
  ['69161234567', { kind: 'unknown' }],
  // Ten digits are a number dialled at home (a North American one, or a Russian one a digit short): its country is not guessed.
  ['8916123456', { kind: 'phone', value: '8916123456', national: true, phoneReset: 'none' }],
  // Product IDs: 16 digits starting 1005.
  ['1005001234567890', { kind: 'product-id', value: '1005001234567890' }],
  ['100500123456789', { kind: 'unknown' }],
  ['1006001234567890', { kind: 'unknown' }],
  // Order numbers: 14 to 16 digits starting 3, 5 or 8.
  ['81369013681356', { kind: 'order-number', value: '81369013681356' }],
  ['8136901368135', { kind: 'unknown' }],
  ['81369013681356971', { kind: 'order-number', value: '81369013681356971', incomplete: true }],
  ['813690136813569', { kind: 'order-number', value: '813690136813569', incomplete: true }],
  ['313690136813569', { kind: 'order-number', value: '313690136813569' }],
  ['5136901368135697', { kind: 'card-number', masked: '513690 … 5697', luhn: false }],
  ['3530111333300001', { kind: 'order-number', value: '3530111333300001', maybeCard: true }],
  ['4111111111111111123', { kind: 'card-number', masked: '411111 … 1111', luhn: true }],
  ['0701234567', { kind: 'phone', value: '0701234567', national: true, phoneReset: 'none' }],
  ['07700900123', { kind: 'phone', value: '07700900123', national: true, phoneReset: 'none' }],
  ['3136901368135697', { kind: 'order-number', value: '3136901368135697' }],
  ['9136901368135697', { kind: 'unknown' }],
  // Cards: a known network, Luhn-valid or not starting like an order; any other Luhn-valid 13–19 digits.
  ['5555555555554444', { kind: 'card-number', masked: '555555 … 4444', luhn: true }],
  ['5555555555554445', { kind: 'card-number', masked: '555555 … 4445', luhn: false }],
  ['6011111111111117', { kind: 'card-number', masked: '601111 … 1117', luhn: true }],
  ['6011111111111118', { kind: 'card-number', masked: '601111 … 1118', luhn: false }],
  ['9000000000000001', { kind: 'card-number', masked: '900000 … 0001', luhn: true }],
  ['9000000000000002', { kind: 'unknown' }],
  ['9000000000001', { kind: 'card-number', masked: '900000 … 0001', luhn: true }],
  ['9000000000000000001', { kind: 'card-number', masked: '900000 … 0001', luhn: true }],
  ['900000000001', { kind: 'unknown' }],
  ['90000000000000000001', { kind: 'unknown' }],
  // Tracking numbers.
  ['RB123456785GB', { kind: 'tracking-number', value: 'RB123456785GB', carrier: 'upu', checksum: 'valid' }],
  ['RB 123 456 785 GB', { kind: 'tracking-number', value: 'RB123456785GB', carrier: 'upu', checksum: 'valid' }],
  ['RB-12345678-5-GB', { kind: 'tracking-number', value: 'RB123456785GB', carrier: 'upu', checksum: 'valid' }],
  ['XRB123456785GB', { kind: 'unknown' }],
  ['RB123456785GBX', { kind: 'unknown' }],
  ['RB12345678GB', { kind: 'unknown' }],
  ['UG123456789YP', { kind: 'tracking-number', value: 'UG123456789YP', carrier: 'yanwen' }],
  ['A1B2C3D4E5F6123456YP', { kind: 'tracking-number', value: 'A1B2C3D4E5F6123456YP', carrier: 'yanwen' }],
  ['ABCDEFGHIJYP', { kind: 'unknown' }],
  ['AB1CD2EF3GH4YP', { kind: 'unknown' }],
  ['Parcel A1B2C3D4E5F6123456YP arrived', { kind: 'tracking-number', value: 'A1B2C3D4E5F6123456YP', carrier: 'yanwen' }],
  ['LP00123456789012', { kind: 'tracking-number', value: 'LP00123456789012', carrier: 'cainiao' }],
  ['LP 0012 3456 7890 12', { kind: 'tracking-number', value: 'LP00123456789012', carrier: 'cainiao' }],
  ['lp00123456789012', { kind: 'tracking-number', value: 'LP00123456789012', carrier: 'cainiao' }],
  ['YT2212345678901234', { kind: 'tracking-number', value: 'YT2212345678901234', carrier: 'yunexpress' }],
  ['CNFR9010481599571HD', { kind: 'tracking-number', value: 'CNFR9010481599571HD', carrier: 'cainiao-global' }],
  ['CNFR 9010 4815 9957 1 HD', { kind: 'tracking-number', value: 'CNFR9010481599571HD', carrier: 'cainiao-global' }],
  // Member IDs: two letters, 9 or 10 digits, 4 or 5 letters.
  ['us1171071063ckvl', { kind: 'member-id', value: 'us1171071063ckvl' }],
  ['us117107106ckvlx', { kind: 'member-id', value: 'us117107106ckvlx' }],
  ['us11710710ckvl', { kind: 'unknown' }],
  ['us1171071063ckv', { kind: 'unknown' }],
  ['xus1171071063ckvl', { kind: 'unknown' }],
  // Emails.
  ['IVAN@MAIL.RU', { kind: 'email', value: 'ivan@mail.ru', social: false }],
  ['ivan@mail.r', { kind: 'unknown' }],
  ['user@aliexpress.com.ru', { kind: 'email', value: 'user@aliexpress.com.ru', social: false, emailDomain: 'lookalike' }],
  ['member@notice.alibaba.com', { kind: 'email', value: 'member@notice.alibaba.com', social: false, emailDomain: 'genuine' }],
  ['service@notice-alibaba.com', { kind: 'email', value: 'service@notice-alibaba.com', social: false, emailDomain: 'lookalike' }],
  ['x@aliexpress.com', { kind: 'email', value: 'x@aliexpress.com', social: false, emailDomain: 'aliexpress' }],
  ['*****@aliexpress.com', { kind: 'email', value: '*****@aliexpress.com', social: true, emailDomain: 'aliexpress' }],
  ['j***n@aliexpress.ru', { kind: 'email', value: 'j***n@aliexpress.ru', social: true, emailDomain: 'aliexpress' }],
  ['member@notice.alibaba.com', { kind: 'email', value: 'member@notice.alibaba.com', social: false, emailDomain: 'genuine' }],
  ['***@alibaba.com', { kind: 'email', value: '***@alibaba.com', social: false, emailDomain: 'genuine' }],
  ['aliexpress@mail.ru', { kind: 'email', value: 'aliexpress@mail.ru', social: false, emailDomain: 'lookalike' }],
  ['login.aliexpress.com@phish.ru/reset', { kind: 'link', value: 'phish.ru', genuine: false, site: 'other' }],
  ['member@notice.аlibaba.com', { kind: 'email', value: 'member@notice.аlibaba.com', social: false, emailDomain: 'lookalike' }],
  ['name: "ivan"@mail.ru', { kind: 'unknown' }],
  ['my email is ivan@mail.ru, thanks', { kind: 'email', value: 'ivan@mail.ru', social: false }],
  ['login:ivan@mail.ru', { kind: 'email', value: 'ivan@mail.ru', social: false }],
];
for (const [input, result] of pastes) {
  test(`“${input}” is read as ${result.kind}${'carrier' in result ? ` (${result.carrier})` : ''}`, () => {
    assert.deepEqual(classifyIdentifier(input), result);
  });
}

test('of several identifiers the first one in the text wins', () => {
  assert.equal(classifyIdentifier('ivan@mail.ru or 8136901368135697').kind, 'email');
  assert.equal(classifyIdentifier('8136901368135697 or ivan@mail.ru').kind, 'order-number');
  assert.equal(classifyIdentifier('us1171071063ckvl, RB123456785GB').kind, 'member-id');
});

test('something that only looks like a number or a tracking code does not hide the identifier after it', () => {
  assert.equal(classifyIdentifier('12345678 ivan@mail.ru').kind, 'email');
  assert.equal(classifyIdentifier('ABCDEFGHYP 8136901368135697').kind, 'order-number');
});

test('an email address whose first part looks like a tracking number is read as the email address', () => {
  assert.deepEqual(classifyIdentifier('RB123456785GB@mail.ru'), { kind: 'email', value: 'rb123456785gb@mail.ru', social: false });
});

test('digits inside a tracking number or an email are not read as a phone or an order on their own', () => {
  assert.equal(classifyIdentifier('LP00123456789012').kind, 'tracking-number');
  assert.deepEqual(classifyIdentifier('89161234567@mail.ru'), { kind: 'email', value: '89161234567@mail.ru', social: false });
});

test('only the first 5,000 characters of a paste are read', () => {
  assert.equal(MAX_INPUT, 5000);
  assert.notEqual(classifyIdentifier(`${' '.repeat(4990)}8136901368135697`).kind, 'order-number');
  assert.equal(classifyIdentifier(`${' '.repeat(4984)}8136901368135697`).kind, 'order-number');
});

test('an 8 or 7 followed by ten digits is Kazakh when the next digit is 6 or 7, Russian otherwise', () => {
  assert.equal(classifyIdentifier('87771234567').country, 'KZ');
  assert.equal(classifyIdentifier('87612345678').country, 'KZ');
  assert.equal(classifyIdentifier('88121234567').country, 'RU');
  assert.equal(classifyIdentifier('87771234567').value, '+77771234567');
});

test('only six digits alone, or in two groups of three, read as a verification code', () => {
  for (const code of ['482913', '482 913', '482-913', '\t482913 ', '482\u00a0913', '٤٨٢٩١٣', 'code 482913', 'Your AliExpress verification code is 482913', 'kod: 482 913', 'код 1234', 'koden var fyra åtta två nio ett tre']) assert.equal(classifyIdentifier(code).kind, 'code', code);
  for (const code of ['48 29 13', '48-29-13']) assert.equal(classifyIdentifier(code).kind, 'code', code);
  for (const other of ['48291', '4829135', '4829 13', '482913 ok', '48 29-13', '48 2913', 'order 8136901368135697']) assert.notEqual(classifyIdentifier(other).kind, 'code', other);
});

test('a card number anywhere in a text is named first, before an order number or a code', () => {
  assert.equal(classifyIdentifier('My order number is 8136901368135697 and card 4111111111111111').kind, 'card-number');
  assert.equal(classifyIdentifier('code 482913, card 4111 1111 1111 1111').kind, 'card-number');
  assert.deepEqual(classifyIdentifier('4111111111111111 12/27 123'), { kind: 'card-number', masked: '411111 … 1111', luhn: true });
});

test('a password is told apart from identifiers, dates, domains and markup', () => {
  for (const word of ['Qwerty123!', 'Sommar2024!', 'Qwerty123', 'Ditt lösenord är Hunter2x', 'hunter2hunter', 'ivanov1985', 'mama1975', 'P@ssw0rd', 'Hund-Katt-Bil-Sol', 'мой пароль собака', 'password is sunshine']) {
    assert.equal(classifyIdentifier(word).kind, 'password', word);
  }
  // Identifiers have capitals or many digits; a word with "@" and no digit is a mistyped address.
  for (const other of ['RB12345678GB', 'rb12345678gb', 'us11710710ckvl', 'AB1CD2EF3GH4YP', '2026-03', 'aliexpress', 'onerror=alert(1)', 'I forgot my password', 'Ab1!', 'anna@example', 'ab1', 'abc12', 'tulip-cat', 'correct horse battery staple']) {
    assert.notEqual(classifyIdentifier(other).kind, 'password', other);
  }
});

test('a code word may stand a few words before three to eight digits, but not before a longer number', () => {
  assert.equal(classifyIdentifier('code 482 913').kind, 'code');
  assert.equal(classifyIdentifier('kod: 482-913').kind, 'code');
  assert.equal(classifyIdentifier('the code you sent me is 48').kind, 'unknown');
  assert.equal(classifyIdentifier('код заказа 8136901368135697').kind, 'order-number');
  assert.equal(classifyIdentifier('code from a message that is very long 123').kind, 'unknown');
});

test('a password is one word of at least six characters, told apart by its own letters and symbols', () => {
  assert.equal(looksLikePassword('Ab1!x'), false);
  assert.equal(looksLikePassword('Abc12!'), true);
  assert.equal(looksLikePassword('Abc12! and more'), true);
  assert.equal(looksLikePassword('Abc12!x yz'), true);
  assert.equal(looksLikePassword('123456!'), false);
  assert.equal(looksLikePassword('!!!!!!a'), true);
  assert.equal(looksLikePassword('aaaaa!'), true);
  assert.equal(looksLikePassword('xQwerty1'), true);
  assert.equal(looksLikePassword('qwerty1'), false);
  assert.equal(looksLikePassword('QWERTY1'), false);
  assert.equal(looksLikePassword('Qwertyu'), false);
  assert.equal(looksLikePassword('Sweden,  Qwerty123'), true);
  assert.equal(looksLikePassword('Abc12 !'), false);
});

test('a bare address with a path, or one that ends where the text ends, is judged like one with a scheme', () => {
  assert.deepEqual(classifyIdentifier('my-aliexpress.com'), { kind: 'link', value: 'my-aliexpress.com', genuine: false, site: 'lookalike' });
  assert.deepEqual(classifyIdentifier('see my-aliexpress.com/login now'), { kind: 'link', value: 'my-aliexpress.com', genuine: false, site: 'lookalike' });
  assert.deepEqual(classifyIdentifier('my-aliexpress.com/ then'), { kind: 'link', value: 'my-aliexpress.com', genuine: false, site: 'lookalike' });
});

test('a card among other groups of digits is found, before or after them', () => {
  assert.equal(classifyIdentifier('12/25 4276 3800 1234 5678').kind, 'card-number');
  assert.equal(classifyIdentifier('4276 3800 1234 5678 12 25 123').kind, 'card-number');
  assert.deepEqual(classifyIdentifier('25 4111 1111 1111 1111'), { kind: 'card-number', masked: '411111 … 1111', luhn: true });
  // An order number in groups is not split into a card.
  assert.equal(classifyIdentifier('8136 9013 6813 5697').kind, 'order-number');
  assert.equal(classifyIdentifier('3031 2657 8814 5237').kind, 'order-number');
});

test('a password labelled as one is named, with a digit in it; the word alone is not', () => {
  for (const text of ['пароль: vasya1985', 'my password is ivanov85', 'lösenord: sommar24', 'пароль от почты ivan1985']) assert.equal(classifyIdentifier(text).kind, 'password', text);
  for (const text of ['I forgot my password', 'пароль не подходит', 'password reset']) assert.equal(classifyIdentifier(text).kind, 'unknown', text);
});

test('alibaba.com is genuine but named as Alibaba Group’s; look-alike spellings of the brands are addresses to judge', () => {
  assert.deepEqual(classifyIdentifier('https://seller123.en.alibaba.com/'), { kind: 'link', value: 'seller123.en.alibaba.com', genuine: true, site: 'genuine', alibaba: true });
  assert.deepEqual(classifyIdentifier('login.aliexpress.com'), { kind: 'link', value: 'login.aliexpress.com', genuine: true, site: 'genuine' });
  assert.deepEqual(classifyIdentifier('a1iexpress.com'), { kind: 'link', value: 'a1iexpress.com', genuine: false, site: 'lookalike' });
  assert.deepEqual(classifyIdentifier('aIiexpress.com/login'), { kind: 'link', value: 'aiiexpress.com', genuine: false, site: 'lookalike' });
  assert.deepEqual(classifyIdentifier('support@a1ibaba.com').emailDomain, 'lookalike');
  assert.equal(classifyIdentifier('mail.ru').kind, 'unknown');
});

test('the 0 of a number as dialled at home is dropped after the country code, except in Italy', () => {
  assert.equal(classifyIdentifier('+46 070 123 45 67').value, '+46701234567');
  assert.equal(classifyIdentifier('+44 07700 900123').value, '+447700900123');
  assert.equal(classifyIdentifier('+39 06 1234 5678').value, '+390612345678');
  assert.equal(classifyIdentifier('00000000000').kind, 'unknown');
  assert.deepEqual(classifyIdentifier('+999 123 456 789'), { kind: 'phone', value: '+999123456789', phoneReset: 'none' });
});

test('a number with a card network’s start and no order number’s shape is a card, a digit too few included', () => {
  assert.equal(classifyIdentifier('411111111111111').kind, 'card-number');
  assert.deepEqual(classifyIdentifier('8600123456789013'), { kind: 'order-number', value: '8600123456789013', maybeCard: true });
  assert.equal(classifyIdentifier('9860123456789012').kind, 'card-number');
  assert.equal(cardPrefixed('2200'), true);
  assert.equal(cardPrefixed('2199'), false);
  assert.equal(cardPrefixed('3031'), false);
  assert.equal(cardPrefixed('5036'), false);
});
