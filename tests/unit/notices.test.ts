import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { git } from '../fixtures/git.ts';

// Builds a small fixture tree once: one article reviewed in 2020, whose Russian version is pending, in a git
// repository of its own where the Swedish version changed after the English one; with a report-a-problem form.
// The tree's folder keeps its name from run to run, so the build cache made for it (astro.config.mjs) is reused.
const out = mkdtempSync(join(tmpdir(), 'notices-'));
const content = join(tmpdir(), 'notices-content-repo');
before(() => {
  rmSync(content, { recursive: true, force: true });
  cpSync('tests/fixtures/content', content, { recursive: true });
  git(content, 'init', '-q');
  git(content, 'add', '-A');
  git(content, 'commit', '-q', '-m', 'The old article in three languages');
  appendFileSync(join(content, 'sv', 'old.mdx'), '\nEn mening till.\n');
  git(content, 'commit', '-q', '-am', 'A new sentence in Swedish');
  const run = spawnSync(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, REPORT_URL: 'https://forms.example.org/new?page={path}&kind=problem' },
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
after(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});
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

test(`a version behind another language's newer change says so in the reader's language, with a link to it`, () => {
  const html = page('en/old');
  assert.match(html, /data-notice="behind"/);
  assert.match(html, /The\sSwedish\sversion\swas\supdated\son\s\d{1,2}\s[A-Z][a-z]+\s\d{4};\sthis\spage\smay\sbe\sbehind\sit\./);
  assert.match(html, /<a href="\/sv\/old\/" hreflang="sv" lang="sv">Svenska<\/a>/);
  assert.doesNotMatch(page('sv/old'), /data-notice="behind"/);
  assert.doesNotMatch(page('ru/old'), /data-notice="behind"/);
});

test('with REPORT_URL set, every article links to the form with its own path filled in', () => {
  assert.match(page('en/old'), /<a href="https:\/\/forms\.example\.org\/new\?page=%2Fen%2Fold%2F&amp;kind=problem"[^>]*>Report\sa\sproblem\swith\sthis\spage<\/a>/);
  assert.match(page('sv/old'), />Rapportera\sett\sfel\spå\sden\shär\ssidan<\/a>/);
});
