import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };

/** Reader queries per language: tidy ones, and hurried ones (typos, wrong layout, no diacritics, short words, sentences). */
const queries = Object.fromEntries(
  locales.map((lang) => [lang, JSON.parse(readFileSync(`tests/fixtures/search-queries/${lang}.json`, 'utf8')) as { tidy: [string, string][]; hurried: [string, string][] }]),
);

// One page per language and kind: each query is typed into the search box as a reader would, and every
// query whose article is not in the top 3 is listed.
for (const lang of locales) {
  for (const kind of ['tidy', 'hurried'] as const) {
    test(`${lang}: every ${kind} reader query finds its article in the top 3`, async ({ page }) => {
      test.setTimeout(240_000);
      const misses: string[] = [];
      await page.goto(`/${lang}/search/`);
      const box = page.locator('[data-search-page-input]');
      for (const [query, slug] of queries[lang]![kind]) {
        await box.fill('');
        await box.fill(query);
        // Done when the element says the list shows this query's results.
        await expect(page.locator('site-search')).toHaveAttribute('data-shown', query.trim());
        const top = (await page.locator('[data-search-results] .search-result__title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 3);
        if (!top.includes(`/${lang}/${slug}/`)) misses.push(`“${query}” → ${slug}, got ${top.join(', ') || 'nothing'}`);
      }
      expect(misses).toEqual([]);
    });
  }
}

test('every language has at least 15 tidy and 15 hurried reader queries', () => {
  for (const lang of locales) {
    expect(queries[lang]!.tidy.length).toBeGreaterThanOrEqual(15);
    expect(queries[lang]!.hurried.length).toBeGreaterThanOrEqual(15);
  }
});

test('a query typed on the wrong keyboard layout is corrected, said so, and the original is one tap away', async ({ page }) => {
  await page.goto(`/ru/search/?q=${encodeURIComponent('pf,skf gfhjkm')}`);
  const status = page.locator('[data-search-status]');
  // "pf,skf" is «забыла» key for key.
  await expect(status).toContainText('Показаны результаты по запросу «забыла пароль»');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const instead = status.locator('a[data-search-instead]');
  await expect(instead).toContainText('pf,skf gfhjkm');
  await instead.click();
  await expect(page).toHaveURL(/exact=1/);
  await expect(page.locator('[data-search-page-input]')).toHaveValue('pf,skf gfhjkm');
  await expect(status.locator('a[data-search-instead]')).toHaveCount(0);
});

test('typos and missing letters are corrected to the site’s own words', async ({ page }) => {
  await page.goto(`/sv/search/?q=${encodeURIComponent('glomt losenord')}`);
  await expect(page.locator('[data-search-status]')).toContainText('Visar resultat för ”glömt lösenord”');
  await page.goto(`/en/search/?q=${encodeURIComponent('pasword reset')}`);
  await expect(page.locator('[data-search-status]')).toContainText('Showing results for “password reset”');
  await page.goto(`/en/search/?q=${encodeURIComponent('password reset')}`);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(page.locator('[data-search-status] a[data-search-instead]')).toHaveCount(0);
});

test('excerpts come from the article, never from the hidden reader keywords', async ({ page }) => {
  for (const lang of locales) {
    const keywords = JSON.parse(readFileSync(`tests/fixtures/search-queries/${lang}.json`, 'utf8')) as { tidy: [string, string][] };
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(keywords.tidy[0]![0])}`);
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    const texts = await page.locator('.search-result__excerpt').allTextContents();
    const pages = await page.locator('.search-result__title').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
    for (const [i, href] of pages.entries()) {
      const html = readFileSync(`dist${href}index.html`, 'utf8');
      const hidden = /data-pagefind-weight="10">([^<]*)</.exec(html)?.[1] ?? '';
      if (hidden) expect(hidden.includes(texts[i]!.replace(/…/g, '').trim().slice(0, 40)), `${href}: ${texts[i]}`).toBe(false);
    }
  }
});

test('on a phone the first result is on the first screen, with side margins', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/en/search/?q=${encodeURIComponent('order number')}`);
  const first = page.locator('[data-search-results] li').first();
  await expect(first).toBeVisible();
  const box = (await first.boundingBox())!;
  expect(box.y).toBeLessThan(800 - 80);
  expect(box.x).toBeGreaterThanOrEqual(12);
});

test('results update as the reader types, the query stays in the URL, and the count is announced', async ({ page }) => {
  await page.goto('/en/search/');
  const box = page.getByRole('searchbox', { name: 'Search the guide' }).last();
  await box.fill('order number');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page).toHaveURL(/\/en\/search\/\?q=order\+number$/);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('[data-search-status]')).toContainText(/results? for “order number”/);
  await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
});

