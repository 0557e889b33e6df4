import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, expectedLang, watch } from './site.ts';

const pages = builtPages();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the build holds the three home pages, the articles and the 404 page', () => {
  for (const path of ['/', '/ru/', '/sv/', '/en/']) expect(pages).toContain(path);
  expect(pages.length).toBeGreaterThan(4);
});

for (const path of pages) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} in ${scheme}: right lang, no console error, no foreign request, no axe violation`, async ({ page, baseURL }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const seen = watch(page, new URL(baseURL!).origin);
      await page.addInitScript(() => {
        const list: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
        document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const response = await page.goto(path + (path === '/' ? '?choose' : ''));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', expectedLang(path));
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.foreign).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      if (path !== '/404.html') await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
    });
  }

  test(`${path} fits a 360 px screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path + (path === '/' ? '?choose' : ''));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
