import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';

/** Runs a pagefind query in the page's own language index and returns each result's URL and indexed text. */
async function search(page: Page, query: string): Promise<{ url: string; content: string }[]> {
  return page.evaluate(async (q) => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ url);
    await pagefind.init();
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.map((r: { data: () => Promise<{ url: string; content: string }> }) => r.data()));
    return data.map((d) => ({ url: d.url, content: d.content }));
  }, query);
}

test('pagefind builds one index per language', () => {
  const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
  for (const lang of locales) expect(entry.languages[lang]?.page_count ?? 0).toBeGreaterThan(0);
});

for (const lang of locales) {
  test(`${lang}: the article is found, header and footer text is not indexed`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const title = await page.evaluate(async (l) => {
      const res = await fetch(`/${l}/recover/email/`);
      const html = await res.text();
      return new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent ?? '';
    }, lang);
    expect(title.length).toBeGreaterThan(0);
    const hit = (await search(page, title)).find((result) => result.url === `/${lang}/recover/email/`);
    expect(hit, 'the article comes back for its own title').toBeTruthy();
    const footer = (await page.getByRole('contentinfo').locator('strong').textContent()) ?? '';
    const siteName = (await page.locator('.site-name').textContent())?.trim() ?? '';
    const skip = (await page.locator('.skip-link').textContent())?.trim() ?? '';
    for (const outside of [footer.slice(0, 40), siteName, skip]) {
      expect(outside.length).toBeGreaterThan(0);
      expect(hit!.content).not.toContain(outside);
    }
  });
}
