import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import { watch } from './site.ts';

const words = { en, ru, sv } as const;
const CARD = '4111 1111 1111 1111';
// What the reader sees may carry non-breaking spaces from the typography step.
const plain = (text: string | null) => (text ?? '').replace(/\u00A0/g, ' ');

// Waits for the composer's code as well (it loads when the composer comes near), unless `loaded` is false.
async function hackedOutcome(page: Page, lang: string, loaded = true) {
  await page.goto(`/${lang}/wizard/`);
  await page.locator('[data-question="situation"] [data-answer="hacked"]').click();
  const composer = page.locator('[data-outcome="hacked"] support-message');
  await expect(composer).toBeVisible();
  if (loaded) await page.waitForFunction(() => Boolean(customElements.get('support-message')));
  return composer;
}

for (const lang of locales) {
  test.describe(`${lang}: the support message`, () => {
    test('the wizard’s answer and the typed facts appear in the English message and in its twin', async ({ page }) => {
      const composer = await hackedOutcome(page, lang);
      await composer.locator('[data-field="orderNumber"]').fill('8136901368135697');
      await composer.locator('[data-field="cardLast4"]').fill('4444');
      await composer.locator('[data-field="payment"]').fill('12 345 ₽, 14.03.2026');
      await composer.locator('[data-field="country"]').fill('Sverige, aliexpress.com');
      await composer.locator('[data-tried][value="email-reset"]').check();
      const message = composer.locator('[data-support-message]');
      await expect(message).toContainText('8136901368135697');
      expect(plain(await message.textContent())).toContain(plain(en.supportMessage.situations.hacked.sentence).slice(0, 30));
      await expect(message).toContainText('4444');
      await expect(message).toContainText('12 345 ₽, 14.03.2026');
      // The reader names the country in their own words; each message names it in its own language.
      await expect(message).toContainText('Sweden, aliexpress.com');
      const twin = composer.locator('[data-support-message-local]');
      await expect(twin).toContainText('8136901368135697');
      await expect(twin).toContainText(`${{ en: 'Sweden', ru: 'Швеция', sv: 'Sverige' }[lang]}, aliexpress.com`);
      expect(plain(await twin.textContent())).toContain(plain(words[lang].supportMessage.situations.hacked.sentence).slice(0, 25));
    });

    test('a full card number is refused, cleared from its field and only shown masked', async ({ page }) => {
      const composer = await hackedOutcome(page, lang);
      const field = composer.locator('[data-field="country"]');
      await field.fill(CARD);
      const error = composer.locator('[data-error-for="country"]');
      await expect(error).toBeVisible();
      await expect(error).toContainText('411111 … 1111');
      await expect(field).toHaveValue('');
      const html = await page.content();
      expect(html.replace(/\D/g, '')).not.toContain('4111111111111111');
      for (const text of [await composer.locator('[data-support-message]').textContent(), await composer.locator('[data-support-message-local]').textContent()]) {
        expect(plain(text).replace(/\D/g, ' ')).not.toMatch(/1111\s?1111/);
      }
    });

    test('nothing is sent, stored or put in the address, and a reload clears it all', async ({ page, baseURL }) => {
      const composer = await hackedOutcome(page, lang);
      // The composer's code loads when it first comes near the screen; what the page asks for after that would be the composer's.
      await page.evaluate(() => customElements.whenDefined('support-message'));
      await page.waitForLoadState('networkidle');
      const url = page.url();
      const requests: string[] = [];
      // The browser may still fetch the favicon on its own; anything else after the page loaded would be the composer's.
      page.on('request', (request) => !request.url().endsWith('/favicon.svg') && requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
      await composer.locator('[data-field="email"]').fill('someone@example.com');
      await composer.locator('[data-field="orderNumber"]').fill('8136901368135697');
      await composer.locator('[data-copy="en"]').focus();
      await page.keyboard.press('Enter');
      expect(requests).toEqual([]);
      expect(page.url()).toBe(url);
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
      expect(page.url()).not.toContain('example');
      await page.reload();
      const fresh = page.locator('support-message');
      await expect(fresh.locator('[data-field="email"]')).toHaveValue('');
      await expect(fresh.locator('[data-support-message]')).not.toContainText('someone@example.com');
      expect(new URL(baseURL!).origin).toBe(new URL(page.url()).origin);
    });

    test('the copy button copies the English message and says so politely', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      const composer = await hackedOutcome(page, lang);
      await composer.locator('[data-field="orderNumber"]').fill('8136901368135697');
      await composer.locator('[data-copy="en"]').click();
      const status = composer.locator('[data-copy-status="en"]');
      await expect(status).toHaveAttribute('role', 'status');
      // The confirmation is on screen where the reader tapped, not a screen away.
      await expect(status).toBeInViewport();
      // The message appears once the clipboard has taken the text: wait for it rather than read at once.
      await expect.poll(async () => plain(await status.textContent())).toBe(plain(words[lang].supportMessage.copied));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      // What is copied is what is shown, with plain spaces: no non-breaking space travels into the chat.
      expect(copied).toBe(plain(await composer.locator('[data-support-message]').textContent()).replace(/\u202f/g, ' '));
      expect(copied).not.toMatch(/[\u00a0\u202f]/);
      expect(copied).toContain('8136901368135697');
    });

    test('every field that takes personal data has autocomplete, spellcheck and autocorrect off', async ({ page }) => {
      const composer = await hackedOutcome(page, lang);
      const fields = composer.locator('input[type="text"], select');
      expect(await fields.count()).toBeGreaterThanOrEqual(6);
      for (const field of await fields.all()) await expect(field).toHaveAttribute('autocomplete', 'off');
      for (const field of await composer.locator('input[type="text"]').all()) {
        await expect(field).toHaveAttribute('spellcheck', 'false');
        await expect(field).toHaveAttribute('autocorrect', 'off');
      }
    });
  });
}

