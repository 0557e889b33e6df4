// Shared rules and facts are written once; the genuine-domain rule, for example, (<Rule name="domain" />); validate names a page that words it again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblem, type ContentFile } from '../../scripts/lib/content-rules.ts';
import { restatedRules } from '../../scripts/lib/shared-rules.ts';
import { ruleKeys, ruleNames } from '../../src/utils/rules.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };

const file = (lang: ContentFile['lang'], body: string): ContentFile => ({ path: `content/${lang}/x.mdx`, lang, slug: 'x', source: `---\ntitle: T\n---\n\n${body}\n` });
const flagged = (lang: ContentFile['lang'], body: string) => restatedRules([file(lang, body)]).map((p) => p.line);

test('the old "ends in aliexpress.com" wording is flagged in every language, with its line', () => {
  assert.deepEqual(flagged('en', 'Its domain ends in **aliexpress.com**, **aliexpress.ru** or **alibaba.com**.'), [5]);
  assert.deepEqual(flagged('en', 'Text.\n\nAddresses that end in alibaba.com are genuine.'), [7]);
  assert.equal(restatedRules([file('en', 'Pages ending with aliexpress.ru are fine.')])[0]?.level, 'error');
  assert.deepEqual(restatedRules([file('en', 'Pages ending with aliexpress.ru are fine.')]).map(formatProblem), [
    'content/en/x.mdx:5 — the rule for genuine domains in the page’s own words — show <Rule name="domain" /> instead: it is written once, in rules.domain of the locale file',
  ]);
  assert.deepEqual(flagged('sv', 'Kontrollera att domänen slutar på **aliexpress.com** eller **alibaba.com**.'), [5]);
  assert.deepEqual(flagged('ru', 'Адрес должен оканчиваться на aliexpress.com, aliexpress.ru или alibaba.com.'), [5]);
});

test('the shared rule itself, the sender’s domain and code are not flagged', () => {
  assert.deepEqual(flagged('en', '<Rule name="domain" />\n\nThe email comes from an address ending in **notice.alibaba.com**.\n\nIt ends in a dot. Then aliexpress.com.'), []);
  assert.deepEqual(flagged('sv', 'Mejlet kommer från en adress som slutar på **notice.alibaba.com**.'), []);
  assert.deepEqual(flagged('ru', 'Письмо приходит с адреса, который заканчивается на notice.alibaba.com.'), []);
});

test('every rule has all its sentences in every locale file, and the domain rule names the dot and a look-alike', () => {
  for (const [lang, words] of Object.entries({ en, ru, sv })) {
    const rules = (words as { rules?: Record<string, Record<string, string>> }).rules ?? {};
    for (const name of ruleNames) {
      for (const key of ruleKeys[name]) assert.ok(rules[name]?.[key.split('.')[2]!]?.trim(), `${lang}: ${key}`);
    }
    const domain = Object.values(rules.domain ?? {}).join(' ');
    assert.match(domain, /my-aliexpress\.com/, `${lang}: a look-alike example`);
    assert.match(domain, /login\.aliexpress\.com/, `${lang}: a genuine subdomain`);
  }
});

test('the order-number format, the card fields and the phone lists are flagged when a page words them again', () => {
  assert.deepEqual(flagged('en', 'Recent ones usually have 16 digits and start with 8 or 3.'), [5]);
  assert.deepEqual(flagged('ru', 'Номер заказа: обычно 16 цифр, первая — 8 или 3.'), [5]);
  assert.deepEqual(flagged('sv', 'Nyare har 16 siffror och börjar på 8 eller 3.'), [5]);
  assert.deepEqual(flagged('en', 'You need the first 6 and last 4 digits, and the amount and date of one payment.'), [5]);
  assert.deepEqual(flagged('ru', 'Нужны первые 6 и последние 4 цифры, сумма и дата платежа.'), [5]);
  assert.deepEqual(flagged('sv', 'Du behöver de sex första och fyra sista siffrorna, beloppet och datumet.'), [5]);
  for (const lang of ['en', 'ru', 'sv'] as const) assert.deepEqual(flagged(lang, 'France (+33), Italy (+39).'), [5], lang);
  assert.match(restatedRules([file('en', 'Only +33 and +966 numbers.')])[0]!.fix, /<Rule name="phones" \/>.*rules\.phones/);
  assert.match(restatedRules([file('sv', 'Nyare har 16 siffror och börjar på 8 eller 3.')])[0]!.what, /^the order-number format/);
});

test('a step that uses one part of a fact, a single country code or a drawing’s description is not flagged', () => {
  assert.deepEqual(flagged('en', '7. Type the first 6 and the last 4 digits of the card into their fields.'), []);
  assert.deepEqual(flagged('en', 'Give only the last 4 digits, the amount and the date.'), []);
  assert.deepEqual(flagged('en', 'A number from Sweden (+46) cannot reset. France (+33) can.'), []);
  assert.deepEqual(flagged('en', 'A 16-digit number starting with 1005 is a product ID.'), []);
  assert.deepEqual(flagged('en', '<Figure\n  alt="fields for the first 6 and last 4 digits, the amount and the date"\n/>'), []);
});

test('a sender’s address offered as proof is flagged, a plain mention of the sender is not', () => {
  assert.deepEqual(flagged('en', 'A genuine reset email comes from notice.alibaba.com.'), [5]);
  assert.deepEqual(flagged('ru', 'Письмо не с notice.alibaba.com — подделка.'), [5]);
  assert.deepEqual(flagged('sv', 'Ett äkta mejl kommer från notice.alibaba.com.'), [5]);
  assert.match(restatedRules([file('en', 'Fake mail never comes from notice.alibaba.com.')])[0]!.fix, /<Rule name="sender" \/>/);
  assert.deepEqual(flagged('en', 'Look for mail from notice.alibaba.com in every folder.'), []);
  assert.deepEqual(flagged('ru', 'Поищите письмо от notice.alibaba.com в папке «Спам».'), []);
});
