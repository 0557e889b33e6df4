import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locales } from '../../src/i18n/locales.ts';
import { firstResultLimitMs, median, overSearchLimit, searchFromArticle, slowFourG } from '../../scripts/lib/search-bench.ts';

test('the median is the middle run, or the mean of the two middle ones, whatever the order', () => {
  const cases: [number[], number][] = [
    [[900], 900],
    [[1200, 800, 950], 950],
    [[3, 1, 2, 10], 2.5],
    [[Number.POSITIVE_INFINITY, 700, 800], 800],
  ];
  for (const [values, expected] of cases) assert.equal(median(values), expected, values.join(','));
  assert.ok(Number.isNaN(median([])));
});

test('a language is over its limit only when its median is, and the line says which, how slow and the limit', () => {
  assert.equal(overSearchLimit('en', [400, 2000, 1000]), undefined);
  const line = overSearchLimit('sv', [1500, 900, 1001]);
  assert.match(line ?? '', /^\/sv\/: .* 1001 ms after Enter \(median of 3, slow 4G\), over 1000 ms$/);
  assert.match(overSearchLimit('ru', []) ?? '', /first result never, within the wait, \(median of 0/, 'no run is a failure');
  assert.match(overSearchLimit('ru', [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 5]) ?? '', /never/);
  assert.equal(overSearchLimit('ru', [600], 500)?.endsWith('over 500 ms'), true);
});

test('every language is measured from one of its own articles, under Lighthouse’s slow 4G', () => {
  assert.deepEqual(Object.keys(searchFromArticle).sort(), [...locales].sort());
  for (const [lang, { path, query }] of Object.entries(searchFromArticle)) {
    assert.ok(path.startsWith(`/${lang}/`) && query.length > 2, lang);
  }
  assert.equal(slowFourG.network.latency, 150);
  assert.equal(slowFourG.network.downloadThroughput, 204800);
  assert.equal(slowFourG.cpuSlowdown, 4);
  assert.equal(firstResultLimitMs, 1000);
});
