// npm run bench:scale -- 1000: builds the site with N synthetic articles per language added to a copy of the
// content, and reports milliseconds per page for the build and for pagefind, and the index size per language.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales } from '../src/i18n/locales.ts';
import { syntheticArticle } from './lib/synthetic.ts';

const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1 || count > 20000) {
  console.error(`bench:scale takes a number of articles per language from 1 to 20000, not "${process.argv[2]}".`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'scale-'));
const content = join(work, 'content');
const out = join(work, 'dist');
cpSync('content', content, { recursive: true });
for (const lang of locales) {
  mkdirSync(join(content, lang, 'scale'), { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(content, lang, 'scale', `article-${i}.mdx`), syntheticArticle(lang, i));
}

const env = { ...process.env, CONTENT_DIR: content };
const timed = (label: string, command: string, args: string[]) => {
  const started = performance.now();
  const run = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  if (run.status !== 0) {
    console.error(`${label} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
    process.exit(1);
  }
  return ms;
};
const buildMs = timed('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out]);
const pagefindMs = timed('pagefind', process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', out]);

const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
const sizeOf = (prefix: string) =>
  ['index', 'fragment'].flatMap((dir) => readdirSync(join(out, 'pagefind', dir)).filter((f) => f.startsWith(prefix)).map((f) => statSync(join(out, 'pagefind', dir, f)).size)).reduce((a, b) => a + b, 0);

console.log(`\nbench:scale — ${count} synthetic articles per language, ${pages} HTML pages in all`);
console.log(`astro build   ${(buildMs / 1000).toFixed(1)} s   ${(buildMs / pages).toFixed(2)} ms/page`);
console.log(`pagefind      ${(pagefindMs / 1000).toFixed(1)} s   ${(pagefindMs / pages).toFixed(2)} ms/page`);
console.log(`together                ${((buildMs + pagefindMs) / pages).toFixed(2)} ms/page (target ≤ 10)`);
for (const lang of locales) console.log(`index ${lang}      ${(sizeOf(`${lang}_`) / 1024 / 1024).toFixed(2)} MB (index + fragments)`);
rmSync(work, { recursive: true, force: true });
rmSync('node_modules/.astro-alt', { recursive: true, force: true });
