import { expect, test } from '@playwright/test';
import { builtPages, watch } from './site.ts';

// Served with dist/_headers applied, the page has two policies: its meta tag and the header. Anything the
// header forgot (a hash, wasm, a worker) is blocked here and fails, though it passes under astro preview.
const cspWatch = () => {
  const list: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
  document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
};
const violations = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

// Grouped by language (one browser page each) to keep the run short; a failure names every page it found.
const groups = new Map<string, string[]>();
for (const path of builtPages()) {
  const group = path.split('/')[1] || 'root';
  groups.set(group, [...(groups.get(group) ?? []), path]);
}
for (const [group, paths] of groups) {
  test(`${group}: every page under the header policy is served with its headers, nothing blocked, no console error`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const seen = watch(page, new URL(baseURL!).origin);
    await page.addInitScript(cspWatch);
    const problems: string[] = [];
    for (const path of paths) {
      const response = await page.goto(path + (path === '/' ? '?choose' : ''));
      const headers = response?.headers() ?? {};
      if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
      if (!headers['content-security-policy']?.includes("frame-ancestors 'none'")) problems.push(`${path}: no header policy`);
      if (headers['x-content-type-options'] !== 'nosniff') problems.push(`${path}: no nosniff`);
      await page.waitForLoadState('load');
      for (const violation of await violations(page)) problems.push(`${path}: blocked ${violation}`);
      for (const error of seen.errors.splice(0)) problems.push(`${path}: ${error}`);
    }
    expect(problems).toEqual([]);
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
