import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

// Builds a small fixture tree once: one article reviewed in 2020, whose Russian version is pending.
const out = mkdtempSync(join(tmpdir(), 'notices-'));
before(() => {
  const run = spawnSync(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: 'tests/fixtures/content' },
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
after(() => rmSync(out, { recursive: true, force: true }));
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

test('an article reviewed over a year ago tells readers when it was last checked', () => {
  const html = page('en/old');
  assert.match(html, /data-notice="stale"/);
  assert.match(html, /Last\schecked\son\s3\sFebruary\s2020\.\sAliExpress\smay\shave\schanged\sits\spages\ssince/);
  assert.match(page('sv/old'), /Senast kontrollerad 3 februari 2020/);
});

test('a pending translation shows a notice linking to the written languages and stays out of search', () => {
  const html = page('ru/old');
  assert.match(html, /data-notice="pending"/);
  assert.match(html, /href="\/sv\/old\/"/);
  assert.match(html, /href="\/en\/old\/"/);
  assert.doesNotMatch(html, /data-pagefind-body/);
  assert.match(html, /<meta name="robots" content="noindex">/);
  assert.doesNotMatch(html, /data-notice="stale"/);
});

test('hreflang lists only the languages that are written', () => {
  const html = page('en/old');
  assert.match(html, /hreflang="sv"/);
  assert.doesNotMatch(html, /<link rel="alternate" hreflang="ru"/);
});
