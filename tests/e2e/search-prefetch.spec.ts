// The header search box fetches what the first search needs once the reader reaches for it, never on a plain page
// view, and the search page then takes those files from the browser's cache.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { searchFromArticle } from '../../scripts/lib/search-bench.ts';
import { chunksFor, type ChunkRange } from '../../src/scripts/search-chunks.ts';

type List = { files: string[]; chunks?: ChunkRange[] };

const isSearchFile = (url: string) => /\/pagefind\/|\/search-(words|prefetch)\.json/.test(new URL(url).pathname);

/** Every URL the page asks for from now on. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(new URL(request.url()).pathname + new URL(request.url()).search));
  return seen;
}

// Everyday search words, in case the bench's word falls on the line between two chunks.
const probes = { en: ['code', 'sms', 'hacked'], ru: ['код', 'смс', 'взлом'], sv: ['sms', 'kod', 'e-post'] } as const;

for (const lang of locales) {
  const { path } = searchFromArticle[lang];

  test(`${lang}: an article fetches nothing for search until the reader focuses the box, then its own language's files only`, async ({ page }) => {
    const seen = requests(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    expect(seen.filter((url) => isSearchFile(`http://x${url}`))).toEqual([]);

    await page.locator('header [data-search-input]').focus();
    const list = JSON.parse(readFileSync(`dist/${lang}/search-prefetch.json`, 'utf8')) as List;
    const tag = await page.locator('header form[data-search-tag]').getAttribute('data-search-tag');
    const expected = [`/pagefind/pagefind-entry.json?ts=${tag}`, ...list.files];
    await expect.poll(() => expected.filter((file) => !seen.includes(file)), { timeout: 10_000 }).toEqual([]);
    expect(list.files).toEqual(
      expect.arrayContaining(['/pagefind/pagefind.js', `/pagefind/wasm.${lang}.pagefind`, `/${lang}/search-words.json?ts=${tag}`, `/${lang}/search-cards.json?ts=${tag}`]),
    );
    // No index chunk before a word is typed; then only the chunks its first letter needs.
    expect(seen.filter((url) => url.includes('/pagefind/index/'))).toEqual([]);
    expect(list.chunks?.length).toBeGreaterThan(1);
    // A word whose first letter lies inside one chunk's range (the ranges move as the articles change).
    const word = [searchFromArticle[lang].query, ...probes[lang]].find((w) => chunksFor(w, list.chunks!).length < list.chunks!.length);
    expect(word, 'some everyday word needs only part of the index').toBeTruthy();
    const needed = chunksFor(word!, list.chunks!);
    await page.locator('header [data-search-input]').pressSequentially(word!, { delay: 20 });
    await expect.poll(() => needed.filter((file) => !seen.includes(file)), { timeout: 10_000 }).toEqual([]);
    expect(seen.filter((url) => url.includes('/pagefind/index/') && !needed.includes(url))).toEqual([]);
    const others = locales.filter((other) => other !== lang);
    expect(seen.filter((url) => others.some((other) => url.includes(`wasm.${other}.`) || url.includes(`/index/${other}_`) || url.startsWith(`/${other}/`)))).toEqual([]);
  });
}

test('the search page takes pagefind’s code, wasm, index and entry file from the cache the article page filled', async ({ page }) => {
  const { path, query } = searchFromArticle.sv;
  await page.goto(path);
  const box = page.locator('header [data-search-input]');
  await box.focus();
  const list = JSON.parse(readFileSync('dist/sv/search-prefetch.json', 'utf8')) as List;
  await box.fill(query);
  // Everything fetched ahead, the chunk the word needs included, has arrived before the reader submits.
  const ahead = [...list.files, ...chunksFor(query, list.chunks ?? [])];
  await expect
    .poll(() => page.evaluate((files) => files.filter((f) => !performance.getEntriesByType('resource').some((e) => e.name.endsWith(f) && (e as PerformanceResourceTiming).responseEnd > 0)), ahead))
    .toEqual([]);
  await box.press('Enter');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  // A body from the cache is not downloaded again: at most a revalidation's headers cross the network.
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .filter((e) => /\/pagefind\/(pagefind\.js|wasm\.|pagefind\.sv_|pagefind-entry\.json|index\/)/.test(e.name))
      .map((e) => ({ file: new URL(e.name).pathname + new URL(e.name).search, size: e.encodedBodySize, downloaded: e.transferSize >= e.encodedBodySize })),
  );
  const tag = await page.locator('site-search').getAttribute('data-tag');
  expect(fetched.map((f) => f.file)).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.sv.pagefind', `/pagefind/pagefind-entry.json?ts=${tag}`]));
  // The entry file is smaller than a revalidation's headers, so only its URL (the one fetched ahead) can be checked.
  expect(fetched.filter((f) => f.size > 1000 && f.downloaded)).toEqual([]);
});
