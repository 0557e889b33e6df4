// The genuine-domain rule is written once (<Rule name="domain" />); validate names a page that words it again.
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
    'content/en/x.mdx:5 — the rule for genuine domains in the page’s own words — show <Rule name="domain" /> instead: the rule is written once, in rules.domain of the locale file',
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
