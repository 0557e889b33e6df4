import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import { watch } from './site.ts';

const words = { en, ru, sv } as const;
// The visible words may carry non-breaking spaces from the typography step.
const plain = (text: string | null) => (text ?? '').replace(/\u00A0/g, ' ');

/** The messages a reader must read for each input, by their locale keys (a hand-written table, not the code's). */
const readerMessages: [input: string, messages: (keyof typeof en.idCheck.kinds)[]][] = [
  ['8136901368135697', ['order-number']],
  ['RB123456785GB', ['tracking-number', 'tracking-valid']],
  ['RB123456784GB', ['tracking-number', 'tracking-invalid']],
  ['us1171071063ckvl', ['member-id']],
  ['someone@example.com', ['email']],
  ['*****@aliexpress.com', ['email-social']],
  ['+33 6 12 34 56 78', ['phone-global']],
  ['+7 916 123-45-67', ['phone-ru']],
  ['+46 70 123 45 67', ['phone-none']],
  ['4111 1111 1111 1111', ['card-number']],
  ['1005001234567890', ['product-id']],
  ['482913', ['code', 'card-start']],
  ['982913', ['code']],
  ['Your AliExpress verification code is 482913', ['code']],
  ['Sommar2024!', ['password']],
  ['4111 1111 1111 1111 12/27 123', ['card-number']],
  ['My order is 8136901368135697, card 4111111111111111', ['card-number']],
  ['service@notice-alibaba.com', ['email-fake']],
  ['member@notice.alibaba.com', ['email-sender']],
  ['3530 1113 3330 0001', ['card-number']],
  ['3530111333300001', ['order-probably', 'maybe-card']],
  ['813690136813569', ['order-incomplete']],
  ['anna@aliexpress.com', ['email-aliexpress']],
  ['1234', ['four-digits']],
  ['ivanov1985', ['password']],
  ['https://aliexpress.com@evil.net/login', ['link-fake']],
  ['alixpress.com/login', ['link-fake']],
  ['8171999927660000', ['order-probably', 'maybe-card']],
  ['https://bit.ly/3abcD', ['link-short']],
  ['19850412-1230', ['personal-number']],
  ['https://accounts.google.com/signin/recovery', ['link-other']],
  ['aliexpress.us', ['link-country']],
  ['0712 345 678', ['phone-national']],
  ['427638', ['code', 'card-start']],
  ['12 34 56', ['code']],
  ['08/29', ['card-expiry']],
  ['SE45 5000 0000 0583 9825 7466', ['bank-account']],
  ['lösenord: hemligt', ['password']],
  ['https://seller123.en.alibaba.com/', ['link-alibaba']],
  ['a1iexpress.com', ['link-fake']],
  ['12/25 4276 3800 1234 5678', ['card-number']],
  ['пароль: vasya1985', ['password']],
  ['https://login.aliexpress.com/reset', ['link-genuine']],
  ['aliexpress.com.safe-login.net/login', ['link-fake']],
  ['hello', ['unknown']],
];

// The checker's rules load when the reader first reaches for the field.
async function ready(page: Page) {
  await page.locator('[data-id-check] textarea').focus();
  await page.waitForFunction(() => Boolean(customElements.get('id-check')));
}

for (const lang of locales) {
  test(`${lang}: the checker shows the words and the link each kind needs`, async ({ page }) => {
    await page.goto(`/${lang}/find-id/`);
    const box = page.locator('[data-id-check]');
    const result = box.locator('[data-kind]');
    await expect(result).toHaveAttribute('data-kind', 'empty');
    await ready(page);
    for (const [input, messages] of readerMessages) {
      await box.locator('textarea').fill(input);
      const text = plain(await result.textContent());
      const others = Object.keys(words[lang].idCheck.kinds).filter((k) => !messages.includes(k as never) && k !== 'empty');
      for (const key of messages) {
        const kind = words[lang].idCheck.kinds[key] as { title: string; link?: string };
        expect(text, `${input}: ${key} title`).toContain(plain(kind.title).replace(/\{\{\w+\}\}.*/, '').trim());
        if (kind.link) await expect(result.getByRole('link', { name: plain(kind.link) })).toBeVisible();
      }
      // No other kind's title may show: a swapped message is a wrong instruction.
      for (const key of others) {
        const title = plain((words[lang].idCheck.kinds as Record<string, { title: string }>)[key]!.title);
        if (!title.includes('{{') && !messages.some((m) => plain((words[lang].idCheck.kinds as Record<string, { title: string }>)[m]!.title).includes(title))) {
          expect(text, `${input} must not say “${title}”`).not.toContain(title);
        }
      }
    }
  });
}

