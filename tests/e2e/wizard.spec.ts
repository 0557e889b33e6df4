import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { allPaths, wizardTree } from '../../src/islands/wizard/tree.ts';
import { locales } from '../../src/i18n/locales.ts';
import { axeViolations } from './axe.ts';
import { watch } from './site.ts';
import { pinnedOutcomes, pinnedRoutes } from '../fixtures/wizard-routes.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };

const words = { en, ru, sv } as const;
const plain = (text: string | null) => (text ?? '').replace(/\u00A0/g, ' ').trim();

const paths = allPaths(wizardTree);
const outcomes = [...new Set(paths.map((p) => p.outcome))];
/** The shortest path to each outcome, so every outcome is walked once. */
const walks = outcomes.map((outcome) => paths.filter((p) => p.outcome === outcome).sort((a, b) => a.steps.length - b.steps.length)[0]!);

async function walk(page: Page, lang: string, path: (typeof paths)[number]) {
  await page.goto(`/${lang}/wizard/`);
  for (const step of path.steps) {
    const question = page.locator(`[data-question="${step.question}"]`);
    await expect(question).toBeVisible();
    await question.locator(`[data-answer="${step.answer}"]`).click();
  }
  const outcome = page.locator(`[data-outcome="${path.outcome}"]`);
  await expect(outcome).toBeVisible();
  return outcome;
}

