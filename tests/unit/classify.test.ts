import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiDigits, cardIssuer, classifyIdentifier, idKinds, innValid, luhnValid, phoneCountry, s10CheckDigit, snilsValid } from '../../src/islands/id-check/classify.ts';
import { examples } from '../../src/islands/id-check/examples.ts';
import { messagesFor } from '../../src/islands/id-check/messages.ts';

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

test('identity numbers of other countries are named as such, with or without their names', () => {
  for (const text of ['123-45-6789', 'my SSN is 123-45-6789', 'AB123456C', 'AB 12 34 56 C', '112-233-445 95', '11223344595', 'СНИЛС 112-233-445 95', '500100732259', 'паспорт 4512 345678', '1 299 ₽, 14.03.2026, паспорт 4512 345678']) {
    assert.equal(classifyIdentifier(text).kind, 'personal-number', text);
  }
  // Check digits keep other numbers out: an INN or SNILS with a wrong last digit, a date, an order number.
  for (const text of ['11223344596', '772012345678', '2026-03-14', '8136901368135697', 'passcode 123456']) assert.notEqual(classifyIdentifier(text).kind, 'personal-number', text);
  assert.equal(snilsValid('11223344595'), true);
  assert.equal(snilsValid('1122334459'), false);
  assert.equal(innValid('500100732259'), true);
  assert.equal(innValid('500100732258'), false);
});

test('a North American number without +1, US tracking numbers and cards hidden the way banks hide them are recognised', () => {
  for (const text of ['(415) 555-0123', '415-555-0123', '4155550123']) assert.deepEqual(messagesFor(classifyIdentifier(text)), ['phone-national'], text);
  assert.equal(classifyIdentifier('9400 1118 9922 3197 4284 90').carrier, 'usps');
  assert.equal(classifyIdentifier('1Z999AA10123456784').carrier, 'ups');
  for (const text of ['XXXX XXXX XXXX 1234', 'МИР •• 5678', 'Visa ****1234']) assert.equal(classifyIdentifier(text).kind, 'card-masked', text);
  for (const text of ['card ending 4444', 'последние цифры 4444', 'kortet slutar på 4444']) assert.equal(classifyIdentifier(text).kind, 'four-digits', text);
});

test('a link in a text about a held parcel or a fee is called a scam; the other-alphabet warning shows only for xn-- addresses', () => {
  assert.deepEqual(messagesFor(classifyIdentifier('Your parcel is held at customs, pay £1.99 at https://royalmail-fee.com')), ['link-scam']);
  assert.deepEqual(messagesFor(classifyIdentifier('Посылка задержана на таможне, оплатите пошлину: bit.ly/abc')), ['link-scam', 'link-short']);
  assert.deepEqual(messagesFor(classifyIdentifier('https://royalmail.com/track')), ['link-other']);
  // A scam text's bare address, without https:// or a path, is a link all the same; a file name is not.
  assert.deepEqual(messagesFor(classifyIdentifier('Your parcel is held. Pay £1.45 at royalmail-fees.com')), ['link-scam']);
  assert.equal(classifyIdentifier('report.pdf').kind === 'link', false);
  // A missed delivery to rebook is the same trick, in every language.
  for (const text of ['Evri: we missed you. Reschedule at evri-redelivery.com', 'Мы не смогли доставить заказ, выберите новую дату: pochta-dostavka.ru', 'Leveransen misslyckades. Boka om här: postnord-omleverans.se']) {
    assert.deepEqual(messagesFor(classifyIdentifier(text)), ['link-scam'], text);
  }
  // A carrier's own address with "paket" in its path is no scam text: the words around a link make one.
  assert.equal(classifyIdentifier('https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipmentId=123').scam, undefined);
  assert.equal(classifyIdentifier('Ditt paket väntar, betala tullavgiften: https://postnord-tull.se/betala').scam, true);
  // A genuine address is never called a scam, whatever the text around it says.
  assert.deepEqual(messagesFor(classifyIdentifier('parcel held: https://aliexpress.com/p/order')), ['link-genuine']);
  assert.deepEqual(messagesFor(classifyIdentifier('https://аliexpress.com/')), ['link-fake', 'link-punycode']);
  assert.deepEqual(messagesFor(classifyIdentifier('aliexpress-help.com')), ['link-fake']);
});

