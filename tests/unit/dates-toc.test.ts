import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, isoDay, isStale } from '../../src/utils/dates.ts';
import { LONG_PAGE_CHARS, tocEntries, tocTree } from '../../src/utils/toc.ts';

const now = new Date('2026-11-23T12:00:00Z');

test('a review older than twelve months is stale, a newer one is not', () => {
  assert.equal(isStale(new Date('2025-11-22'), now), true);
  assert.equal(isStale(new Date('2025-11-24'), now), false);
  assert.equal(isStale(new Date('2026-11-23'), now), false);
});

test('dates are written as each language writes them', () => {
  const date = new Date('2026-03-05');
  assert.equal(isoDay(date), '2026-03-05');
  assert.equal(formatDate(date, 'en'), '5 March 2026');
  assert.equal(formatDate(date, 'sv'), '5 mars 2026');
  assert.match(formatDate(date, 'ru'), /^5 марта 2026/);
});

test('a table of contents appears from four sections on and lists only ## headings', () => {
  const h = (depth: number, i: number) => ({ depth, slug: `s${i}`, text: `S${i}` });
  assert.deepEqual(tocEntries([h(2, 1), h(2, 2), h(3, 3), h(2, 4)]), []);
  assert.deepEqual(tocEntries([h(2, 1), h(2, 2), h(3, 3), h(2, 4), h(2, 5)]).map((e) => e.slug), ['s1', 's2', 's4', 's5']);
});

test('a long page gets a table of contents with its ### subsections, however few ## sections it has', () => {
  const h = (depth: number, i: number) => ({ depth, slug: `s${i}`, text: `S${i}` });
  const few = [h(2, 1), h(3, 2), h(3, 3), h(2, 4), h(4, 5)];
  assert.deepEqual(tocEntries(few, LONG_PAGE_CHARS - 1), []);
  assert.deepEqual(tocEntries(few, LONG_PAGE_CHARS).map((e) => e.slug), ['s1', 's2', 's3', 's4']);
  assert.deepEqual(tocEntries([h(2, 1)], LONG_PAGE_CHARS * 3), [], 'one heading is nothing to navigate');
  assert.deepEqual(tocEntries([h(2, 1), h(2, 2), h(3, 3), h(2, 4), h(2, 5)], LONG_PAGE_CHARS).map((e) => e.slug), ['s1', 's2', 's4', 's5']);
});

test('subsections nest under their section, so only sections are numbered', () => {
  const h = (depth: number, i: number) => ({ depth, slug: `s${i}`, text: `S${i}` });
  const tree = tocTree([h(3, 0), h(2, 1), h(3, 2), h(3, 3), h(2, 4)]);
  assert.deepEqual(tree.map((n) => [n.slug, n.children.map((c) => c.slug)]), [['s0', []], ['s1', ['s2', 's3']], ['s4', []]]);
});
