import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { CARDS_LIMIT, cardOf, cardsFile, fragmentText, type Fragment } from '../../scripts/lib/search-cards.ts';
import { headersFile, headersFor, parseHeadersFile } from '../../scripts/lib/headers.ts';

const fragment: Fragment = {
  url: '/en/recover/email/',
  content: 'The whole text of the page, which only the excerpt needs.',
  meta: { title: 'Reset by email', section: 'recover', keywords: 'forgot password', phrases: 'I forgot my password | no code', description: 'How to…', image: '/x.png' },
  anchors: [
    { element: 'h2', id: 'steps', text: 'Steps', location: 12 },
    { element: 'h3', id: 'no-mail', text: 'No mail?', location: 40 },
    { element: 'h4', id: 'deep', text: 'Too deep', location: 50 },
    { element: 'h2', text: 'No id', location: 60 },
    { element: 'div', id: 'box', location: 70 },
  ],
};

test('a card keeps what ranking and the list need (URL, title, section, keywords, phrases, summary, linkable headings) and leaves out the text', () => {
  const card = cardOf(fragment);
  assert.equal(card.url, '/en/recover/email/');
  assert.ok(!('content' in card));
  assert.deepEqual(card.meta, { title: 'Reset by email', section: 'recover', keywords: 'forgot password', phrases: 'I forgot my password | no code', description: 'How to…' });
  assert.deepEqual(card.anchors!.map((a) => a.id), ['steps', 'no-mail']);
  assert.deepEqual(cardOf({ url: '/sv/faq/' }), { url: '/sv/faq/', meta: {}, anchors: [] });
});

test('the cards file lists every page by its id, and is left out when compressed it would pass the limit', () => {
  const fragments = new Map([
    ['en_b', { ...fragment, url: '/en/b/' }],
    ['en_a', fragment],
  ]);
  const text = cardsFile(fragments)!;
  assert.deepEqual(Object.keys(JSON.parse(text)), ['en_a', 'en_b']);
  assert.equal(JSON.parse(text).en_b.url, '/en/b/');
  assert.equal(cardsFile(fragments, gzipSync(text).length), text);
  assert.equal(cardsFile(fragments, gzipSync(text).length - 1), undefined);
  assert.equal(CARDS_LIMIT, 32 * 1024);
});

test('a fragment’s JSON follows pagefind’s signature; anything else is refused by name', () => {
  assert.equal(fragmentText(new TextEncoder().encode('pagefind_dcd{"url":"/x/"}')), '{"url":"/x/"}');
  assert.throws(() => fragmentText(new TextEncoder().encode('{"url":"/x/"}')), /pagefind_dcd/);
});

test('the word file and cards, always asked for with the build’s tag, are cached like pagefind’s index; other pages are not', () => {
  const rules = parseHeadersFile(headersFile("default-src 'self'", ['/en/search-words.json', '/en/search-cards.json']));
  const cache = (path: string) => headersFor(path, rules).find(([name]) => name === 'Cache-Control')?.[1];
  assert.equal(cache('/en/search-words.json'), 'public, max-age=3600');
  assert.equal(cache('/en/search-cards.json'), 'public, max-age=3600');
  assert.equal(cache('/en/recover/email/'), undefined);
  assert.equal(cache('/sv/search-words.json'), undefined);
});
