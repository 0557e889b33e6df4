import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const html = (path: string) => readFileSync(join('dist', path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
const editorsPages = ['/ru/editors/', '/sv/editors/', '/en/editors/'];

test('the editors page is built in every language, lists every article with each version, and is not for search engines', async ({ page }) => {
  for (const path of editorsPages) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    await expect(page.locator('[data-pagefind-ignore="all"]')).toHaveCount(1);
  }
  await page.goto('/en/editors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Translation status for editors');
  await expect(page.getByRole('heading', { level: 2, name: 'All articles' })).toBeVisible();
  const articles = builtPages().filter((p) => /^\/en\/(recover|account)\//.test(p) || ['/en/faq/', '/en/safety/', '/en/find-id/'].includes(p));
  for (const path of articles) await expect(page.locator('code', { hasText: new RegExp(`^${path.slice(4, -1)}$`) }).first()).toBeVisible();
});

test('no reader page links to the editors page, and the sitemap leaves it out', () => {
  for (const path of builtPages().filter((p) => !editorsPages.includes(p))) {
    expect(html(path), path).not.toMatch(/href="\/(ru|sv|en)\/editors\//);
  }
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  expect(sitemap).toContain('/en/faq/');
  expect(sitemap).not.toContain('/editors/');
});

test('without REPO_URL the editors page links nowhere outside the site, and without REPORT_URL articles have no report link', () => {
  for (const path of editorsPages) expect(html(path)).not.toMatch(/<a [^>]*href="https?:/);
  for (const path of ['/en/recover/email/', '/ru/faq/', '/sv/account/blocked/']) expect(html(path)).not.toContain('class="report-problem"');
});