for (const lang of locales) {
  test.describe(`${lang}: the composer never shortens or mixes up what was typed`, () => {
    test('a card number pasted into the last-4 field is refused whole: cleared, warned once, and no “last 4” line', async ({ page }) => {
      const composer = await hackedOutcome(page, lang);
      const field = composer.locator('[data-field="cardLast4"]');
      expect(await field.getAttribute('maxlength')).toBeNull();
      await field.fill(CARD);
      const error = composer.locator('[data-error-for="cardLast4"]');
      await expect(error).toBeVisible();
      await expect(field).toHaveValue('');
      const lastLine = plain(words[lang].supportMessage.fields.cardLast4.line).replace('{{value}}', '').trim();
      for (const text of [await composer.locator('[data-support-message]').textContent(), await composer.locator('[data-support-message-local]').textContent()]) {
        expect(plain(text)).not.toMatch(/\d{4}/);
        expect(plain(text)).not.toContain(lastLine);
      }
      // One event, one message: the card warning names the card once and does not ask to clear what was cleared.
      expect(await error.locator('strong').count()).toBe(1);
      expect(plain(await error.textContent())).not.toContain(plain(words[lang].idCheck.kinds['card-number'].title));
      // The warning stays while the reader fills in other fields, and goes when they type in this one again.
      await composer.locator('[data-field="country"]').fill('Sweden, aliexpress.com');
      await expect(error).toBeVisible();
      await field.fill('4444');
      await expect(error).toBeHidden();
      await expect(composer.locator('[data-support-message]')).toContainText('4444');
    });

    test('a card number typed digit by digit is warned about at once and cleared when the reader leaves the field', async ({ page }) => {
      const composer = await hackedOutcome(page, lang);
      const field = composer.locator('[data-field="lastOrder"]');
      await field.click();
      await page.keyboard.type('4111111111111111', { delay: 5 });
      // Not emptied halfway: the last digits never stay behind on their own.
      await expect(field).toHaveValue('4111111111111111');
      const error = composer.locator('[data-error-for="lastOrder"]');
      await expect(error).toBeVisible();
      expect(plain(await composer.locator('[data-support-message]').textContent())).not.toMatch(/\d{4}/);
      await composer.locator('[data-field="country"]').click();
      await expect(field).toHaveValue('');
      await expect(error).toBeVisible();
      await expect(error).toContainText('411111 … 1111');
    });

    test('a card number being typed when the composer’s code arrives is not cut to its last digits', async ({ page }) => {
      // Hold the composer's code back until the reader is halfway through the number, as on a slow phone.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/support-message\.[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const composer = await hackedOutcome(page, lang, false);
      const field = composer.locator('[data-field="lastOrder"]');
      await field.click();
      await page.keyboard.type('4111111111111', { delay: 5 });
      expect(await page.evaluate(() => Boolean(customElements.get('support-message')))).toBe(false);
      release();
      await page.waitForFunction(() => Boolean(customElements.get('support-message')));
      await page.keyboard.type('111', { delay: 5 });
      await expect(field).toHaveValue('4111111111111111');
      await expect(composer.locator('[data-error-for="lastOrder"]')).toBeVisible();
      await composer.locator('[data-field="country"]').click();
      await expect(field).toHaveValue('');
    });

    test('five digits in the last-4 field and a password-like word are refused, not cut or kept', async ({ page }) => {
      const composer = await hackedOutcome(page, lang);
      await composer.locator('[data-field="cardLast4"]').fill('12345');
      await expect(composer.locator('[data-error-for="cardLast4"]')).toBeVisible();
      await expect(composer.locator('[data-support-message]')).not.toContainText('1234');
      await composer.locator('[data-field="lastOrder"]').fill('Qwerty123!');
      await expect(composer.locator('[data-error-for="lastOrder"]')).toBeVisible();
      await expect(composer.locator('[data-support-message]')).not.toContainText('Qwerty');
      await composer.locator('[data-field="country"]').fill('x'.repeat(250));
      await expect(composer.locator('[data-error-for="country"]')).toBeVisible();
      await expect(composer.locator('[data-field="country"]')).toHaveValue('x'.repeat(250));
    });

    test('a ticked “no longer mine” under the phone number tells support not to send codes to it', async ({ page }) => {
      const composer = await hackedOutcome(page, lang);
      await composer.locator('[data-field="phone"]').fill('+44 7700 900456');
      const message = composer.locator('[data-support-message]');
      await expect(message).toContainText('+447700900456');
      await expect(message).not.toContainText(en.supportMessage.phoneGone.after);
      await composer.getByLabel(words[lang].supportMessage.phoneGone.label).check();
      await expect(message).toContainText(en.supportMessage.phoneGone.after);
      if (lang !== 'en') await expect(composer.locator('[data-support-message-local]')).toContainText(plain(words[lang].supportMessage.phoneGone.after).slice(0, 20));
    });

    test('a look-alike site in the country field is left out, named, and the safety page is one tap away', async ({ page }) => {
      const composer = await hackedOutcome(page, lang);
      await composer.locator('[data-field="country"]').fill('Sverige, aliexpress-help.com');
      const error = composer.locator('[data-error-for="country"]');
      await expect(error).toContainText('aliexpress-help.com');
      await expect(error).toContainText(plain(words[lang].supportMessage.errors.notAliexpress.split('{{site}}')[1]!).trim().slice(0, 20));
      await expect(error.getByRole('link', { name: words[lang].supportMessage.errors.notAliexpressLink })).toHaveAttribute('href', `/${lang}/safety/`);
      await expect(composer.locator('[data-support-message]')).not.toContainText('aliexpress-help');
    });

    test('the hints give examples that read right in both messages: a country in the reader’s words, dates in digits', async ({ page }) => {
      const composer = await hackedOutcome(page, lang);
      const country = plain(await composer.locator('#support-country-hint').textContent());
      const [name, english] = { en: ['United Kingdom', 'United Kingdom'], ru: ['Россия', 'Russia'], sv: ['Sverige', 'Sweden'] }[lang];
      expect(country).toContain(`${name}, aliexpress.`);
      // The example typed as it stands reaches the English message in English.
      const example = country.replace(/^[^:]*:\s*/, '').replace(/\.$/, '');
      await composer.locator('[data-field="country"]').fill(example);
      await expect(composer.locator('[data-support-message]')).toContainText(`${english}, aliexpress.`);
      // A month in digits (or English words) reads the same in both messages.
      expect(plain(await composer.locator('#support-lastOrder-hint').textContent())).toMatch(/March 2026|2026-03|03\.2026/);
      expect(plain(await composer.locator('#support-lastOrder-hint').textContent())).not.toMatch(/[а-яё]{3,} 2026|mars 2026/i);
      expect(plain(await composer.locator('#support-phone-hint').textContent())).toMatch(/\+\d/);
    });
  });
}

