import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };

/** Reader queries per language: tidy ones, hurried ones (typos, wrong layout, no diacritics, short words, sentences), and situations as readers describe them. */
type Fixtures = Record<(typeof kinds)[number], [string, string][]>;
const kinds = ['tidy', 'hurried', 'situations'] as const;
const queries = Object.fromEntries(locales.map((lang) => [lang, JSON.parse(readFileSync(`tests/fixtures/search-queries/${lang}.json`, 'utf8')) as Fixtures]));

// One page per language and kind: each query is typed into the search box as a reader would, and every
// query whose article is not in the top 3 is listed.
for (const lang of locales) {
  for (const kind of kinds) {
    test(`${lang}: every ${kind} reader query finds its article in the top 3`, async ({ page }) => {
      test.setTimeout(240_000);
      const misses: string[] = [];
      await page.goto(`/${lang}/search/`);
      const box = page.locator('[data-search-page-input]');
      for (const [query, slug] of queries[lang]![kind]) {
        await box.fill('');
        await box.fill(query);
        // Done when the element says the list shows this query's results.
        await expect(page.locator('site-search')).toHaveAttribute('data-shown', query.trim());
        const top = (await page.locator('[data-search-results] .search-result__title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 3);
        if (!top.includes(`/${lang}/${slug}/`)) misses.push(`“${query}” → ${slug}, got ${top.join(', ') || 'nothing'}`);
      }
      expect(misses).toEqual([]);
    });
  }
}

test('every language has at least 15 tidy and 15 hurried reader queries and 15 situations, the newest pages among them', () => {
  for (const lang of locales) {
    for (const kind of kinds) expect(queries[lang]![kind].length).toBeGreaterThanOrEqual(15);
    const situations = new Set(queries[lang]!.situations.map(([, slug]) => slug));
    for (const slug of ['recover/lost-inbox', 'recover/no-email', 'recover/chat-sign-in', 'account/sms-code']) expect(situations, `${lang}: ${slug}`).toContain(slug);
  }
});

test('a tracking number typed as a query is named as one, with the way to the order number; words are not', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('LP00612345678901')}`);
  const parcel = page.locator('[data-search-parcel]');
  await expect(parcel).toBeVisible();
  await expect(parcel).toContainText(en.search.parcel.slice(0, 30));
  await expect(parcel.getByRole('link', { name: en.search.parcelLink })).toHaveAttribute('href', '/en/recover/order-number/');
  await page.locator('[data-search-page-input]').fill('password');
  await expect(page.locator('site-search[data-complete="password"]')).toBeAttached();
  await expect(parcel).toBeHidden();
});

test('a query typed on the wrong keyboard layout is corrected, said so, and the original is one tap away', async ({ page }) => {
  await page.goto(`/ru/search/?q=${encodeURIComponent('pf,skf gfhjkm')}`);
  const status = page.locator('[data-search-status]');
  // "pf,skf" is «забыла» key for key.
  await expect(status).toContainText('Показаны результаты по запросу «забыла пароль»');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  // The corrected query is named once: the count before it goes without it.
  expect((await status.textContent())!.split('забыла пароль').length - 1).toBe(1);
  await expect(status).toHaveText(/^\d+ результат(?:а|ов)?\. /);
  const instead = status.locator('a[data-search-instead]');
  await expect(instead).toContainText('pf,skf gfhjkm');
  await instead.click();
  await expect(page).toHaveURL(/exact=1/);
  await expect(page.locator('[data-search-page-input]')).toHaveValue('pf,skf gfhjkm');
  await expect(status.locator('a[data-search-instead]')).toHaveCount(0);
});

test('typos and missing letters are corrected to the site’s own words', async ({ page }) => {
  await page.goto(`/sv/search/?q=${encodeURIComponent('glomt losenord')}`);
  await expect(page.locator('[data-search-status]')).toContainText('Visar resultat för ”glömt lösenord”');
  await page.goto(`/en/search/?q=${encodeURIComponent('pasword reset')}`);
  await expect(page.locator('[data-search-status]')).toContainText('Showing results for “password reset”');
  await page.goto(`/en/search/?q=${encodeURIComponent('password reset')}`);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(page.locator('[data-search-status] a[data-search-instead]')).toHaveCount(0);
});

test('excerpts are the article’s own text, never its keywords or phrases, which the pages carry only as search metadata', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of locales) {
    for (const [query] of [...queries[lang]!.tidy.slice(0, 4), ...queries[lang]!.situations.slice(0, 4)]) {
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      // Results are listed from their cards first; the excerpts are in once every page's text has arrived.
      await expect(page.locator('site-search')).toHaveAttribute('data-complete', query);
      const results = await page.locator('.search-result').evaluateAll((items) =>
        items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, excerpt: li.querySelector('.search-result__excerpt')!.textContent ?? '' })),
      );
      expect(results.length).toBeGreaterThan(0);
      for (const { href, excerpt } of results) {
        const html = readFileSync(`dist${href}index.html`, 'utf8');
        // Keywords and phrases live in hidden metadata only, never in the text pagefind indexes and cuts excerpts from.
        expect(html, href).not.toMatch(/data-pagefind-weight/);
        // What pagefind indexes: the page less its metadata and the parts it is told to skip (drawings, the review date).
        const article = html.replace(/<span hidden data-pagefind-meta[^>]*><\/span>/g, '').replace(/<(\w+)\b[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, ' ');
        const lists = ['keywords', 'phrases'].map((key) => new RegExp(`data-pagefind-meta="${key}:([^"]*)"`).exec(html)?.[1] ?? '');
        const shown = excerpt.replace(/^… | …$/g, '').trim();
        if (!shown) continue;
        // Compared word for word: pagefind ends headings and list items with a full stop the page does not show.
        const words = (text: string) => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
        // A drawing's text alternative is the article's text too: pagefind indexes it.
        const alternatives = [...article.matchAll(/\b(?:alt|aria-label)="([^"]*)"/g)].map((m) => m[1]).join(' ');
        const text = words(`${article.replace(/<[^>]+>/g, ' ')} ${alternatives}`.replace(/&[a-z#0-9]+;/g, ' '));
        expect(text.includes(words(shown.split(/\s+/).slice(0, 8).join(' '))), `${href}: “${shown}” is not the article’s text`).toBe(true);
        for (const list of lists) if (list.length > 20) expect(list.includes(shown.slice(0, 30)), `${href}: “${shown}” comes from a list`).toBe(false);
      }
    }
  }
});

