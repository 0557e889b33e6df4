import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { classifyIdentifier, idKinds } from '../../src/islands/id-check/classify.ts';
import { messagesFor, messageKeys } from '../../src/islands/id-check/messages.ts';
import { excerptAt, queryFromSearch, rerank, searchForQuery } from '../../src/islands/search/logic.ts';
import { correctQuery, prepareVocabulary } from '../../src/islands/search/correct.ts';
import { prepareSpecificity } from '../../src/islands/search/situation.ts';
import { wizardTree } from '../../src/islands/wizard/tree.ts';
import { answersFromState, nodeFromPath } from '../../src/islands/wizard/url.ts';

const hostile = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '\u0000\u202e', '٨١٣٦'.repeat(50), '+'.repeat(5000), '9'.repeat(20000)),
  fc.array(fc.constantFrom('RB', '1234', ' ', '-', '@', '+7', 'ab', '1005', '<b>', '８'), { maxLength: 60 }).map((parts) => parts.join('')),
);

test('the identifier checker answers every input with a known kind and a message, and never echoes a full card number', () => {
  fc.assert(
    fc.property(hostile, (input) => {
      const result = classifyIdentifier(input);
      assert.ok(idKinds.includes(result.kind));
      for (const key of messagesFor(result)) assert.ok((messageKeys as readonly string[]).includes(key));
      if (result.kind === 'card-number') assert.ok(!('value' in result));
    }),
    { numRuns: 1500 },
  );
});

test('the checker stays fast on the longest pastes', () => {
  const started = performance.now();
  for (const input of ['7'.repeat(20000), 'a1 '.repeat(7000), '+'.repeat(20000), 'RB1'.repeat(7000)]) classifyIdentifier(input);
  assert.ok(performance.now() - started < 500);
});

test('any URL path maps to a real wizard node or to none, never to an inherited property', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('/en/wizard/__proto__/', '/sv/wizard/constructor/', '/ru/wizard/toString/', '/en/wizard/situation/')), (path) => {
      const id = nodeFromPath(wizardTree, path);
      assert.ok(id === undefined || Object.hasOwn(wizardTree.nodes, id));
    }),
  );
  assert.equal(nodeFromPath(wizardTree, '/en/wizard/'), 'situation');
  assert.equal(nodeFromPath(wizardTree, '/en/wizard/__proto__/'), undefined);
});

test('history state of any shape yields only well-formed answers', () => {
  fc.assert(
    fc.property(fc.anything(), (state) => {
      for (const answer of answersFromState(state)) for (const key of ['question', 'questionText', 'answerText', 'url'] as const) assert.equal(typeof answer[key], 'string');
    }),
  );
});

test('search queries from any URL are bounded text; excerpts are the text itself; ranking keeps every hit; correction never fails', () => {
  const table = prepareSpecificity({ pages: 3, common: { '2': 'password code' } });
  const vocabulary = prepareVocabulary(['password', 'code', 'пароль'], ['vk'], ['knew']);
  fc.assert(
    fc.property(fc.string({ maxLength: 600 }), fc.string({ maxLength: 300 }), fc.array(fc.nat(400), { maxLength: 20 }), (search, text, positions) => {
      const query = queryFromSearch(search);
      assert.ok(query.length <= 200);
      assert.equal(queryFromSearch(searchForQuery(query)), query.trim());
      // The words shown are a run of the text's own words, as many as asked for: nothing parsed, added or lost.
      const shown = excerptAt(text, positions, 24).map((part) => part.text).join('').replace(/^… /, '').replace(/ …$/, '').split(/\s+/).filter(Boolean);
      const all = text.split(/\s+/).filter(Boolean);
      assert.equal(shown.length, Math.min(24, all.length));
      assert.ok(all.some((_, k) => all.slice(k, k + shown.length).join(' ') === shown.join(' ')) || shown.length === 0);
      const hits = [
        { url: '/a/', score: 1, title: text, keywords: search, phrases: [text], headings: [search] },
        { url: '/b/', score: 2, title: '', keywords: '', phrases: [], headings: [] },
      ];
      assert.deepEqual(rerank(hits, query.split(' '), table).map((h) => h.url).sort(), ['/a/', '/b/']);
      assert.equal(typeof correctQuery(search, vocabulary).query, 'string');
    }),
  );
  assert.deepEqual(excerptAt('a <img src=x onerror=alert(1)> b', [1], 24), [
    { text: 'a ', mark: false },
    { text: '<img', mark: true },
    { text: ' src=x onerror=alert(1)> b', mark: false },
  ]);
});
