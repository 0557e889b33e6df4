// What the identifier checker tells a reader about a paste: which messages, in which order, in every
// language, and where each one sends the reader.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import { classifyIdentifier, type Classification } from '../../src/islands/id-check/classify.ts';
import { messageKeys, messageLinks, messagesFor, phoneLabel } from '../../src/islands/id-check/messages.ts';

const pastes: [paste: string, messages: string[]][] = [
  ['', ['empty']],
  ['8136901368135697', ['order-number']],
  ['RB123456785GB', ['tracking-number', 'tracking-valid']],
  ['RB123456786GB', ['tracking-number', 'tracking-invalid']],
  ['LP00123456789012', ['tracking-number']],
  ['ru1234567890abcde', ['member-id']],
  ['anna@example.com', ['email']],
  ['*****@aliexpress.com', ['email-social']],
  ['+33 6 12 34 56 78', ['phone-global']],
  ['+7 916 123-45-67', ['phone-ru']],
  ['+46 70 123 45 67', ['phone-none']],
  ['+999 123 456 789', ['phone-unknown']],
  ['4111 1111 1111 1111', ['card-number']],
  ['1005006123456789', ['product-id']],
  ['hello there', ['unknown']],
  ['3256801234567890', ['order-number']],
  ['3530 1113 3330 0001', ['card-number']],
  ['813690136813569', ['order-incomplete']],
  ['anna@aliexpress.com', ['email-aliexpress']],
  ['member@notice.alibaba.com', ['email-sender']],
  ['1234', ['four-digits']],
  ['ivanov1985', ['password']],
  ['tulip-cat-river-moon', ['password']],
  ['P@ssw0rd', ['password']],
  ['https://aliexpress.com@evil.net/login', ['link-fake']],
  ['https://alixpress.com/login', ['link-fake']],
  ['ali-express.ru/pay', ['link-fake']],
  ['40817810099910004312', ['bank-account']],
  ['8171999927660000', ['order-probably', 'maybe-card']],
  ['501812345678900', ['order-probably', 'maybe-card']],
  ['3031265788145239', ['order-probably', 'maybe-card']],
  ['8136901368135697', ['order-number']],
  ['https://bit.ly/3abcD', ['link-short']],
  ['https://evil.com/aliexpress.com', ['link-fake']],
  ['4276 38** **** 5678', ['card-masked']],
  ['notice.alibaba.com', ['email-sender']],
  ['https://service.notice.alibaba.com/x', ['email-sender']],
  ['https://notice.alibaba.com.evil.net/', ['link-fake']],
  ['427638******5678', ['card-masked']],
  ['**** **** **** 5678', ['card-masked']],
  ['evil.com?u=login.aliexpress.com', ['link-fake']],
  ['19850412-1230', ['personal-number']],
  ['850412-1230', ['personal-number']],
  // With its hyphen, a space or its century a mistyped personal number is still one (the composer refuses it too);
  // ten bare digits must add up.
  ['19850412-1234', ['personal-number']],
  ['198504121234', ['personal-number']],
  ['8504121234', ['phone-national']],
  ['198504121230', ['personal-number']],
  ['8327-9 123 456 789-0', ['bank-account']],
  ['3300, 123 45 67', ['bank-account']],
  ['YT2312345678901234', ['tracking-number']],
  ['19851312-1234', ['unknown']],
  ['four eight three nine two zero', ['code']],
  ['4276380012345678', ['card-number']],
  ['https://aliexpress.us/', ['link-country']],
  ['https://accounts.google.com/', ['link-other']],
  ['my-aliexpress.com', ['link-fake']],
  ['0701234567', ['phone-national']],
  ['427638', ['code', 'card-start']],
  ['982913', ['code']],
  ['12/27', ['card-expiry']],
  ['DE89 3704 0044 0532 0130 00', ['bank-account']],
];
for (const [paste, messages] of pastes) {
  test(`a reader who pastes “${paste}” reads ${messages.join(' and then ')}`, () => {
    assert.deepEqual(messagesFor(classifyIdentifier(paste)), messages);
  });
}

test('a phone whose calling code is unknown is said to be so; one with a code but no reset answer has no phone reset', () => {
  assert.deepEqual(messagesFor({ kind: 'phone', value: '+999123456789' }), ['phone-unknown']);
  assert.deepEqual(messagesFor({ kind: 'phone', value: '+46701234567', callingCode: '46' }), ['phone-none']);
});

const languages = [['en', en], ['ru', ru], ['sv', sv]] as const;

test('every message has a title and a text in every language, and the languages have no message the checker cannot give', () => {
  for (const [name, file] of languages) {
    const kinds = file.idCheck.kinds as Record<string, { title?: string; text?: string }>;
    for (const key of messageKeys) assert.ok(kinds[key]?.title && kinds[key]?.text, `${name}.json: idCheck.kinds.${key}`);
    assert.deepEqual(Object.keys(kinds).sort(), [...messageKeys].sort(), name);
  }
});

test('a message offers a link exactly when it has an article to send the reader to, and that article exists in every language', () => {
  for (const [name, file] of languages) {
    const kinds = file.idCheck.kinds as Record<string, { link?: string }>;
    assert.deepEqual(messageKeys.filter((key) => kinds[key]?.link), messageKeys.filter((key) => messageLinks[key]), name);
  }
  for (const [key, article] of Object.entries(messageLinks)) {
    for (const lang of ['en', 'ru', 'sv']) assert.ok(existsSync(`content/${lang}/${article}.mdx`), `${key} → content/${lang}/${article}.mdx`);
  }
});

const destinations: [message: string, article: string][] = [
  ['order-number', 'recover/order-number'],
  ['tracking-number', 'recover/order-number'],
  ['product-id', 'recover/order-number'],
  ['member-id', 'recover/email'],
  ['email', 'recover/email'],
  ['email-social', 'recover/social-login'],
  ['phone-global', 'recover/phone'],
  ['phone-ru', 'recover/phone'],
  ['phone-none', 'recover/support-chat'],
  ['card-number', 'recover/bank-card'],
];
for (const [message, article] of destinations) {
  test(`the ${message} message sends the reader to ${article}`, () => {
    assert.equal(messageLinks[message as keyof typeof messageLinks], article);
  });
}

test('a phone label puts the calling code first and the country in the page’s language after it', () => {
  assert.equal(phoneLabel({ kind: 'phone', callingCode: '44', country: 'GB' }, 'en'), '+44 (United Kingdom)');
  assert.equal(phoneLabel({ kind: 'phone', callingCode: '7', country: 'KZ' }, 'ru'), '+7 (Казахстан)');
  assert.equal(phoneLabel({ kind: 'phone', callingCode: '46', country: 'SE' }, 'sv'), '+46 (Sverige)');
  assert.equal(phoneLabel({ kind: 'phone', callingCode: '123' }, 'en'), '+123');
  assert.equal(phoneLabel({ kind: 'order-number' }, 'en'), undefined);
  assert.deepEqual(messagesFor({ kind: 'code' }), ['code']);
  assert.equal(messageLinks.code, 'safety');
});
