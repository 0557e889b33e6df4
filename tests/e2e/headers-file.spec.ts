import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseCsp } from '../../scripts/lib/headers.ts';
import { builtPages } from './site.ts';

// dist/_headers as built, against every page's own meta policy: the header must allow all each page allows.
const headerCsp = /Content-Security-Policy: (.+)$/m.exec(readFileSync('dist/_headers', 'utf8'))?.[1] ?? '';
const header = parseCsp(headerCsp);

test('the header policy keeps the strict directives', () => {
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  expect(header.get('object-src')).toEqual(["'none'"]);
  expect(header.get('base-uri')).toEqual(["'none'"]);
  expect(headerCsp).not.toContain('unsafe-inline');
});

test('the header policy holds every source of every page’s meta policy, the 404 page included', () => {
  const pages = builtPages();
  expect(pages).toContain('/404.html');
  const missing: string[] = [];
  for (const path of pages) {
    const html = readFileSync(path === '/404.html' ? 'dist/404.html' : `dist${path}index.html`, 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    if (!meta) {
      missing.push(`${path}: no meta policy`);
      continue;
    }
    for (const [directive, sources] of parseCsp(meta)) {
      for (const source of sources) if (!header.get(directive)?.includes(source)) missing.push(`${path}: ${directive} ${source}`);
    }
  }
  expect(missing).toEqual([]);
});
