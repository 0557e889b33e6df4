// Wizard strings may link the site's own pages with `[words](/path/)`; everything else stays text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import { useTranslations } from '../../src/i18n/index.ts';
import { nodeTitle, textParts, wizardText } from '../../src/islands/wizard/text.ts';

test('a link in a wizard string becomes a part with its address; the words around it stay text', () => {
  assert.deepEqual(textParts('If the chat asks, read [the guide](/en/recover/chat-sign-in/).'), [
    { text: 'If the chat asks, read ' },
    { text: 'the guide', href: '/en/recover/chat-sign-in/' },
    { text: '.' },
  ]);
  assert.deepEqual(textParts('[One](/a/) and [two](/b/)'), [{ text: 'One', href: '/a/' }, { text: ' and ' }, { text: 'two', href: '/b/' }]);
});

test('text without links, or with brackets that are not a site link, is one plain part', () => {
  assert.deepEqual(textParts('Open the app (the global one) [if you have it].'), [{ text: 'Open the app (the global one) [if you have it].' }]);
  assert.deepEqual(textParts('[elsewhere](https://example.com/)'), [{ text: '[elsewhere](https://example.com/)' }]);
  assert.deepEqual(textParts('[spaced](/a b/)'), [{ text: '[spaced](/a b/)' }]);
  assert.deepEqual(textParts(''), []);
});

test('every link in the wizard’s strings points into the same language', () => {
  for (const [lang, words] of Object.entries({ en, ru, sv })) {
    const links = [...JSON.stringify(words.wizard).matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1]!);
    assert.ok(links.length > 0, `${lang}: the wizard names the chat-sign-in guide with a link`);
    for (const href of links) assert.match(href, new RegExp(`^/${lang}/`), `${lang}: ${href}`);
  }
});

test('a wizard text is read under wizard., and a node’s heading is its question or its outcome’s title', () => {
  const t = useTranslations('en');
  assert.equal(wizardText(t, 'outcomes.lost-inbox.title'), en.wizard.outcomes['lost-inbox'].title);
  assert.equal(nodeTitle(t, 'situation'), en.wizard.questions.situation.title);
  assert.equal(nodeTitle(t, 'lost-inbox'), en.wizard.outcomes['lost-inbox'].title);
  assert.notEqual(en.wizard.outcomes['lost-inbox'].title, en.wizard.questions.situation.title);
});
