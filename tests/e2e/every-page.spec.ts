import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, expectedLang, watch } from './site.ts';

const pages = builtPages();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'wcag21a'];

test('the build holds the three home pages, the articles and the 404 page', () => {
  for (const path of ['/', '/ru/', '/sv/', '/en/']) expect(pages).toContain(path);
  expect(pages.length).toBeGreaterThan(4);
});

// One load per page: a phone width first (nothing may scroll sideways), then a desktop width in light and
// dark with axe, while console errors, requests to other origins and CSP violations are collected throughout.
for (const path of pages) {
  test(`${path}: right lang, fits 360 px, no axe violation in light or dark, no console error, no foreign request, no CSP violation`, async ({ page, baseURL }) => {
    const seen = watch(page, new URL(baseURL!).origin);
    await page.addInitScript(() => {
      const list: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
      document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.setViewportSize({ width: 360, height: 740 });
    const response = await page.goto(path + (path === '/' ? '?choose' : ''));
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', expectedLang(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scrolling at 360 px').toBeLessThanOrEqual(0);
    // Every rule in light; in dark only what a colour scheme can change: the contrast of text and controls.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = scheme === 'dark' ? new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']) : new AxeBuilder({ page }).withTags(WCAG);
      const results = await axe.analyze();
      expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    if (path !== '/404.html') await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
  });
}
