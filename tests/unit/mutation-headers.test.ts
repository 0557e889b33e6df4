// The `_headers` file a static host reads: the exact security headers every page gets, and how the file is read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headersFile, headersFor, parseCsp, parseHeadersFile, unionCsp } from '../../scripts/lib/headers.ts';

test('a policy is read directive by directive, ignoring empty parts and extra spaces', () => {
  assert.deepEqual([...parseCsp("  default-src 'self' ;; script-src   'self'  'sha256-a';")], [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'sha256-a'"]],
  ]);
  assert.deepEqual([...parseCsp('')], []);
  assert.deepEqual([...parseCsp('upgrade-insecure-requests')], [['upgrade-insecure-requests', []]]);
});

test('the site-wide policy lists directives and sources in the order pages first use them, each once', () => {
  assert.equal(
    unionCsp(["default-src 'self'; img-src 'self' data:", "script-src 'sha256-b'; default-src 'self'", "img-src data: blob:; script-src 'sha256-a'", 'upgrade-insecure-requests']),
    "default-src 'self'; img-src 'self' data: blob:; script-src 'sha256-b' 'sha256-a'; upgrade-insecure-requests",
  );
  assert.equal(unionCsp([]), '');
  assert.equal(unionCsp(["default-src 'self';"]), "default-src 'self'");
});

test('every page gets exactly these headers; hashed assets and the search index are cached as long as they can be', () => {
  const rules = parseHeadersFile(headersFile("default-src 'self'"));
  const page: [string, string][] = [
    ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  assert.deepEqual(headersFor('/en/faq/', rules), page);
  assert.deepEqual(headersFor('/_astro/site.css', rules), [...page, ['Cache-Control', 'public, max-age=31536000, immutable']]);
  assert.deepEqual(headersFor('/pagefind/pagefind.js', rules), [...page, ['Cache-Control', 'public, max-age=3600']]);
});

test('a header line must be indented: an unindented one is read as a path, as hosts read it', () => {
  assert.deepEqual(parseHeadersFile('/*\nX-Frame-Options: DENY'), [
    { pattern: '/*', headers: [] },
    { pattern: 'X-Frame-Options: DENY', headers: [] },
  ]);
});

test('the headers file says where it comes from and separates its blocks with blank lines', () => {
  const lines = headersFile('x').split('\n');
  assert.equal(lines[0], '# Written by `npm run build` (scripts/write-headers.ts) from the policies Astro put in each page.');
  assert.deepEqual(lines.filter((l) => l !== '' && !l.startsWith(' ') && !l.startsWith('#')), ['/*', '/_astro/*', '/pagefind/*']);
  assert.equal(lines.filter((l) => l === '').length, 3);
  assert.ok(lines.every((l) => l === '' || l.startsWith('#') || l.startsWith('/') || /^ {2}[A-Z][\w-]+: \S/.test(l)), lines.join('\n'));
});

test('a _headers file is read as hosts read it: comments, blank lines and stray lines are skipped, values keep their colons', () => {
  const text = [
    '  X-Before-Any-Path: dropped',
    '# a comment',
    '/*',
    '  # an indented comment: not a header',
    '  X-Frame-Options:  DENY ',
    '  no colon here',
    '',
    '/docs/page  ',
    '\tLink: <https://example.com/a>; rel=preload',
  ].join('\n');
  assert.deepEqual(parseHeadersFile(text), [
    { pattern: '/*', headers: [['X-Frame-Options', 'DENY']] },
    { pattern: '/docs/page', headers: [['Link', '<https://example.com/a>; rel=preload']] },
  ]);
});

const matching: [path: string, headers: string[]][] = [
  ['/docs/page', ['all', 'docs-any', 'page']],
  ['/docs/page/', ['all', 'docs-any']],
  ['/docs/', ['all', 'docs-any']],
  ['/doc', ['all']],
  ['/other', ['all']],
];
for (const [path, headers] of matching) {
  test(`${path} gets the rules ${headers.join(', ')}, in file order`, () => {
    const rules = parseHeadersFile(['/*', '  X: all', '/docs/*', '  X: docs-any', '/docs/page', '  X: page'].join('\n'));
    assert.deepEqual(headersFor(path, rules).map(([, value]) => value), headers);
  });
}