test('a question-and-answer page shows the question that matched, in every language', async ({ page }) => {
  const asked: Record<string, [string, string]> = {
    en: ['difference between tracking number and order number', 'What is the difference between a tracking number and an order number?'],
    ru: ['чем трек-номер отличается от номера заказа', 'Чем трек-номер отличается от номера заказа?'],
    sv: ['skillnad på spårningsnummer och ordernummer', 'Vad är skillnaden mellan spårningsnummer och ordernummer?'],
  };
  for (const lang of locales) {
    const [query, text] = asked[lang]!;
    // The page sets its typography (no-break spaces and hyphens), so any space or hyphen stands for its kind.
    const question = new RegExp(`^${text.replace(/[?]/g, '\\?').replace(/ /g, '\\s').replace(/-/g, '[-‑]')}$`);
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    const faq = page.locator('.search-result', { has: page.locator(`a.search-result__title[href="/${lang}/faq/"]`) });
    await expect(faq).toBeVisible();
    const subs = faq.locator('.search-result__subs a');
    await expect(subs).toHaveCount(1);
    await expect(subs).toHaveText(question);
    const anchor = (await subs.getAttribute('href'))!.split('#')[1]!;
    // The link leads to that very question on the page.
    await page.goto(`/${lang}/faq/#${anchor}`);
    await expect(page.locator(`h2[id="${anchor}"]`)).toHaveText(question);
  }
});

test('right words are searched as typed: the page never says it “corrected” them', async ({ page }) => {
  const right: Record<string, string[]> = {
    ru: ['вышла из аккаунта', 'статус заказа', 'фейсбук не работает', 'помогите восстановить аккаунт', 'в профиле почта из звёздочек'],
    sv: ['epost', 'kontot spärrades igår', 'när kommer koden', 'skapade kontot för flera år sedan'],
    en: ['i knew my password', 'his account was hacked', 'news about my blocked account'],
  };
  const told = { ru: 'Показаны результаты', sv: 'Visar resultat', en: 'Showing results' } as Record<string, string>;
  for (const lang of locales) {
    for (const query of right[lang]!) {
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('site-search')).toHaveAttribute('data-shown', query);
      const status = page.locator('[data-search-status]');
      await expect(status).not.toContainText(told[lang]!);
      await expect(status).toContainText(query.replace('ё', 'е').split(' ')[0]!);
    }
  }
});

