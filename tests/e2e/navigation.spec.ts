import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { builtPages } from './site.ts';

const article = builtPages().find((path) => /^\/en\/recover\/email\/$/.test(path)) ?? '/en/recover/email/';
const names = { ru: 'Русский', sv: 'Svenska', en: 'English' } as const;

test.describe('language switcher', () => {
  for (const from of locales) {
    for (const to of locales.filter((other) => other !== from)) {
      test(`leads from the ${from} article to the same article in ${to}`, async ({ page }) => {
        await page.goto(article.replace('/en/', `/${from}/`));
        await page.getByRole('navigation', { name: /./ }).getByRole('link', { name: names[to] }).first().click();
        await expect(page).toHaveURL(new RegExp(`/${to}/recover/email/$`));
        await expect(page.locator('html')).toHaveAttribute('lang', to);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    }
  }
});

test.describe('page head', () => {
  test('an article has its description, canonical, hreflang for all three languages plus x-default, and Open Graph', async ({ page }) => {
    await page.goto('/sv/recover/email/');
    const head = page.locator('head');
    await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,160}/);
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/sv\/recover\/email\/$/);
    for (const lang of locales) {
      await expect(head.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', new RegExp(`/${lang}/recover/email/$`));
    }
    await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/en\/recover\/email\/$/);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'sv_SE');
  });

  test('an article shows its review date as a machine-readable time, breadcrumbs and the independence note', async ({ page }) => {
    await page.goto('/ru/recover/email/');
    await expect(page.locator('article time[datetime]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByRole('navigation', { name: 'Вы здесь' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('не связан с AliExpress и Alibaba Group');
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});

test.describe('root language chooser', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, locale: 'sv-SE' });
    test('shows three plain links and stays put', async ({ page }) => {
      await page.goto('/');
      const links = page.getByRole('main').getByRole('link');
      await expect(links).toHaveCount(3);
      await expect(page).toHaveURL(/\/$/);
      await links.filter({ hasText: 'Русский' }).click();
      await expect(page).toHaveURL(/\/ru\/$/);
    });
  });

  test.describe('with JavaScript and a Swedish browser', () => {
    test.use({ locale: 'sv-SE' });
    test('forwards to /sv/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/sv\/$/);
    });

    test('?choose keeps the chooser: the script ran and chose not to forward', async ({ page }) => {
      const navigations: string[] = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
      await page.goto('/?choose');
      // The redirect script is a module that runs before the load event; by then a forward would have started.
      await page.waitForLoadState('load');
      expect(navigations.map((u) => new URL(u).pathname + new URL(u).search)).toEqual(['/?choose']);
      await expect(page.getByRole('main').getByRole('link')).toHaveCount(3);
    });
  });

  test.describe('with JavaScript and a browser in a language the site lacks', () => {
    test.use({ locale: 'de-DE' });
    test('stays on the chooser instead of guessing', async ({ page }) => {
      await page.goto('/');
      await page.waitForLoadState('load');
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('main').getByRole('link')).toHaveCount(3);
    });
  });

  test('remembers a language picked in the switcher and forwards there next time, once', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/$/);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(new URL(frame.url()).pathname));
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru\/$/);
    await page.waitForLoadState('load');
    // Forwarded exactly once: the Russian page never sends the reader on.
    expect(navigations).toEqual(['/', '/ru/']);
  });
});

test('an unknown address answers 404 with the trilingual not-found page', async ({ page }) => {
  const response = await page.goto('/sv/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sidan finns inte');
  await expect(page.getByRole('link', { name: /svenska startsidan/ })).toHaveAttribute('href', '/sv/');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('an article reads completely: steps, figures and footer', async ({ page }) => {
    await page.goto('/en/recover/email/');
    await expect(page.locator('.steps ol > li').first()).toBeVisible();
    await expect(page.locator('svg.mockup[role="img"]').first()).toHaveAttribute('aria-label', /.{10,}/);
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });
});

test.describe('with JavaScript on', () => {
  test('blocks meant only for readers without JavaScript are hidden, and the enhanced controls show', async ({ page }) => {
    await page.goto('/sv/find-id/');
    const noJs = page.locator('.no-js-only');
    expect(await noJs.count()).toBeGreaterThan(0);
    for (const block of await noJs.all()) await expect(block).toBeHidden();
    await expect(page.locator('.js-only').first()).toBeVisible();
    await page.goto('/en/wizard/hacked/');
    await expect(page.locator('support-message .support-message__template').first()).toBeHidden();
    await expect(page.locator('support-message [data-field="orderNumber"]')).toBeVisible();
  });
});
