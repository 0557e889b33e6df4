import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { builtPages } from './site.ts';

// Readers are locked out and on a phone: what to do must be on the first screen, before anything else.
const procedures = builtPages().filter((path) => /^\/(ru|sv|en)\/(recover|account)\/[^/]+\/$/.test(path));

test('every language has recover and account articles to check', () => {
  for (const lang of locales) expect(procedures.filter((p) => p.startsWith(`/${lang}/`)).length).toBeGreaterThanOrEqual(9);
});

for (const lang of locales) {
  for (const javaScript of [true, false]) {
    test(`${lang}: every recover and account article shows its whole first step on a 360×800 screen (JavaScript ${javaScript ? 'on' : 'off'})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of procedures.filter((p) => p.startsWith(`/${lang}/`))) {
        await page.goto(path);
        const first = page.locator('.prose .steps').first().locator('li').first();
        await expect(first, path).toBeVisible();
        const box = (await first.boundingBox())!;
        if (box.y + box.height > 800) problems.push(`${path}: the first step ends ${Math.round(box.y + box.height)} px down`);
        // Only the title, the review line, a collapsed contents line and a lead of at most two paragraphs may stand above it.
        const above = await page.evaluate(() => {
          const prose = document.querySelector('.prose')!;
          const steps = prose.querySelector('.steps')!;
          return [...prose.children].slice(0, [...prose.children].indexOf(steps)).map((el) => el.tagName.toLowerCase());
        });
        if (above.some((tag) => tag !== 'p') || above.length > 2) problems.push(`${path}: before the first steps stands ${above.join(', ')}`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
}

test('the contents are one collapsed line on a phone and a column beside the text on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/recover/phone/');
  const inline = page.locator('details.toc--inline');
  await expect(inline).toBeVisible();
  await expect(inline).not.toHaveAttribute('open', /.*/);
  await expect(page.locator('nav.toc--side')).toBeHidden();
  expect((await inline.boundingBox())!.height).toBeLessThanOrEqual(60);
  await inline.locator('summary').click();
  await expect(inline.getByRole('link').first()).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('nav.toc--side')).toBeVisible();
  await expect(inline).toBeHidden();
  const side = (await page.locator('nav.toc--side').boundingBox())!;
  const text = (await page.locator('article.article').boundingBox())!;
  expect(side.x).toBeGreaterThanOrEqual(text.x + text.width);
});

test('a wrapped contents entry keeps its number beside its first line', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/ru/recover/phone/');
  await page.locator('details.toc--inline summary').click();
  const links = page.locator('details.toc--inline li a');
  for (let i = 0; i < (await links.count()); i++) {
    const link = links.nth(i);
    const [linkTop, itemTop] = await link.evaluate((a) => [a.getBoundingClientRect().top, a.closest('li')!.getBoundingClientRect().top]);
    expect(Math.abs(linkTop! - itemTop!)).toBeLessThanOrEqual(1);
  }
});

// Beyond three phone screens a reader needs the "On this page" line to reach the section that fits them.
const articles = builtPages().filter((path) => /^\/(ru|sv|en)\/(?!wizard\/|search\/|editors\/)[a-z-]+\/(?:[a-z-]+\/)?$/.test(path));
for (const lang of locales) {
  test(`${lang}: every article longer than three phone screens has "On this page", and every table fits or shows it scrolls`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    const mine = articles.filter((p) => p.startsWith(`/${lang}/`));
    expect(mine.length).toBeGreaterThanOrEqual(13);
    for (const path of mine) {
      await page.goto(path);
      const { height, toc, tables } = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        toc: document.querySelector('details.toc--inline') !== null,
        tables: [...document.querySelectorAll('.prose table')].map((table) => {
          const wrap = table.parentElement!;
          const style = getComputedStyle(wrap);
          return { wide: table.scrollWidth > wrap.clientWidth + 1, scrolls: style.overflowX === 'auto', cue: style.backgroundImage !== 'none' };
        }),
      }));
      if (height > 3 * 800 && !toc) problems.push(`${path}: ${height} px tall without "On this page"`);
      tables.forEach((t, i) => {
        if (t.wide && !(t.scrolls && t.cue)) problems.push(`${path}: table ${i + 1} is wider than the phone and does not show that it scrolls`);
      });
    }
    expect(problems).toEqual([]);
    await context.close();
  });
}
