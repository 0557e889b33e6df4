import { expect, test } from '@playwright/test';
import { builtPages, watch } from './site.ts';

// Served with dist/_headers applied, the page has two policies: its meta tag and the header. Anything the
// header forgot (a hash, wasm, a worker) is blocked here and fails, though it passes under astro preview.
const cspWatch = () => {
  const list: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
  document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
};
const violations = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

for (const path of builtPages()) {
  test(`${path} under the header policy: served with its headers, nothing blocked, no console error`, async ({ page, baseURL }) => {
    const seen = watch(page, new URL(baseURL!).origin);
    await page.addInitScript(cspWatch);
    const response = await page.goto(path + (path === '/' ? '?choose' : ''));
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    await page.waitForLoadState('load');
    expect(await violations(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
  });
}

test('search (WebAssembly) and the wizard with its message composer work under the header policy', async ({ page, baseURL }) => {
  const seen = watch(page, new URL(baseURL!).origin);
  await page.addInitScript(cspWatch);
  await page.goto('/ru/search/?q=' + encodeURIComponent('pf,skf gfhjkm'));
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.goto('/en/wizard/');
  await page.locator('[data-answer="hacked"]').click();
  await page.locator('support-message [data-field="orderNumber"]').fill('8136901368135697');
  await expect(page.locator('support-message [data-support-message]')).toContainText('8136901368135697');
  await page.goto('/sv/find-id/');
  await page.locator('[data-id-check] textarea').fill('RB123456785GB');
  await expect(page.locator('[data-id-check] [data-kind]')).toHaveAttribute('data-kind', 'tracking-number');
  expect(await violations(page)).toEqual([]);
  expect(seen.errors).toEqual([]);
});
