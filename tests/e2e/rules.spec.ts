// One fact, one wording: a shared safety rule reads the same on every built page of a language, and the
// domain rule is where readers need it (before they type a code or card digits).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { locales } from '../../src/i18n/locales.ts';
import { ruleNames } from '../../src/utils/rules.ts';
import { builtPages } from './site.ts';

const html = (path: string) => parse(readFileSync(`dist${path === '/404.html' ? path : `${path}index.html`}`, 'utf8'));

for (const lang of locales) {
  test(`${lang}: each shared rule renders identically wherever it appears`, () => {
    const pages = builtPages().filter((p) => p.startsWith(`/${lang}/`));
    for (const name of ruleNames) {
      const renderings = new Map<string, string[]>();
      for (const path of pages) {
        for (const block of html(path).querySelectorAll(`[data-rule="${name}"]`)) {
          const key = block.outerHTML.replace(/ data-astro-cid-\w+(="")?/g, '');
          renderings.set(key, [...(renderings.get(key) ?? []), path]);
        }
      }
      expect([...renderings.values()].length, `${name}: ${[...renderings.values()].map((p) => p.join(' ')).join(' | ')}`).toBeLessThanOrEqual(1);
      // Every rule is in use: a fact written once but shown nowhere would leave pages to word it themselves.
      expect(renderings.size, `${name} is shown on no ${lang} page`).toBe(1);
      // Only whole addresses are bold: never the tail of a brand name ("AliExpress.ru").
      for (const key of renderings.keys()) {
        for (const bold of parse(key).querySelectorAll('b')) {
          const before = (bold.previousSibling?.text ?? '').slice(-1);
          expect(`${before}${bold.text}`, name).toMatch(/^[^\p{L}\p{N}-]?\.?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|ru|net|org|us)$/u);
        }
      }
    }
    // The pages that ask for a code or card digits show the domain rule itself.
    for (const slug of ['recover/email', 'recover/bank-card', 'safety']) {
      expect(html(`/${lang}/${slug}/`).querySelectorAll('[data-rule="domain"]').length, slug).toBeGreaterThanOrEqual(1);
    }
  });
}
