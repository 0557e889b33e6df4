import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { builtPages } from './site.ts';

// Reads the built HTML, as readers receive it: the text a browser lays out, without scripts, styles or code.
function visibleText(path: string): string {
  const file = `dist${path === '/404.html' ? '/404.html' : `${path}index.html`}`;
  const body = parse(readFileSync(file, 'utf8')).querySelector('body')!;
  // Drawings (SVG text) are laid out by coordinates and never wrap, so no line of them can start with a dash.
  for (const el of body.querySelectorAll('script, style, code, pre, template, svg')) el.remove();
  return body.textContent;
}

for (const lang of ['ru', 'sv'] as const) {
  test(`no ${lang} page lets a line start with a dash (each dash follows a non-breaking space)`, () => {
    const found: string[] = [];
    // The editors' page quotes commit messages as written, in English: it is no reader text to typeset.
    for (const path of builtPages().filter((p) => p.startsWith(`/${lang}/`) && !p.startsWith(`/${lang}/editors/`))) {
      for (const match of visibleText(path).matchAll(/(.{0,30})[ \t\r\n][–—]/g)) found.push(`${path}: “${match[0].trim()}”`);
    }
    expect(found).toEqual([]);
  });
}

test('numbers stay with the word they count, and each language has its own quotation marks', () => {
  const ru = visibleText('/ru/recover/email/');
  const sv = visibleText('/sv/recover/email/');
  const en = visibleText('/en/recover/email/');
  expect(ru).toMatch(/\d\u00A0[а-яё]/);
  expect(sv).toMatch(/\d\u00A0[a-zåäö]/);
  expect(en).toMatch(/\d\u00A0[a-z]/);
  for (const text of [ru, sv, en]) expect(text).not.toContain('"');
  expect(visibleText('/ru/faq/')).toContain('«');
  // Swedish inflects after a colon; typography must not split "ID:t" into "ID: t".
  expect(visibleText('/sv/find-id/')).toContain('ID:t');
});