for (const lang of locales) {
  test(`${lang}: codes, product IDs, mistyped cards and phone numbers never reach the message as something else`, async ({ page }) => {
    const composer = await hackedOutcome(page, lang);
    const message = composer.locator('[data-support-message]');
    const order = composer.locator('[data-field="orderNumber"]');
    const cases: [string, string][] = [['482913', 'secret'], ['482 913', 'secret'], ['1005001234567890', 'productId'], ['5469 3800 1234 5670', 'card']];
    for (const [typed, problem] of cases) {
      await order.fill(typed);
      const error = composer.locator('[data-error-for="orderNumber"]');
      await expect(error, typed).toBeVisible();
      const template = await page.locator(`support-message template[data-error="${problem}"]`).first().evaluate((t) => (t as HTMLTemplateElement).content.textContent ?? '');
      expect(plain(await error.textContent()), typed).toContain(plain(template).trim().slice(0, 12));
      expect(plain(await message.textContent()).replace(/\D/g, ''), typed).not.toContain(typed.replace(/\D/g, '').slice(0, 6));
    }
    // A phone number has its own field; typed elsewhere it is neither a card nor a code.
    await composer.locator('[data-field="email"]').fill('+44 7700 900123');
    await expect(composer.locator('[data-error-for="email"]')).toBeVisible();
    await expect(composer.locator('[data-field="email"]')).toHaveValue('+44 7700 900123');
    await composer.locator('[data-field="phone"]').fill('+44 7700 900123');
    await expect(composer.locator('[data-error-for="phone"]')).toBeHidden();
    await expect(message).toContainText('+447700900123');
  });
}