const realFormats: [input: string, kind: string, extra?: Record<string, string>][] = [
  ['8136901368135697', 'order-number'],
  ['RB123456785GB', 'tracking-number', { 'data-checksum': 'valid' }],
  ['RB123456784GB', 'tracking-number', { 'data-checksum': 'invalid' }],
  ['LP00123456789012', 'tracking-number'],
  ['us1171071063ckvl', 'member-id'],
  ['*****@aliexpress.com', 'email'],
  ['+33 6 12 34 56 78', 'phone', { 'data-phone-reset': 'global' }],
  ['+7 916 123-45-67', 'phone', { 'data-phone-reset': 'ru' }],
  ['+46 70 123 45 67', 'phone', { 'data-phone-reset': 'none' }],
  ['4111 1111 1111 1111', 'card-number'],
  ['1005001234567890', 'product-id'],
  ['482 913', 'code'],
  ['hello', 'unknown'],
  ['', 'empty'],
];

for (const lang of locales) {
  test(`${lang}: the checker names each kind as the reader types, without any request or URL change`, async ({ page, baseURL }) => {
    const seen = watch(page, new URL(baseURL!).origin);
    await page.goto(`/${lang}/find-id/`);
    // The island is up once the reader has reached for the field and its rules have arrived; requests are counted from there.
    await expect(page.locator('[data-id-check] [data-kind]')).toHaveAttribute('data-kind', 'empty');
    await ready(page);
    const url = page.url();
    const historyLength = await page.evaluate(() => history.length);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const box = page.locator('[data-id-check]');
    const field = box.locator('textarea, input').first();
    await expect(field).toHaveAttribute('autocomplete', 'off');
    const result = box.locator('[data-kind]');
    for (const [input, kind, extra] of realFormats) {
      await field.fill(input);
      await expect(result).toHaveAttribute('data-kind', kind);
      for (const [name, value] of Object.entries(extra ?? {})) await expect(result).toHaveAttribute(name, value);
    }
    expect(requests).toEqual([]);
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, history.length])).toEqual([0, 0, historyLength]);
    expect(seen.errors).toEqual([]);
  });
}

test('a full card number gets the warning and only its masked form is shown back', async ({ page }) => {
  await page.goto('/en/find-id/');
  await page.locator('[data-id-check] textarea').fill('4111 1111 1111 1111');
  const result = page.locator('[data-id-check] [data-kind]');
  await expect(result).toContainText('keep it to yourself');
  await expect(result).toContainText('never need the full number');
  await expect(result).toContainText('411111 … 1111');
  await expect(result).not.toContainText('4111 1111 1111 1111');
});

test('markup typed into the field stays text: no element is ever made from it', async ({ page }) => {
  await page.goto('/en/find-id/');
  const markup = '<img src=x onerror=alert(1)><script>alert(2)</script><b>bold</b>';
  await page.locator('[data-id-check] textarea').fill(markup);
  await expect(page.locator('[data-id-check] [data-kind]')).toHaveAttribute('data-kind', 'unknown');
  // Parsed as HTML it would create these elements (the CSP would only stop the handler running).
  expect(await page.locator('img[src="x"], [data-id-check] b, [data-id-check] [data-kind] script').count()).toBe(0);
  await expect(page.locator('[data-id-check] textarea')).toHaveValue(markup);
});

test('the clear button empties the field and the result', async ({ page }) => {
  await page.goto('/sv/find-id/');
  const field = page.locator('[data-id-check] textarea');
  await field.fill('8136901368135697');
  await page.getByRole('button', { name: 'Rensa' }).click();
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await expect(page.locator('[data-id-check] [data-kind]')).toHaveAttribute('data-kind', 'empty');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the field is hidden and the formats table is shown', async ({ page }) => {
    await page.goto('/ru/find-id/');
    await expect(page.locator('[data-id-check] textarea')).toBeHidden();
    await expect(page.locator('[data-id-check] table')).toBeVisible();
    await expect(page.locator('[data-id-check] table')).toContainText('RB123456785GB');
  });
});

