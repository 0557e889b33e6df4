import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHUNK_PREFETCH_LIMIT, chunkRanges, moduleScripts, prefetchFiles, searchTagOf } from '../../scripts/lib/search-prefetch.ts';

const entry = { languages: { en: { hash: 'en_abc', wasm: 'en' }, sv: { hash: 'sv_def' } } };
const chunks = [
  { name: 'en_2.pf_index', size: 20_000 },
  { name: 'en_1.pf_index', size: 30_000 },
  { name: 'sv_1.pf_index', size: 25_000 },
  { name: 'en_x.pf_filter', size: 80 },
];

test('a language gets its search scripts, pagefind’s code, its own wasm, metadata, chunks and word file, in the order the search page asks', () => {
  assert.deepEqual(prefetchFiles(entry, 'en', chunks, 't1', ['/_astro/SearchPage.js']), [
    '/_astro/SearchPage.js',
    '/pagefind/pagefind.js',
    '/pagefind/wasm.en.pagefind',
    '/pagefind/pagefind.en_abc.pf_meta',
    '/pagefind/index/en_1.pf_index',
    '/pagefind/index/en_2.pf_index',
    '/en/search-words.json?ts=t1',
  ]);
});

test('a language without its own wasm gets pagefind’s generic one; a language pagefind did not index gets nothing', () => {
  assert.ok(prefetchFiles(entry, 'sv', chunks, 't1').includes('/pagefind/wasm.unknown.pagefind'));
  assert.ok(prefetchFiles(entry, 'sv', chunks, 't1').includes('/pagefind/index/sv_1.pf_index'));
  assert.deepEqual(prefetchFiles(entry, 'ru', chunks, 't1'), []);
});

test('the result cards are fetched ahead only where the build wrote them', () => {
  assert.equal(prefetchFiles(entry, 'en', chunks, 't1', [], true).at(-1), '/en/search-cards.json?ts=t1');
  assert.ok(!prefetchFiles(entry, 'en', chunks, 't1').some((file) => file.includes('search-cards')));
});

test('an index too large to fetch whole is left to the search page, which fetches only the chunk the query needs', () => {
  assert.equal(CHUNK_PREFETCH_LIMIT, 150 * 1024);
  const atLimit = prefetchFiles(entry, 'en', chunks, 't1', [], false, 50_000);
  assert.equal(atLimit.filter((f) => f.endsWith('.pf_index')).length, 2);
  const over = prefetchFiles(entry, 'en', chunks, 't1', [], false, 49_999);
  assert.equal(over.filter((f) => f.endsWith('.pf_index')).length, 0);
  assert.ok(over.includes('/pagefind/pagefind.en_abc.pf_meta'));
});

test('a page’s module scripts are its same-site `type="module"` sources, in page order', () => {
  const html =
    '<script>inline()</script><script type="module" src="/_astro/A.js"></script><script src="/classic.js"></script>' +
    '<script type="module" src="https://cdn.example/x.js"></script><script type="module" src="//cdn.example/y.js"></script><script type="module" src="/_astro/B.js"></script>';
  assert.deepEqual(moduleScripts(html), ['/_astro/A.js', '/_astro/B.js']);
  assert.deepEqual(moduleScripts('<p>no scripts</p>'), []);
});

test('the build’s tag is read from the search element, and is empty where there is none', () => {
  assert.equal(searchTagOf('<site-search class="search-page" data-lang="en" data-tag="mx1a2b" data-none="x">'), 'mx1a2b');
  assert.equal(searchTagOf('<form data-search-tag="zz"><site-search data-lang="en">'), '');
});

test('pagefind’s metadata gives each index chunk by the first letters of its first and last words', () => {
  const meta = ['1.6.0', [], [['0', 'откр', 'ru_b5'], ['отку', 'ящик»', 'ru_86']], [], []];
  assert.deepEqual(chunkRanges(meta), [
    { from: '0', to: 'о', href: '/pagefind/index/ru_b5.pf_index' },
    { from: 'о', to: 'я', href: '/pagefind/index/ru_86.pf_index' },
  ]);
  // A letter outside the BMP is one letter, not half of one.
  assert.equal(chunkRanges(['v', [], [['𝔞b', 'z', 'x']]])?.[0]?.from, '𝔞');
  // Anything not laid out as pagefind 1.x lays it out is not guessed at: the whole index is fetched ahead instead.
  for (const bad of [undefined, 'x', [], ['v', []], ['v', [], []], ['v', [], [['a', 'b']]], ['v', [], [['a', '', 'h']]], ['v', [], [['a', 'b', 7]]], ['v', [], [['a', 'b', 'h'], 'x']]]) {
    assert.equal(chunkRanges(bad), undefined, JSON.stringify(bad));
  }
});

test('chunks that go by letter are left out of the list fetched on focus; without ranges the small index is listed whole', () => {
  const byLetter = prefetchFiles(entry, 'en', chunks, 't1', [], true, CHUNK_PREFETCH_LIMIT, true);
  assert.equal(byLetter.filter((f) => f.endsWith('.pf_index')).length, 0);
  assert.ok(byLetter.includes('/pagefind/wasm.en.pagefind') && byLetter.includes('/en/search-cards.json?ts=t1'));
  assert.equal(prefetchFiles(entry, 'en', chunks, 't1', [], true, CHUNK_PREFETCH_LIMIT, false).filter((f) => f.endsWith('.pf_index')).length, 2);
});