test('in a text with several things, a link that is not AliExpress’s or a password is what the reader hears about', () => {
  assert.deepEqual(messagesFor(classifyIdentifier('Order 8136901368135697 is held at customs. Pay the fee: https://bit.ly/3xYz')), ['link-scam', 'link-short']);
  assert.deepEqual(messagesFor(classifyIdentifier('Order 8136901368135697: confirm your payment at https://aliexpress-verify.net/pay')), ['link-fake']);
  assert.deepEqual(messagesFor(classifyIdentifier('Order 8136901368135697 from notice@aliexpress-mail.net')), ['email-fake']);
  assert.equal(classifyIdentifier('Order number 8136901368135697, password Hunter2!').kind, 'password');
  assert.equal(classifyIdentifier('My email is john@gmail.com and my password is Summer2024').kind, 'password');
  // Beside other details a word needs a digit to count as a password, and addresses never do.
  assert.equal(classifyIdentifier('Track: LZ123456785CN arrived?').kind, 'tracking-number');
  assert.equal(classifyIdentifier('order 8136901368135697 from anna85@gmail.com').kind, 'order-number');
  assert.equal(classifyIdentifier('https://aliexpress.com/item/100500123.html?spm=a2g0o&x=1').kind, 'link');
  // A genuine link beside an order number leaves the order number first, and "card ending" does not hide it.
  assert.equal(classifyIdentifier('Order 8136901368135697 https://aliexpress.com/p/order/index.html').kind, 'order-number');
  assert.equal(classifyIdentifier('Order 8136901368135697\nPaid with Visa ending 1111').kind, 'order-number');
});

test('a Russian passport written as its series and number, and a card showing only its first and last four, are named', () => {
  assert.equal(classifyIdentifier('4510 123456').kind, 'personal-number');
  assert.equal(classifyIdentifier('45 10 123456').kind, 'personal-number');
  assert.equal(classifyIdentifier('5469 **** **** 1234').kind, 'card-masked');
  assert.notEqual(classifyIdentifier('4510123456').kind, 'personal-number');
  // In a scam text the other site is not called possibly fine.
  assert.deepEqual(messagesFor(classifyIdentifier('Your parcel is held at customs, pay the fee at https://royalmail-fee.com')), ['link-scam']);
});

test('identity-number shapes hold only at their edges: no longer run, no letter glued on, the word before it counts', () => {
  for (const text of ['1123-45-6789', '123-45-67890', '123-45-6789-1', '112-233-445 951', 'ZAB123456C', 'AB123456CD', '1234510 123456', '4510 1234567']) {
    assert.notEqual(classifyIdentifier(text).kind, 'personal-number', text);
  }
  for (const text of ['SSN: 123-45-6789.', '(AB 12 34 56 C)', 'snils 112-233-445 95', 'Passport No. 4510 123456', 'personnummer: 19811218-9875', 'ИНН 500100732259']) {
    assert.equal(classifyIdentifier(text).kind, 'personal-number', text);
  }
});

test('hidden-digit cards are recognised only as whole pastes of their shapes', () => {
  for (const text of ['**** **** **** 1234', 'xxxx-xxxx-xxxx-1234', '  •••• •••• •••• 1234  ', '5469 **** **** 1234', '5469-****-****-1234', '4276 38** **** 5678', '427638******5678', 'Visa •• 1234']) {
    assert.equal(classifyIdentifier(text).kind, 'card-masked', text);
  }
  for (const text of ['**** **** 1234', '**** **** **** 12345', 'a **** **** **** 1234 b', '5469 **** 1234', '469 **** **** 1234', '5469 **** **** 123']) {
    assert.notEqual(classifyIdentifier(text).kind, 'card-masked', text);
  }
});

