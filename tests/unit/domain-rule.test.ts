// The genuine-domain rule as a table: every address readers are shown as genuine passes, every look-alike
// fails, and the examples the rule's own sentences give agree with the code in every language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import { classifyIdentifier } from '../../src/islands/id-check/classify.ts';
import { genuineDomains, hostOf, isAlibabaHost, isGenuineHost, namesBrand } from '../../src/islands/id-check/domain.ts';

const table: [address: string, host: string | undefined, genuine: boolean][] = [
  ['aliexpress.com', 'aliexpress.com', true],
  ['https://login.aliexpress.com/reset', 'login.aliexpress.com', true],
  ['https://aliexpress.ru/', 'aliexpress.ru', true],
  ['HTTPS://M.ALIEXPRESS.RU/path', 'm.aliexpress.ru', true],
  ['https://passport.alibaba.com/x?y=1#z', 'passport.alibaba.com', true],
  ['login.aliexpress.com.', 'login.aliexpress.com', true],
  ['https://aliexpress.com:443/x', 'aliexpress.com', true],
  ['my-aliexpress.com', 'my-aliexpress.com', false],
  ['aliexpress-help.com', 'aliexpress-help.com', false],
  ['aliexpress.com.safe-login.net', 'aliexpress.com.safe-login.net', false],
  ['secure-alibaba.com', 'secure-alibaba.com', false],
  ['https://aliexpress.com@evil.example/login', 'evil.example', false],
  ['https://xaliexpress.com/', 'xaliexpress.com', false],
  ['aliexpress.co', 'aliexpress.co', false],
  ['aliexpress.com.ru', 'aliexpress.com.ru', false],
  // A Cyrillic "а" in place of the Latin one: the parser turns it into punycode, which is not the domain.
  ['https://аliexpress.com/', 'xn--liexpress-zyh.com', false],
  ['', undefined, false],
  ['two words.com', undefined, false],
];

for (const [address, host, genuine] of table) {
  test(`“${address}” has host ${host ?? 'none'} and is ${genuine ? 'genuine' : 'not genuine'}`, () => {
    assert.equal(hostOf(address), host);
    assert.equal(host !== undefined && isGenuineHost(host), genuine);
  });
}

test('the checker gives the same verdict on a pasted address, in a sentence too', () => {
  assert.deepEqual(classifyIdentifier('https://login.aliexpress.com/reset'), { kind: 'link', value: 'login.aliexpress.com', genuine: true, site: 'genuine' });
  assert.deepEqual(classifyIdentifier('The message said: my-aliexpress.com/login'), { kind: 'link', value: 'my-aliexpress.com', genuine: false, site: 'lookalike' });
  assert.deepEqual(classifyIdentifier('http://example.org/x'), { kind: 'link', value: 'example.org', genuine: false, site: 'other' });
  // The part before "@" is only a user name: the page is on the host after it.
  // The brand before an "@" is a disguise: a look-alike, not just another site.
  assert.deepEqual(classifyIdentifier('open https://aliexpress.com@evil.example/login now'), { kind: 'link', value: 'evil.example', genuine: false, site: 'lookalike' });
  assert.deepEqual(classifyIdentifier('https://user@evil.example/login'), { kind: 'link', value: 'evil.example', genuine: false, site: 'other' });
  assert.deepEqual(classifyIdentifier('https://login.aliexpress.com.evil.example/'), { kind: 'link', value: 'login.aliexpress.com.evil.example', genuine: false, site: 'lookalike' });
  // A mailbox's name or an email address is not a page.
  assert.equal(classifyIdentifier('mail.ru').kind, 'unknown');
  assert.equal(classifyIdentifier('ivan@mail.ru').kind, 'email');
  assert.equal(classifyIdentifier('support.aliexpress@gmail.com').kind, 'email');
});

test('the examples in every language’s domain rule agree with the code', () => {
  for (const [lang, words] of Object.entries({ en, ru, sv })) {
    const text = Object.values(words.rules.domain).join(' ');
    for (const domain of genuineDomains) assert.ok(text.includes(domain), `${lang} names ${domain}`);
    const named = [...text.matchAll(/(?<![\p{L}\p{N}.-])(?:[a-z0-9-]+\.)+(?:com|ru|net|org)\b/gu)].map((m) => m[0]);
    const fakes = named.filter((d) => !isGenuineHost(d));
    assert.ok(fakes.includes('my-aliexpress.com'), `${lang}: look-alike example`);
    assert.ok(named.includes('login.aliexpress.com') && isGenuineHost('login.aliexpress.com'), `${lang}: subdomain example`);
    // Every look-alike the rule names is one the code rejects, and every genuine one it names passes.
    for (const d of fakes) assert.ok(/my-|-help|safe-login|secure-/.test(d), `${lang}: ${d} is named in the rule but would pass as genuine`);
  }
});

test('a host is read only from an address without spaces, and a trailing dot or capitals change nothing', () => {
  assert.equal(hostOf(' login.aliexpress.com '), 'login.aliexpress.com');
  assert.equal(hostOf('aliexpress.com evil.example'), undefined);
  assert.equal(hostOf('https://'), undefined);
  assert.equal(hostOf('HTTP://Login.AliExpress.com./x'), 'login.aliexpress.com');
  assert.equal(isGenuineHost('LOGIN.ALIEXPRESS.COM.'), true);
  assert.equal(isGenuineHost('aliexpress.com.'), true);
  assert.equal(isGenuineHost('.aliexpress.com'), true);
  assert.equal(isGenuineHost('evilaliexpress.com'), false);
});

test('look-alike spellings of the brands are recognised, and only alibaba.com is Alibaba Group’s', () => {
  for (const host of ['a1iexpress.com', 'aliexpress-help.com', 'ALIEXPRESS.com.safe-login.net', 'a1ibaba.com', 'xn--liexpress-zyh.com', 'al|express.com']) assert.ok(namesBrand(host), host);
  for (const host of ['mail.ru', 'example.com', 'express.com', 'alibabaexpress']) assert.equal(namesBrand(host), host === 'alibabaexpress', host);
  assert.ok(isAlibabaHost('passport.alibaba.com'));
  assert.ok(isAlibabaHost('ALIBABA.COM.'));
  assert.ok(!isAlibabaHost('aliexpress.com'));
  assert.ok(!isAlibabaHost('notalibaba.com'));
});

test('a host is never read across a line break, and a scheme counts only at the start', () => {
  // The URL parser drops line breaks: "aliexpress.com\nevil.example" would otherwise read as one host.
  assert.equal(hostOf('aliexpress.com\n.evil.example'), undefined);
  assert.equal(hostOf('aliexpress.com\tx'), undefined);
  assert.equal(hostOf('evil.example/https://aliexpress.com'), 'evil.example');
});

test('typo-squats are one or two edits from AliExpress, one from Alibaba; ordinary names are not', () => {
  for (const host of ['alixpress.com', 'aliexpres.ru', 'aliexprezz.com', 'ali-express.com', 'ali_express.net', 'alibabba.com', 'alibab.net', 'shop.aliexpresss.top', 'a1iexpress.com', 'aIibaba.com']) {
    assert.equal(namesBrand(host), true, host);
  }
  for (const host of ['aliexpxxxs.com', 'alibxbbx.com', 'mail.ru', 'gmail.com', 'express.com', 'alibi.com', 'ozon.ru', 'yandex.ru']) {
    assert.equal(namesBrand(host), false, host);
  }
});