test.describe('with JavaScript', () => {
  for (const path of walks) {
    test(`en: ${path.steps.map((s) => s.answer).join(' → ')} reaches ${path.outcome} in place, with an article link`, async ({ page, baseURL }) => {
      const seen = watch(page, new URL(baseURL!).origin);
      const outcome = await walk(page, 'en', path);
      const node = wizardTree.nodes[path.outcome as keyof typeof wizardTree.nodes];
      if (node.kind !== 'outcome') throw new Error('not an outcome');
      await expect(outcome.locator(`a.wizard-step__article[href^="/en/${node.article}/"]`)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/en/wizard/${path.outcome}/$`));
      await expect(page.locator('h1')).toBeFocused();
      await expect(page.locator('[data-wizard-answers] dt')).toHaveCount(path.steps.length);
      expect(seen.errors).toEqual([]);
      expect(seen.foreign).toEqual([]);
    });
  }

  for (const lang of locales.filter((l) => l !== 'en')) {
    test(`${lang}: a path reaches its outcome and axe passes on every step`, async ({ page }) => {
      const path = paths.find((p) => p.outcome === 'retrieve-by-card')!;
      await page.goto(`/${lang}/wizard/`);
      for (const step of path.steps) {
        // Scan only once this step has replaced the last one.
        await expect(page.locator(`[data-question="${step.question}"]`)).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        await page.locator(`[data-question="${step.question}"] [data-answer="${step.answer}"]`).click();
      }
      await expect(page.locator('[data-outcome="retrieve-by-card"] a[href$="/recover/bank-card/"]')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('Back and Forward move between steps and keep the answers', async ({ page }) => {
    await page.goto('/en/wizard/');
    await page.locator('[data-answer="forgot-password"]').click();
    await page.locator('[data-answer="yes"]').click();
    await expect(page.locator('[data-question="device"]')).toBeVisible();
    await page.goBack();
    await expect(page.locator('[data-question="email-access"]')).toBeVisible();
    await expect(page.locator('[data-wizard-answers] dt')).toHaveCount(1);
    await page.goBack();
    await expect(page.locator('[data-question="situation"]')).toBeVisible();
    await page.goForward();
    await expect(page.locator('[data-question="email-access"]')).toBeVisible();
  });

  test('after a step changes in place, the language links lead to that step in the other languages', async ({ page }) => {
    await page.goto('/en/wizard/');
    await page.locator('[data-answer="codes"]').click();
    await expect(page.locator('[data-question="code-channel"]')).toBeVisible();
    await expect(page.locator('.lang-switch a[hreflang="ru"]').first()).toHaveAttribute('href', '/ru/wizard/code-channel/');
    await page.locator('[data-answer="sms"]').click();
    await expect(page.locator('[data-outcome="sms-code"]')).toBeVisible();
    await expect(page.locator('.lang-switch a[hreflang="sv"]').first()).toHaveAttribute('href', '/sv/wizard/sms-code/');
    await page.goBack();
    await expect(page.locator('.lang-switch a[hreflang="sv"]').first()).toHaveAttribute('href', '/sv/wizard/code-channel/');
  });

  test('a change link returns to that question and drops the later answers', async ({ page }) => {
    await walk(page, 'en', paths.find((p) => p.outcome === 'email-reset-app')!);
    await page.locator('[data-wizard-answers] a[data-change="1"]').click();
    await expect(page.locator('[data-question="email-access"]')).toBeVisible();
    await expect(page.locator('[data-wizard-answers] dt')).toHaveCount(1);
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page.locator('[data-question="situation"]')).toBeVisible();
    await expect(page.locator('[data-wizard-answers]')).toBeHidden();
  });

  test('a deep link to an outcome works on its own', async ({ page }) => {
    await page.goto('/sv/wizard/deleted/');
    await expect(page.locator('[data-outcome="deleted"] a[href="/sv/account/deleted/"]')).toBeVisible();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const [lang, outcome] of [['ru', 'phone-reset-ru'], ['sv', 'abolished'], ['en', 'find-id']] as const) {
    test(`${lang}: answer links lead page by page to ${outcome}`, async ({ page }) => {
      await walk(page, lang, paths.find((p) => p.outcome === outcome)!);
      await expect(page).toHaveURL(new RegExp(`/${lang}/wizard/${outcome}/$`));
    });
  }
});

// The three situations readers really arrive in, reached from the first question to their article.
const newSituations = [
  ['hacked', 'account/hacked'],
  ['codes', 'account/codes'],
  ['sign-in-checks', 'account/sign-in-checks'],
  ['lost-inbox', 'recover/lost-inbox'],
  ['no-email', 'recover/no-email'],
  ['sms-code', 'account/sms-code'],
  ['chat-sign-in', 'recover/chat-sign-in'],
] as const;
for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    for (const lang of locales) {
      for (const [outcome, article] of newSituations) {
        test(`${lang}: the wizard leads to ${article}`, async ({ page }) => {
          await walk(page, lang, paths.find((p) => p.outcome === outcome)!);
          await page.locator(`[data-outcome="${outcome}"] a[href="/${lang}/${article}/"]`).first().click();
          await expect(page).toHaveURL(new RegExp(`/${lang}/${article}/$`));
          await expect(page.locator('h1')).toBeVisible();
        });
      }
    }
  });
}

test('a number outside the reset lists is told so before the next method', async ({ page }) => {
  await walk(page, 'en', paths.find((p) => p.outcome === 'no-email')!);
  await expect(page).toHaveURL(/\/en\/wizard\/no-email\/$/);
  await page.goto('/en/wizard/phone-region/');
  await page.locator('[data-answer="other-country"]').click();
  await expect(page.locator('[data-outcome="phone-not-listed"]')).toBeVisible();
});

// The pinned table, read the way a reader reads it: the question's words, the answer's words, where it lands.
for (const lang of locales) {
  test(`${lang}: every answer, found by its visible words, leads where the pinned table says`, async ({ page }) => {
    const questions = words[lang].wizard.questions as Record<string, { title: string; answers: Record<string, string> }>;
    for (const [question, answer, next] of pinnedRoutes) {
      await page.goto(`/${lang}/wizard/${question === 'situation' ? '' : `${question}/`}`);
      await expect(page.locator('h1')).toHaveText(plain(questions[question]!.title));
      await page.getByRole('link', { name: plain(questions[question]!.answers[answer]!), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/wizard/${next}/$`));
      await expect(page.locator(`[data-question="${next}"], [data-outcome="${next}"]`)).toBeVisible();
    }
  });
}

