import { expect, test, type Locator } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';

const recover = ['email', 'mobile-app', 'phone', 'order-number', 'bank-card', 'support-chat', 'social-login'];

for (const lang of locales) {
  test(`${lang}: the FAQ's structured data holds exactly its visible questions`, async ({ page }) => {
    await page.goto(`/${lang}/faq/`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(data['@type']).toBe('FAQPage');
    // Structured data carries plain spaces where the page shows typography's non-breaking ones.
    const visible = (await page.locator('.prose h2').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(visible.length).toBeGreaterThanOrEqual(12);
    expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual(visible);
    for (const q of data.mainEntity) expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
  });

  test(`${lang}: every recover article has an illustration with alt text`, async ({ page }) => {
    for (const slug of recover) {
      await page.goto(`/${lang}/recover/${slug}/`);
      await expect(page.locator('figure svg.mockup[role="img"]').first()).toHaveAttribute('aria-label', /.{10,}/);
      await expect(page.locator('figure figcaption').first()).not.toBeEmpty();
    }
  });

  test(`${lang}: the home page leads to the situations, the wizard and search`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    expect(await page.locator('.situations a').count()).toBeGreaterThanOrEqual(6);
    // The routes readers used to lack each have a tile of their own, and the lost inbox opens its own page.
    for (const slug of ['recover/lost-inbox', 'recover/no-email', 'account/sms-code', 'recover/chat-sign-in']) {
      await expect(page.locator(`.situations a[href="/${lang}/${slug}/"]`), slug).toHaveCount(1);
    }
    // A lost phone and a password typed into a fake page open the section written for them (the link check holds the ids).
    for (const slug of ['account/sms-code', 'safety']) await expect(page.locator(`.situations a[href^="/${lang}/${slug}/#"]`), slug).toHaveCount(1);
    await page.locator(`.situations a[href="/${lang}/recover/lost-inbox/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/recover/lost-inbox/$`));
    await page.goBack();
    // The wizard is offered above the answers, for the reader who does not know which fits, and again below them.
    const wizard = page.locator(`main a[href="/${lang}/wizard/"]`);
    await expect(wizard).toHaveCount(2);
    await expect(wizard.first()).toBeVisible();
    const [above, firstTile] = await Promise.all([wizard.first().boundingBox(), page.locator('.situations a').first().boundingBox()]);
    expect(above!.y).toBeLessThan(firstTile!.y);
    await expect(page.locator('header form[role="search"]')).toBeVisible();
  });
}

test('text at 200% still fits without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 720, height: 900 });
  for (const path of ['/en/recover/bank-card/', '/ru/find-id/', '/sv/wizard/phone-region/']) {
    await page.goto(path);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('printing an article leaves out navigation and search but keeps the steps', async ({ page }) => {
  await page.goto('/en/recover/email/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  // The page has contents twice (a phone's collapsed line, a desktop's column): print neither.
  expect(await page.locator('.toc').count()).toBe(2);
  for (const toc of await page.locator('.toc').all()) await expect(toc).toBeHidden();
  await expect(page.locator('.steps li').first()).toBeVisible();
});

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

// Each element's text with the line each character sits on, as the reader sees it laid out.
async function laidOut(locator: Locator): Promise<{ text: string; tops: number[] }[]> {
  return locator.evaluateAll((elements) =>
    elements
      // The article's own text: the composer's menus and message boxes are form controls, not prose.
      .filter((el) => !el.closest('support-message'))
      .map((el) => {
        const range = document.createRange();
        let text = '';
        const tops: number[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? '').length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            text += node.textContent![i];
            tops.push(Math.round(range.getBoundingClientRect().top));
          }
        }
        return { text, tops };
      }),
  );
}

// The characters in text[from, to) after which the line changes.
const wrapsAfter = ({ text, tops }: { text: string; tops: number[] }, from: number, to: number) =>
  [...text.slice(from, to)].flatMap((char, i) => (from + i + 1 < to && tops[from + i + 1]! > tops[from + i]! + 2 ? [char] : []));

test('on a phone, a web address to type by hand wraps only after a slash, never inside a word', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  let checked = 0;
  for (const lang of locales) {
    await page.goto(`/${lang}/recover/lost-inbox/`);
    const addresses = (await laidOut(page.locator('.prose strong, .prose code'))).filter((el) => /[a-z0-9-]+\.[a-z]{2,}\/\S/i.test(el.text));
    expect(addresses.length, `${lang}: the lost-inbox page lists recovery addresses`).toBeGreaterThan(2);
    for (const el of addresses) {
      const before = wrapsAfter(el, 0, el.text.length);
      for (const char of before) expect(char, `${lang}: “${el.text}” wraps after “${char}”`).toMatch(/[/.\s]/);
      checked += before.length;
    }
  }
  // At 360 px some of the long addresses do wrap: the check above saw real line breaks.
  expect(checked).toBeGreaterThan(0);
});

test('on a phone, the example address in the domain rule wraps only after a slash', async ({ page }) => {
  // Wherever a phone's width puts the line's end, it falls after a slash of the address.
  for (const [lang, width] of locales.flatMap((l) => [300, 312, 320, 328, 336, 344, 352, 360, 375, 390, 414].map((w) => [l, w] as const))) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/${lang}/safety/`);
    for (const el of await laidOut(page.locator('.rule p'))) {
      const start = el.text.indexOf('https://');
      if (start < 0) continue;
      const end = el.text.indexOf(' ', start) < 0 ? el.text.length : el.text.indexOf(' ', start);
      for (const char of wrapsAfter(el, start, end)) expect(char, `${lang} at ${width} px: the address wraps after “${char}”`).toBe('/');
    }
  }
});

test('on a phone, a short on-screen label is never split across two lines', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  let seen = 0;
  for (const path of ['/sv/recover/email/', '/en/account/sms-code/', '/ru/recover/phone/', '/sv/account/blocked/']) {
    await page.goto(path);
    const split = await page.locator('.prose .ui').evaluateAll((labels) =>
      labels.filter((label) => (label.textContent ?? '').replace('≈', '').trim().length <= 24).map((label) => ({ text: label.textContent, lines: new Set([...label.getClientRects()].map((r) => Math.round(r.top))).size })),
    );
    seen += split.length;
    expect(split.filter((label) => label.lines > 1), path).toEqual([]);
  }
  expect(seen).toBeGreaterThan(5);
});

test('on a phone, a short hyphenated word is never split at its hyphen ("e-|postadress")', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  let checked = 0;
  // Also the composer's buttons and warning, and a shared rule: they are set apart from the article's text.
  for (const [path, word] of [['/sv/recover/no-email/', 'e-postadress'], ['/ru/account/sms-code/', 'SIM-карт'], ['/sv/account/sms-code/', 'e-post'], ['/ru/account/hacked/', 'по-русски'], ['/ru/recover/bank-card/', 'CVV-код'], ['/sv/account/hacked/', 'e-post']] as const) {
    await page.goto(path);
    for (const el of await laidOut(page.locator('h1, .prose p, .prose li, support-message button, support-message label, .rule p'))) {
      for (let at = el.text.indexOf(word); at !== -1; at = el.text.indexOf(word, at + 1)) {
        checked += 1;
        expect(wrapsAfter(el, at, at + word.length), `${path}: “${word}” split across lines`).toEqual([]);
      }
    }
  }
  expect(checked).toBeGreaterThan(3);
});
