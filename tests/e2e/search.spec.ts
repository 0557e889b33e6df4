import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';

const queries = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as Record<string, [string, string][]>;

/** The result links the search page shows for a query, top first. */
async function resultsFor(page: Page, lang: string, query: string): Promise<string[]> {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-status]');
  await expect(status).not.toHaveText('');
  await expect(status).not.toHaveText(/…$/);
  return page.locator('[data-search-results] .search-result__title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

for (const lang of locales) {
  test.describe(`${lang} relevance`, () => {
    for (const [query, slug] of queries[lang] ?? []) {
      test(`“${query}” finds ${slug} in the top 3`, async ({ page }) => {
        const top = (await resultsFor(page, lang, query)).slice(0, 3);
        expect(top).toContain(`/${lang}/${slug}/`);
      });
    }
  });
}

test('every language has at least 15 reader queries', () => {
  for (const lang of locales) expect(queries[lang]?.length ?? 0).toBeGreaterThanOrEqual(15);
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
  await page.locator('[data-search-filters]').getByLabel('Blocked or deleted accounts').check();
  const hrefs = () => page.locator('[data-search-results] .search-result__title').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
  await expect.poll(async () => (await hrefs()).length > 0 && (await hrefs()).every((h) => h.startsWith('/en/account/'))).toBe(true);
});

test('markup typed as a query is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => void d.dismiss().then(() => dialogs++));
  await page.goto(`/en/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('[data-search-status]')).not.toHaveText('');
  expect(await page.locator('site-search img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('an article loads no search code until the reader reaches for search; / focuses the box', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await page.goto('/en/recover/email/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((u) => u.includes('/pagefind/'))).toEqual([]);
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
