import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchPages, byteKind, inlineCss, overBudget } from '../../scripts/lib/budgets.ts';
import { headersFile, parseCsp, unionCsp } from '../../scripts/lib/headers.ts';

test('the site-wide policy allows every hash any page needs and keeps the shared directives once', () => {
  const policy = unionCsp(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'sha256-c'"]);
  const parsed = parseCsp(policy);
  assert.deepEqual(parsed.get('script-src'), ["'self'", "'sha256-a'", "'sha256-b'"]);
  assert.deepEqual(parsed.get('default-src'), ["'self'"]);
  assert.deepEqual(parsed.get('style-src'), ["'sha256-c'"]);
});

test('the headers file carries CSP, nosniff, no-referrer, a permissions policy and long caching for hashed assets', () => {
  const file = headersFile("default-src 'self'");
  for (const needle of ["frame-ancestors 'none'", 'X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'Permissions-Policy:', '/_astro/*', 'immutable']) {
    assert.ok(file.includes(needle), needle);
  }
  assert.ok(!file.includes('unsafe-inline'));
});

test('bytes are sorted by kind and budgets are enforced', () => {
  assert.equal(byteKind('document', 'http://x/en/'), 'html');
  assert.equal(byteKind('script', 'http://x/a.js'), 'js');
  assert.equal(byteKind('fetch', 'http://x/pagefind/pagefind.js'), 'js');
  assert.equal(byteKind('image', 'http://x/favicon.svg'), 'other');
  assert.equal(inlineCss('<style>a{}</style><p></p><style media="print">b{}</style>'), 'a{}\nb{}');
  const article = benchPages.find((p) => p.kind === 'article')!;
  assert.deepEqual(overBudget(article, { html: 1000, css: 500, js: 100, other: 0, total: 2000 }), []);
  assert.equal(overBudget(article, { html: 30000, css: 9000, js: 4000, other: 0, total: 34000 }).length, 3);
});

test('a _headers file is read as a static host reads it, and each path gets its rules', async () => {
  const { headersFor, parseHeadersFile } = await import('../../scripts/lib/headers.ts');
  const rules = parseHeadersFile(headersFile("default-src 'self'"));
  assert.deepEqual(rules.map((r) => r.pattern), ['/*', '/_astro/*', '/pagefind/*']);
  const page = headersFor('/en/faq/', rules);
  assert.ok(page.some(([name, value]) => name === 'Content-Security-Policy' && value.includes("frame-ancestors 'none'")));
  assert.ok(!page.some(([name]) => name === 'Cache-Control'));
  assert.ok(headersFor('/_astro/x.js', rules).some(([name, value]) => name === 'Cache-Control' && value.includes('immutable')));
});