for (const lang of locales) {
  test(`${lang}: a reader whose account's inbox is someone else's is sent to the chat, never a reset, and can say so in the message`, async ({ page }) => {
    await page.goto(`/${lang}/wizard/`);
    await page.locator('[data-question="situation"] [data-answer="forgot-password"]').click();
    await page.locator('[data-question="email-access"] [data-answer="other-inbox"]').click();
    const outcome = page.locator('[data-outcome="other-inbox"]');
    await expect(outcome).toBeVisible();
    const composer = outcome.locator('support-message');
    await page.waitForFunction(() => Boolean(customElements.get('support-message')));
    const message = composer.locator('[data-support-message]');
    // On this outcome the message says it from the start: a reader who copies at once still tells the agent.
    await expect(composer.getByLabel(plain(words[lang].supportMessage.inboxOther.label))).toBeChecked();
    await expect(message).toContainText(plain(en.supportMessage.inboxOther.line));
    await composer.locator('[data-field="email"]').fill('anna@example.com');
    await expect(message).toContainText(plain(en.supportMessage.inboxOther.after));
    await composer.getByLabel(plain(words[lang].supportMessage.inboxOther.label)).uncheck();
    await expect(message).not.toContainText(plain(en.supportMessage.inboxOther.after));
    await composer.getByLabel(plain(words[lang].supportMessage.inboxOther.label)).check();
    if (lang !== 'en') await expect(composer.locator('[data-support-message-local]')).toContainText(plain(words[lang].supportMessage.inboxOther.after).slice(0, 20));
  });
}

