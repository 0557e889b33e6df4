import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHUNK_PREFETCH_LIMIT, moduleScripts, prefetchFiles, searchTagOf } from '../../scripts/lib/search-prefetch.ts';

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