test('on a phone the first result is on the first screen, with side margins', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/en/search/?q=${encodeURIComponent('order number')}`);
  const first = page.locator('[data-search-results] li').first();
  await expect(first).toBeVisible();
  const box = (await first.boundingBox())!;
  expect(box.y).toBeLessThan(800 - 80);
  expect(box.x).toBeGreaterThanOrEqual(12);
});

test('results update as the reader types, the query stays in the URL, and the count is announced', async ({ page }) => {
  await page.goto('/en/search/');
  const box = page.getByRole('searchbox', { name: 'Search the guide' }).last();
  await box.fill('order number');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page).toHaveURL(/\/en\/search\/\?q=order\+number$/);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('[data-search-status]')).toContainText(/results? for “order number”/);
  await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
  // The count is of the results on the page, never of more than the reader can see.
  const count = Number((await page.locator('[data-search-status]').textContent())?.match(/\d+/)?.[0]);
  expect(count).toBe(await page.locator('[data-search-results] > li').count());
});

test('the first result is listed before its page’s text arrives, and its excerpt is filled in when it does', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/fragment/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/search/?q=password');
  const first = page.locator('[data-search-results] li').first();
  await expect(first.locator('.search-result__title')).toBeVisible();
  await expect(first.locator('.search-result__title')).not.toHaveText('');
  await expect(page.locator('[data-search-status]')).toContainText('“password”');
  expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(1);
  // Nothing of any page's text yet: only summaries, for pages matched by their descriptions alone.
  expect(await page.locator('[data-search-results] .search-result__excerpt mark').count()).toBe(0);
  const order = await page.locator('.search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  release();
  await expect(page.locator('site-search')).toHaveAttribute('data-complete', 'password');
  await expect(first.locator('.search-result__excerpt mark').first()).toBeVisible();
  // Filling in the excerpts moves nothing.
  expect(await page.locator('.search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(order);
});

test('no results offer suggestions and the wizard', async ({ page }) => {
  await page.goto('/sv/search/?q=xyzzyqwerty');
  await expect(page.locator('[data-search-status]')).toContainText('Inga träffar');
  await expect(page.locator('[data-search-empty] a[href="/sv/wizard/"]')).toBeVisible();
});

test('the section filter narrows results', async ({ page }) => {
  await page.goto('/en/search/?q=account');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await page.locator('[data-search-filters] select').selectOption('account');
  const hrefs = () => page.locator('[data-search-results] .search-result__title').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
  await expect.poll(async () => (await hrefs()).length > 0 && (await hrefs()).every((h) => h.startsWith('/en/account/'))).toBe(true);
});

test('markup typed as a query stays text: no element is ever made from it', async ({ page }) => {
  const markup = '<img src=x onerror=alert(1)><b>code</b>';
  await page.goto(`/en/search/?q=${encodeURIComponent(markup)}`);
  await expect(page.locator('[data-search-results] li, [data-search-empty]:not([hidden])').first()).toBeVisible();
  // Parsed as HTML it would create these elements (the CSP would only stop the handler running).
  expect(await page.locator('img[src="x"], site-search b').count()).toBe(0);
  await expect(page.locator('[data-search-page-input]')).toHaveValue(markup);
});

test('when the search index cannot load, the reader is told and gets the sections to browse', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/en/search/?q=password');
  await expect(page.locator('[data-search-status]')).toHaveText(en.search.failed);
  await expect(page.locator('[data-search-nojs]')).toBeVisible();
  expect(await page.locator('[data-search-nojs] li a').count()).toBeGreaterThan(5);
});

test('an excerpt shows and marks the telling words of a question, not the little words every page has', async ({ page }) => {
  for (const [lang, query, little] of [
    ['sv', 'är det bluff? sms med länk om att kontot spärras', ['är', 'det', 'med', 'om', 'att']],
    ['en', 'is this a scam text with a link to my account', ['is', 'this', 'a', 'with', 'to', 'my']],
    ['ru', 'это мошенники смс со ссылкой что аккаунт заблокируют', ['это', 'со', 'что']],
  ] as const) {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('site-search')).toHaveAttribute('data-complete', /./);
    const marks = (await page.locator('[data-search-results] li').first().locator('.search-result__excerpt mark').allTextContents()).map((m) => m.toLowerCase().replace(/[^\p{L}]/gu, ''));
    expect(marks.length, `${lang}: the first excerpt marks what was asked`).toBeGreaterThan(0);
    for (const word of little) expect(marks, `${lang}: “${word}” is not marked`).not.toContain(word);
  }
});

test('the count echoes the reader’s words as typed, short ones included, when nothing was corrected', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('forgot password my US phone number')}`);
  await expect(page.locator('site-search')).toHaveAttribute('data-complete', /./);
  await expect(page.locator('[data-search-status]')).toContainText('forgot password my US phone number');
});