test.describe('without JavaScript, the composer', () => {
  test.use({ javaScriptEnabled: false });

  test('on the page about an account without email, the template offers the "no longer mine" line, marked to keep only if true', async ({ page }) => {
    for (const lang of locales) {
      await page.goto(`/${lang}/recover/no-email/`);
      const template = page.locator('support-message .support-message__template[lang="en"]').first();
      await expect(template).toContainText(`[${plain(en.supportMessage.phoneGone.optional)}] ${plain(en.supportMessage.phoneGone.after)}`);
      if (lang !== 'en') await expect(page.locator('support-message .support-message__template:not([lang])').first()).toContainText(`[${plain(words[lang].supportMessage.phoneGone.optional)}]`);
    }
    // A page about another situation has no such line.
    await page.goto('/en/account/hacked/');
    await expect(page.locator('support-message .support-message__template[lang="en"]').first()).not.toContainText(plain(en.supportMessage.phoneGone.after));
  });

  test('on the outcome for an inbox someone else reads, the template says so, in both texts', async ({ page }) => {
    for (const lang of locales) {
      await page.goto(`/${lang}/wizard/other-inbox/`);
      // Right under the address's blank, so it speaks of "that inbox".
      await expect(page.locator('support-message .support-message__template[lang="en"]')).toContainText(plain(en.supportMessage.inboxOther.after));
      if (lang !== 'en') await expect(page.locator('support-message .support-message__template:not([lang])')).toContainText(plain(words[lang].supportMessage.inboxOther.after));
    }
  });
  test('speaks only of the template, with one blank for what happened and the ready sentences listed under it', async ({ page }) => {
    for (const lang of locales) {
      await page.goto(`/${lang}/recover/support-chat/`);
      await expect(page.getByText(plain(words[lang].supportMessage.intro).slice(0, 30))).toBeHidden();
      // The instruction stands above the text, in the reader's language, so it never travels into the chat.
      const english = page.locator('support-message .support-message__template[lang="en"]').first();
      await expect(english).not.toContainText(plain(words[lang].supportMessage.situationPick));
      await expect(page.locator('support-message .no-js-only > p').first()).toContainText(plain(words[lang].supportMessage.situationPick));
      // The text to copy holds one line for what happened, not a dozen to delete on a phone...
      await expect(english).toContainText(`[${plain(en.supportMessage.situationBlank)}]`);
      for (const id of ['forgot-password', 'no-email', 'hacked', 'closed'] as const) await expect(english).not.toContainText(plain(en.supportMessage.situations[id].sentence));
      // ...and the sentences to put there follow it, whole and in English: nothing to write in English.
      const list = page.locator('support-message ul.support-message__sentences[lang="en"]').first();
      for (const id of ['forgot-password', 'no-email', 'hacked', 'closed'] as const) await expect(list).toContainText(plain(en.supportMessage.situations[id].sentence));
      if (lang === 'en') continue;
      const own = page.locator('support-message .support-message__template:not([lang])').first();
      await expect(own).toContainText(`[${plain(words[lang].supportMessage.situationBlank)}]`);
      const ownList = page.locator('support-message ul.support-message__sentences:not([lang])').first();
      await expect(ownList).toContainText(plain(words[lang].supportMessage.situations['no-email'].sentence));
    }
  });

  test('on a page about one situation, the template says it and lists nothing to pick from', async ({ page }) => {
    await page.goto('/en/recover/no-email/');
    const english = page.locator('support-message .support-message__template[lang="en"]').first();
    await expect(english).toContainText(plain(en.supportMessage.situations['no-email'].sentence));
    await expect(english).not.toContainText(`[${plain(en.supportMessage.situationBlank)}]`);
    await expect(page.locator('support-message ul.support-message__sentences')).toHaveCount(0);
  });

  test('on Russian pages the Russian template comes first, for the aliexpress.ru chat; on Swedish pages the English one', async ({ page }) => {
    for (const [lang, first] of [['ru', 'local'], ['sv', 'en']] as const) {
      await page.goto(`/${lang}/recover/support-chat/`);
      const templates = page.locator('support-message .support-message__template');
      expect(await templates.first().getAttribute('lang')).toBe(first === 'en' ? 'en' : null);
      // Each text is named, so the reader knows which one to copy where.
      const labels = page.locator('support-message .no-js-only .support-message__label');
      await expect(labels.first()).toHaveText(plain(words[lang].supportMessage[first === 'en' ? 'messageLabel' : 'localFirstLabel']));
    }
  });
});

for (const lang of ['ru', 'sv'] as const) {
  test(`${lang}: each message has its own copy button, and each copies its own text`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const composer = await hackedOutcome(page, lang);
    await composer.locator('[data-field="orderNumber"]').fill('8136901368135697');
    await expect(composer.locator('[data-copy]')).toHaveCount(2);
    await composer.locator('[data-copy="local"]').click();
    const status = composer.locator('[data-copy-status="local"]');
    await expect.poll(async () => plain(await status.textContent())).toBe(plain(words[lang].supportMessage.copiedLocal));
    await expect(status).toBeInViewport();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plain(await composer.locator('[data-support-message-local]').textContent()).replace(/\u202f/g, ' '));
    await composer.locator('[data-copy="en"]').click();
    await expect.poll(async () => plain(await composer.locator('[data-copy-status="en"]').textContent())).toBe(plain(words[lang].supportMessage.copied));
    // Only the last copy is confirmed.
    await expect(status).toHaveText('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plain(await composer.locator('[data-support-message]').textContent()).replace(/\u202f/g, ' '));
  });
}