test('beside other details a password needs a digit or its own word, and every address is set aside first', () => {
  assert.equal(classifyIdentifier('order 8136901368135697, pw: abc123').kind, 'password');
  assert.equal(classifyIdentifier('order 8136901368135697 lösenord: sommar2024').kind, 'password');
  assert.equal(classifyIdentifier('order 8136901368135697 Qwerty123').kind, 'password');
  for (const text of ['order 8136901368135697 see www.example.com/a?b=1&Z9', 'order 8136901368135697 http://x.se/Ab1?c', 'order 8136901368135697 shop.example.com/Ab1!', 'order 8136901368135697 Anna85@gmail.com', 'order 8136901368135697 Hello!']) {
    assert.notEqual(classifyIdentifier(text).kind, 'password', text);
  }
});

test('a phone number typed without its + is never taken for a SNILS, even when its digits add up like one', () => {
  assert.equal(snilsValid('46701234567'), true);
  assert.notEqual(classifyIdentifier('46 70 123 45 67').kind, 'personal-number');
  // A Swedish mobile number with 46 but no + is read as one, with its +; other runs that add up stay a SNILS.
  assert.deepEqual(classifyIdentifier('46701234567'), { kind: 'phone', value: '+46701234567', callingCode: '46', country: 'SE', phoneReset: 'none' });
  assert.equal(classifyIdentifier('46101234567').kind === 'phone' && classifyIdentifier('46101234567').value === '+46101234567', false);
  assert.equal(classifyIdentifier('11223344595').kind, 'personal-number');
});

test('the digits copied off a card, its last four, expiry and security code, are named as card details', () => {
  for (const text of ['0128 12/27 123', '12/27 123', '1234 03/2029', '12/27']) assert.equal(classifyIdentifier(text).kind, 'card-expiry', text);
  // A whole card number with its expiry is a card number first.
  assert.equal(classifyIdentifier('4111 1111 1111 1111 12/27').kind, 'card-number');
  // Not a month: 13/27, or a date with dots.
  for (const text of ['13/27 123', '14.03.2026', '1/2']) assert.notEqual(classifyIdentifier(text).kind, 'card-expiry', text);
});

test('another service’s address with more after it is a look-alike, as AliExpress’s would be; a country’s second-level domain is not', () => {
  for (const text of ['accounts.google.com.example.net', 'https://login.live.com.verify-account.ru/reset', 'id.vk.com.safe.se']) {
    assert.equal(classifyIdentifier(text).site, 'lookalike', text);
    assert.deepEqual(messagesFor(classifyIdentifier(text)), ['link-fake'], text);
  }
  for (const text of ['accounts.google.com', 'mail.yahoo.com.au', 'news.bbc.co.uk', 'com.example.net']) assert.equal(classifyIdentifier(text).site, 'other', text);
});

test('a Nordea personal account (clearing 3300 and a personnummer) is a bank account, never an order number', () => {
  for (const text of ['3300-850312-1231', '3300 850312-1231', '3300-8503121231', '33008112289874']) assert.equal(classifyIdentifier(text).kind, 'bank-account', text);
  // Fourteen digits from 3300 whose last ten are no personnummer stay what they look like.
  assert.notEqual(classifyIdentifier('33008112289875').kind, 'bank-account');
});

test('the words and sign before a copied order number are not part of it, and a password stays a password', () => {
  assert.equal(classifyIdentifier('Order: Hunter2!').kind, 'password');
  assert.equal(classifyIdentifier('Заказ № 12').kind === 'order-number', false);
  for (const text of ['№8136901368135697', '№ 8136901368135697', '#8136901368135697', 'No. 8136901368135697', 'Заказ №8136901368135697', 'Order #8136901368135697', 'Номер заказа: 8136901368135697', 'Ordernummer: 8136901368135697']) {
    assert.deepEqual(classifyIdentifier(text), { kind: 'order-number', value: '8136901368135697' }, text);
  }
});

test('a British number printed with its home 0 in brackets is a phone number, not an identity number', () => {
  assert.deepEqual(classifyIdentifier('+44 (0)7700 900123'), { kind: 'phone', value: '+447700900123', callingCode: '44', country: 'GB', phoneReset: 'none' });
  assert.equal(classifyIdentifier('0044 (0) 7700 900123').kind, 'phone');
  assert.equal(classifyIdentifier('(0)7700 900123').kind === 'personal-number', false);
});