test.describe('ID guide variants', () => {
  test('with JavaScript one variant shows at a time, the picker switches it and the fragment keeps the choice', async ({ page }) => {
    await page.goto('/en/find-id/');
    const visible = page.locator('section[data-variant]:visible');
    await expect(visible).toHaveCount(1);
    await expect(visible).toHaveAttribute('data-variant', 'app-current');
    await page.locator('.variant-picker').getByLabel('The website').check();
    await page.locator('.variant-picker').getByLabel('Older design').check();
    await expect(visible).toHaveAttribute('data-variant', 'web-older');
    const hash = new URL(page.url()).hash;
    expect(hash.length).toBeGreaterThan(1);
    await page.reload();
    await expect(page.locator('section[data-variant]:visible')).toHaveAttribute('data-variant', 'web-older');
  });

  for (const lang of ['ru', 'sv', 'en'] as const) {
    test(`${lang}: a contents link to a hidden variant shows it and scrolls to it`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`/${lang}/find-id/`);
      await expect(page.locator('section[data-variant]:visible')).toHaveAttribute('data-variant', 'app-current');
      const heading = page.locator('section[data-variant="web-older"] h2');
      const id = await heading.getAttribute('id');
      await page.locator('details.toc--inline summary').click();
      await page.locator(`details.toc--inline a[href="#${id}"]`).click();
      await expect(page.locator('section[data-variant]:visible')).toHaveAttribute('data-variant', 'web-older');
      await expect(heading).toBeInViewport();
      await expect(page.locator('.variant-picker input[value="web"]')).toBeChecked();
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('all four variants are shown in turn', async ({ page }) => {
      await page.goto('/sv/find-id/');
      await expect(page.locator('section[data-variant]:visible')).toHaveCount(4);
    });
  });
});

// What the reader reads as a phone's country, in each language: the code first, then the name (no article,
// no case ending to get wrong). +7 is Russia or Kazakhstan, never "another country". A number without its country
// code is said to lack one: 07… is Swedish and British alike, so no country is guessed.
const phoneTitles: Record<string, [input: string, shown: string][]> = {
  en: [['07700 900123', en.idCheck.kinds['phone-national'].title], ['+7 916 123-45-67', '+7 (Russia)'], ['+7 701 123 45 67', '+7 (Kazakhstan)'], ['8 916 123 45 67', '+7 (Russia)'], ['+44 7700 900123', '+44 (United Kingdom)'], ['+31 6 12345678', '+31 (Netherlands)']],
  ru: [['+7 916 123-45-67', '+7 (Россия)'], ['+7 701 123 45 67', '+7 (Казахстан)'], ['+44 7700 900123', '+44 (Великобритания)']],
  sv: [['070-123 45 67', sv.idCheck.kinds['phone-national'].title], ['+7 916 123-45-67', '+7 (Ryssland)'], ['+7 701 123 45 67', '+7 (Kazakstan)'], ['+46 70 123 45 67', '+46 (Sverige)']],
};
for (const lang of locales) {
  test(`${lang}: a phone number is named by its calling code and country, +7 included`, async ({ page }) => {
    await page.goto(`/${lang}/find-id/`);
    const result = page.locator('[data-id-check] [data-kind]');
    for (const [input, shown] of phoneTitles[lang]!) {
      await page.locator('[data-id-check] textarea').fill(input);
      const title = plain(await result.locator('.id-result__title').first().textContent());
      expect(title, input).toContain(shown);
      expect(title, input).not.toMatch(/another country|другая страна|ett annat land/);
    }
  });
}

for (const lang of locales) {
  test(`${lang}: a pasted address is judged by the domain rule, and its domain is shown as text`, async ({ page }) => {
    await page.goto(`/${lang}/find-id/`);
    const result = page.locator('[data-id-check] [data-kind]');
    await page.locator('[data-id-check] textarea').fill('https://user@evil.example/login');
    await expect(result).toHaveAttribute('data-kind', 'link');
    await expect(result).toContainText('evil.example');
    // An address unrelated to AliExpress is named neutrally (an email service's recovery page is one); a look-alike is warned about.
    await expect(result).toContainText(plain(words[lang].idCheck.kinds['link-other'].title));
    // An email service's own recovery page is where the lost-inbox page sends the reader to type that service's
    // password: only AliExpress's password and codes are forbidden there.
    await page.locator('[data-id-check] textarea').fill('https://accounts.google.com/signin/recovery');
    await expect(result).toContainText({ en: 'your AliExpress password', ru: 'пароль и коды от AliExpress', sv: 'ditt lösenord eller en kod från AliExpress' }[lang]);
    await page.locator('[data-id-check] textarea').fill('https://login.aliexpress.com.evil.example/login');
    await expect(result).toContainText(plain(words[lang].idCheck.kinds['link-fake'].title));
    await expect(result).toContainText('login.aliexpress.com.evil.example');
    await page.locator('[data-id-check] textarea').fill('login.aliexpress.com');
    await expect(result).toContainText(plain(words[lang].idCheck.kinds['link-genuine'].title));
  });
}

test('the checker’s rules load only when the reader reaches for the field, and text pasted before they arrive is checked', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  // Hold the rules back, as a slow phone would, so the paste lands before they arrive.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/id-check\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/find-id/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /\/id-check\./.test(s))).toEqual([]);
  await page.locator('[data-id-check] textarea').fill('8136901368135697');
  expect(await page.evaluate(() => Boolean(customElements.get('id-check')))).toBe(false);
  release();
  await expect(page.locator('[data-id-check] [data-kind]')).toHaveAttribute('data-kind', 'order-number');
});