test('on the page about blocked and closed accounts the message starts as a blocked account’s, and the reader can switch', async ({ page }) => {
  for (const lang of locales) {
    await page.goto(`/${lang}/account/blocked/`);
    const select = page.locator('support-message [data-situation]');
    // A reader who copies at once still says what happened: the commoner of the page's two situations.
    await expect(select).toHaveValue('blocked');
    expect(await select.locator('option').evaluateAll((options) => options.slice(1, 3).map((o) => (o as HTMLOptionElement).value))).toEqual(['blocked', 'closed']);
    expect(plain(await select.locator('option').first().textContent())).toBe(plain(words[lang].supportMessage.situationNone));
    const message = page.locator('support-message [data-support-message]');
    await expect(message).toContainText(en.supportMessage.situations.blocked.sentence.slice(0, 20));
    // The composer's code loads once it comes near the screen.
    await select.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => Boolean(customElements.get('support-message')));
    await select.selectOption('closed');
    await expect(message).toContainText(en.supportMessage.situations.closed.sentence.slice(0, 20));
    await expect(message).not.toContainText(en.supportMessage.situations.blocked.sentence.slice(0, 20));
  }
});

test('above the form, a reader whose chat asks to sign in is sent to the way round it, except on that guide itself', async ({ page }) => {
  for (const lang of locales) {
    for (const path of [`/${lang}/account/blocked/`, `/${lang}/recover/support-chat/`, `/${lang}/wizard/hacked/`]) {
      await page.goto(path);
      const line = page.locator('support-message .support-message__sign-in').first();
      await expect(line).toBeVisible();
      await expect(line.locator('a')).toHaveAttribute('href', `/${lang}/recover/chat-sign-in/`);
      // It comes before the form's fields, not a few screens below them.
      const [lineY, fieldY] = await Promise.all([line.boundingBox(), page.locator('support-message [data-field]').first().boundingBox()]);
      expect(lineY!.y).toBeLessThan(fieldY!.y);
    }
    await page.goto(`/${lang}/recover/chat-sign-in/`);
    expect(await page.locator('support-message .support-message__sign-in').count()).toBe(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of locales) {
    test(`${lang}: the same place shows a fill-in-the-blanks template`, async ({ page }) => {
      await page.goto(`/${lang}/wizard/hacked/`);
      const template = page.locator('support-message .support-message__template').first();
      await expect(template).toBeVisible();
      await expect(template).toContainText('[');
      await expect(page.locator('support-message [data-field]').first()).toBeHidden();
    });

    test(`${lang}: on the page about blocked and closed accounts the template offers both sentences to pick one of`, async ({ page }) => {
      await page.goto(`/${lang}/account/blocked/`);
      const list = page.locator('support-message ul.support-message__sentences[lang="en"]').first();
      await expect(list.locator('li')).toHaveText([plain(en.supportMessage.situations.blocked.sentence), plain(en.supportMessage.situations.closed.sentence)]);
      // Only the page's own two: not the sentence of a forgotten password.
      await expect(page.locator('support-message')).not.toContainText(plain(en.supportMessage.situations['forgot-password'].sentence));
    });
  }
});

test('the articles about blocked and hacked accounts and the support chat carry the composer', async ({ page, baseURL }) => {
  const seen = watch(page, new URL(baseURL!).origin);
  for (const lang of locales) {
    for (const path of ['account/hacked', 'account/blocked', 'recover/support-chat']) {
      await page.goto(`/${lang}/${path}/`);
      await expect(page.locator('support-message [data-support-message]')).toBeVisible();
    }
  }
  expect(seen.errors).toEqual([]);
});

test('the composer’s code loads only when a composer comes near the screen, and what was typed before counts', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const scripts: string[] = [];
  page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
  await page.goto('/en/account/hacked/');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => Boolean(customElements.get('support-message')))).toBe(false);
  expect(scripts.filter((path) => path.includes('support-message.'))).toEqual([]);
  const composer = page.locator('support-message').first();
  await composer.scrollIntoViewIfNeeded();
  await page.evaluate(() => customElements.whenDefined('support-message'));
  await composer.locator('[data-field="orderNumber"]').fill('8136901368135697');
  await expect(composer.locator('[data-support-message]')).toContainText('8136901368135697');
});
