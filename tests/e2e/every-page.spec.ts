import { expect, test } from '@playwright/test';
import { CONTRAST_RULES, axeViolations } from './axe.ts';
import { builtPages, expectedLang, watch } from './site.ts';

const pages = builtPages();

test('the build holds the three home pages, the articles and the 404 page', () => {
  for (const path of ['/', '/ru/', '/sv/', '/en/']) expect(pages).toContain(path);
  expect(pages.length).toBeGreaterThan(4);
});

test('the axe check fails a page that breaks a rule, in either scheme and at either width', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => {
    // Styles set through the DOM: the page's policy forbids style attributes in markup.
    const faint = Object.assign(document.createElement('p'), { textContent: 'Faint words' });
    Object.assign(faint.style, { color: '#777', background: '#888' });
    document.querySelector('main')!.prepend(faint, Object.assign(document.createElement('img'), { src: '/favicon.svg' }));
  });
  expect((await axeViolations(page)).map((line) => line.split(':')[0])).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await axeViolations(page, CONTRAST_RULES)).map((line) => line.split(':')[0])).toEqual(['color-contrast']);
});

// The wizard's step pages share two templates in every language; English checks each step at both widths,
// Russian and Swedish at the phone width, where text is longest and most likely to overflow or wrap badly.
const desktopChecked = (path: string) => !/^\/(ru|sv)\/wizard\/(?!map\/)[^/]+\/$/.test(path);

const checks = [
  { width: 360, scheme: 'light', rules: undefined },
  { width: 360, scheme: 'dark', rules: CONTRAST_RULES },
  { width: 1280, scheme: 'light', rules: CONTRAST_RULES },
  { width: 1280, scheme: 'dark', rules: CONTRAST_RULES },
] as const;

// One load per page, pages in groups of eight per test (one browser page each), every failure named by page.
// At 360 px nothing may scroll sideways and axe checks every WCAG rule in light, then the contrast rules in
// dark. At 1280 px (where the contents column appears) the contrast rules run in both schemes. Console
// errors, requests to other origins and CSP violations are collected throughout.
const groups: string[][] = [];
for (let i = 0; i < pages.length; i += 8) groups.push(pages.slice(i, i + 8));
for (const group of groups) {
  test(`${group[0]} … ${group.at(-1)}: right lang, fits 360 px, no axe violation at 360 and 1280 px in light or dark, no console error, no foreign request, no CSP violation`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const seen = watch(page, new URL(baseURL!).origin);
    await page.addInitScript(() => {
      const list: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
      document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of group) {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path + (path === '/' ? '?choose' : ''));
      expect.soft(response?.status(), `${path}: status`).toBe(200);
      expect.soft(await page.locator('html').getAttribute('lang'), `${path}: lang`).toBe(expectedLang(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${path}: sideways scrolling at 360 px`).toBeLessThanOrEqual(0);
      for (const { width, scheme, rules } of checks) {
        if (width > 360 && !desktopChecked(path)) continue;
        await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
        await page.emulateMedia({ colorScheme: scheme });
        expect.soft(await axeViolations(page, rules), `${path}: axe at ${width} px in ${scheme}`).toEqual([]);
      }
      expect.soft(seen.errors.splice(0), `${path}: console errors`).toEqual([]);
      expect.soft(seen.foreign.splice(0), `${path}: requests to other origins`).toEqual([]);
      expect.soft(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), `${path}: CSP violations`).toEqual([]);
      if (path !== '/404.html') {
        expect.soft(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'), `${path}: meta policy`).toMatch(/script-src 'self'/);
      }
    }
  });
}