test('no results offer suggestions and the wizard', async ({ page }) => {
  await page.goto('/sv/search/?q=xyzzyqwerty');
  await expect(page.locator('[data-search-status]')).toContainText('Inga träffar');
  await expect(page.locator('[data-search-empty] a[href="/sv/wizard/"]')).toBeVisible();
});

test('the section filter narrows results', async ({ page }) => {
  await page.goto('/en/search/?q=account');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await page.locator('[data-search-filters] select').selectOption('account');
  const hrefs = () => page.locator('[data-search-results] .search-result__title').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
  await expect.poll(async () => (await hrefs()).length > 0 && (await hrefs()).every((h) => h.startsWith('/en/account/'))).toBe(true);
});

test('markup typed as a query stays text: no element is ever made from it', async ({ page }) => {
  const markup = '<img src=x onerror=alert(1)><b>code</b>';
  await page.goto(`/en/search/?q=${encodeURIComponent(markup)}`);
  await expect(page.locator('[data-search-results] li, [data-search-empty]:not([hidden])').first()).toBeVisible();
  // Parsed as HTML it would create these elements (the CSP would only stop the handler running).
  expect(await page.locator('img[src="x"], site-search b').count()).toBe(0);
  await expect(page.locator('[data-search-page-input]')).toHaveValue(markup);
});

test('when the search index cannot load, the reader is told and gets the sections to browse', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/en/search/?q=password');
  await expect(page.locator('[data-search-status]')).toHaveText(en.search.failed);
  await expect(page.locator('[data-search-nojs]')).toBeVisible();
  expect(await page.locator('[data-search-nojs] li a').count()).toBeGreaterThan(5);
});

test('a sentence no single page holds every word of still finds pages through its words (any-word fallback)', async ({ page }) => {
  // exact=1 turns correction off, so the word no page holds stays in the query.
  await page.goto(`/en/search/?q=${encodeURIComponent('zebra order number')}&exact=1`);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(page.locator('[data-search-results] .search-result__title').first()).toBeVisible();
});

test('an article loads no search code until the reader reaches for search; / focuses the box', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await page.goto('/en/recover/email/');
  // Everything the page loads by itself has been asked for by the load event.
  await page.waitForLoadState('load');
  expect(scripts.filter((u) => u.includes('/pagefind/') || u.includes('search-words'))).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.locator('header [data-search-input]')).toBeFocused();
  await page.keyboard.type('code');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=code$/);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form leads to the search page, which explains and lists the sections', async ({ page }) => {
    await page.goto('/ru/');
    await page.locator('header [data-search-input]').fill('пароль');
    await page.locator('header form').getByRole('button').click();
    await expect(page).toHaveURL(/\/ru\/search\/\?q=/);
    await expect(page.locator('[data-search-nojs]')).toBeVisible();
    await expect(page.locator('[data-search-nojs] a[href="/ru/wizard/"]')).toBeVisible();
    expect(await page.locator('[data-search-nojs] li a').count()).toBeGreaterThan(5);
  });
});