test('an excerpt never quotes the words a screen reader hears for an approximate label', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('customer service chat wants me to log in first')}`);
  await expect(page.locator('site-search')).toHaveAttribute('data-complete', /./);
  const excerpts = (await page.locator('[data-search-results] .search-result__excerpt').allTextContents()).join(' ');
  expect(excerpts.length).toBeGreaterThan(0);
  expect(excerpts).not.toContain(en.mdx.approx);
  expect(excerpts).not.toContain('≈');
});

test('a sentence no single page holds every word of still finds pages through its words (any-word fallback)', async ({ page }) => {
  // exact=1 turns correction off, so the word no page holds stays in the query.
  await page.goto(`/en/search/?q=${encodeURIComponent('zebra order number')}&exact=1`);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(page.locator('[data-search-results] .search-result__title').first()).toBeVisible();
});

test('an article loads no search code until the reader reaches for search; / focuses the box', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await page.goto('/en/recover/email/');
  // Everything the page loads by itself has been asked for by the load event.
  await page.waitForLoadState('load');
  expect(scripts.filter((u) => u.includes('/pagefind/') || u.includes('search-words'))).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.locator('header [data-search-input]')).toBeFocused();
  await page.keyboard.type('code');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=code$/);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('words typed in the header stay in the box, and a note says plainly where to go instead', async ({ page }) => {
    await page.goto('/ru/');
    const box = page.locator('header [data-search-input]');
    const note = page.locator('header [data-search-nojs-note]');
    await expect(note).toBeHidden();
    await box.fill('не приходит код');
    await box.press('Enter');
    await page.locator('header form').getByRole('button').click();
    await expect(page).toHaveURL(/\/ru\/$/);
    await expect(box).toHaveValue('не приходит код');
    await expect(note).toBeVisible();
    await expect(note.locator('a[href="/ru/wizard/"]')).toBeVisible();
    await note.locator('a[href="/ru/search/#search-articles"]').click();
    await expect(page.locator('[data-search-nojs]')).toBeVisible();
    expect(await page.locator('[data-search-nojs] li a').count()).toBeGreaterThan(5);
  });

  test('on the search page the typed words stay, beside the plain note, the wizard and every article', async ({ page }) => {
    await page.goto('/sv/search/');
    const box = page.locator('[data-search-page-input]');
    await box.fill('koden kommer inte');
    await page.locator('.search-page__form').getByRole('button').click();
    await expect(page).toHaveURL(/\/sv\/search\/$/);
    await expect(box).toHaveValue('koden kommer inte');
    const nojs = page.locator('[data-search-nojs]');
    await expect(nojs).toContainText('JavaScript');
    await expect(nojs.locator('a[href="/sv/wizard/"]')).toBeVisible();
    await expect(nojs.locator('section:not([aria-labelledby="nojs-situations"]) a[href="/sv/account/codes/"]')).toBeVisible();
  });

  test('the list offers the home page’s answers first, so a reader’s own case finds its section', async ({ page }) => {
    for (const lang of locales) {
      await page.goto(`/${lang}/search/`);
      const answers = page.locator('[data-search-nojs] section[aria-labelledby="nojs-situations"] a');
      expect(await answers.count()).toBeGreaterThan(10);
      // The fake-page answer lands on the safety page's "already typed it" section, which no article title names.
      const phished = page.locator('[data-search-nojs] section[aria-labelledby="nojs-situations"] a[href*="/safety/#"]');
      await expect(phished).toHaveCount(1);
      await phished.click();
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    }
  });
});