test('identity numbers of the UK and the US are named in the forms people write them, and a UK bank account as one', () => {
  for (const text of ['QQ 12 34 56 C', 'QQ123456C', 'AB 12 34 56 D', '123 45 6789', '123-45-6789']) assert.equal(classifyIdentifier(text).kind, 'personal-number', text);
  for (const text of ['123 45-6789', '070 123 45 67', 'AB 12 34 56 E']) assert.notEqual(classifyIdentifier(text).kind, 'personal-number', text);
  assert.equal(classifyIdentifier('20-00-00 12345678').kind, 'bank-account');
  assert.equal(classifyIdentifier('20-00-00, 12345678').kind, 'bank-account');
  assert.notEqual(classifyIdentifier('20-00-00 1234567').kind, 'bank-account');
});

test('a Swedish personnummer is named with its hyphen, a space or its century, even with a mistyped digit; ten bare digits need their check digit', () => {
  for (const text of ['850315-1234', '850315 1234', '198503151234', '20120315-1234']) assert.equal(classifyIdentifier(text).kind, 'personal-number', text);
  assert.notEqual(classifyIdentifier('8503151234').kind, 'personal-number');
  assert.notEqual(classifyIdentifier('198513151234').kind, 'personal-number');
});

test('an email address with dots in its name is an email address, never a page called by its name', () => {
  for (const text of ['sam.k.jones@outlook.com', 'j.r.taylor@student.manchester.ac.uk', 'a.b.c@mail.ru']) {
    assert.deepEqual(messagesFor(classifyIdentifier(text)), ['email'], text);
  }
  // A page's address that an @ follows is still judged when it has a scheme: https://aliexpress.com@evil.example.
  assert.equal(classifyIdentifier('https://aliexpress.com@evil.example/').genuine, false);
});

test('an email address on an AliExpress country domain is named as that domain in a link is: unconfirmed, not fake', () => {
  for (const text of ['noreply@aliexpress.us', 'help@aliexpress.se']) assert.deepEqual(messagesFor(classifyIdentifier(text)), ['link-country'], text);
  assert.deepEqual(messagesFor(classifyIdentifier('x@aliexpress-help.com')), ['email-fake']);
  assert.deepEqual(messagesFor(classifyIdentifier('x@aliexpress.com.help.net')), ['email-fake']);
});

test('the edges of the bank-account, "(0)", personnummer and order-label patterns', () => {
  // A Swedish account with a four-digit clearing number, then six and four digits; a clearing number never starts with 0.
  for (const text of ['8327 123456 1234', '8327-123456-1234', '8327 1234561234']) assert.equal(classifyIdentifier(text).kind, 'bank-account', text);
  assert.notEqual(classifyIdentifier('0327 123456 1234').kind, 'bank-account');
  assert.notEqual(classifyIdentifier('8327 12345 1234').kind, 'bank-account');
  // "(0)" after the country code, with or without spaces around it, is a British number's home 0.
  for (const text of ['+44(0)20 7946 0958', '+44 (0) 20 7946 0958', '+44 (0)20 7946 0958']) assert.equal(classifyIdentifier(text).kind, 'phone', text);
  // A personnummer's day may be a coordination number's (day + 60): 61–91.
  for (const text of ['850372-1234', '850391-1234', '850331-1234', '850361-1234']) assert.equal(classifyIdentifier(text).kind, 'personal-number', text);
  assert.notEqual(classifyIdentifier('850332-1234').kind, 'personal-number');
  assert.notEqual(classifyIdentifier('850392-1234').kind, 'personal-number');
  // An order number after its label, however the label is spaced or punctuated.
  for (const text of ['Ordernumber 8136901368135697', 'Ordernummer:8136901368135697', 'Ordernummer 8136901368135697', 'Order nr 8136901368135697', 'Order nr. 8136901368135697']) {
    const found = classifyIdentifier(text);
    assert.equal(found.kind, 'order-number', text);
    assert.equal(found.value, '8136901368135697', text);
  }
});