test('every outcome sends the reader to its article and its “if this does not work” link to the pinned next outcome', async ({ page }) => {
  const outcomesText = en.wizard.outcomes as Record<string, { title: string }>;
  for (const [outcome, article, fallback] of pinnedOutcomes) {
    await page.goto(`/en/wizard/${outcome}/`);
    await expect(page.locator('h1')).toHaveText(plain(outcomesText[outcome]!.title));
    // An outcome about one section of its article opens that section.
    await expect(page.locator(`[data-outcome="${outcome}"] a.wizard-step__article`)).toHaveAttribute('href', outcome === 'lost-phone' ? `/en/${article}/#your-sim-card-is-lost-or-stolen` : `/en/${article}/`);
    // The outcome's own text may link other wizard steps; the fallback is the link under "if this does not work".
    const next = page.locator(`[data-outcome="${outcome}"] a[data-fallback]`);
    if (!fallback) {
      await expect(next).toHaveCount(0);
      continue;
    }
    await expect(next).toHaveText(plain(outcomesText[fallback]!.title));
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/en/wizard/${fallback}/$`));
    await expect(page.locator(`[data-outcome="${fallback}"]`)).toBeVisible();
  }
});

test('when a step cannot be fetched, the answer link still works as a plain page load', async ({ page }) => {
  await page.goto('/en/wizard/');
  await expect(page.locator('[data-question="situation"]')).toBeVisible();
  await page.route('**/en/wizard/email-access/', (route) => (route.request().resourceType() === 'fetch' ? route.abort() : route.continue()));
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(new URL(frame.url()).pathname));
  await page.locator('[data-answer="forgot-password"]').click();
  await expect(page).toHaveURL(/\/en\/wizard\/email-access\/$/);
  await expect(page.locator('[data-question="email-access"]')).toBeVisible();
  expect(navigations).toContain('/en/wizard/email-access/');
});

test('an unknown wizard step is a 404', async ({ page }) => {
  const response = await page.goto('/en/wizard/no-such-step/');
  expect(response?.status()).toBe(404);
});

test('steps are noindex and out of site search; the start page is indexed', async ({ page }) => {
  await page.goto('/en/wizard/device/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
  await page.goto('/en/wizard/');
  expect(await page.locator('meta[name="robots"]').count()).toBe(0);
  expect(await page.locator('[data-pagefind-body]').count()).toBe(1);
});

for (const lang of locales) {
  test(`${lang}: the map lists all ${outcomes.length} outcomes`, async ({ page }) => {
    await page.goto(`/${lang}/wizard/map/`);
    for (const outcome of outcomes) await expect(page.locator(`[data-map-outcome="${outcome}"]`).first()).toBeVisible();
    expect(outcomes.length).toBe(27);
  });
}

test('an option is highlighted on hover only where a pointer hovers, so a tap never leaves the next question looking answered', async ({ page }) => {
  await page.goto('/en/wizard/');
  const css = await page.evaluate(() => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).map((rule) => rule.cssText).join('\n'));
  expect(css).toMatch(/@media \(hover: hover\)[^@]*\.wizard-option:hover/);
  expect(css.replace(/@media \(hover: hover\)\s*\{[^{}]*\{[^{}]*\}\s*\}/g, '')).not.toMatch(/\.wizard-option:hover/);
});

test('an outcome page’s description holds its summary’s words, never link markup', () => {
  const pages = locales.flatMap((lang) => readdirSync(`dist/${lang}/wizard`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `dist/${lang}/wizard/${d.name}/index.html`));
  expect(pages.length).toBeGreaterThan(30);
  const linked = pages.filter((file) => /<meta name="description" content="[^"]*\]\(\//.test(readFileSync(file, 'utf8')));
  expect(linked).toEqual([]);
});
