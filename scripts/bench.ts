// npm run bench: builds, serves, and measures first-visit bytes (gzip) and Lighthouse scores of representative pages.
// Exits 1 when a page is over its byte budget, search from an article is slower than its limit on slow 4G, or a Lighthouse
// score is below 100. `--no-build` reuses dist/, `--no-lighthouse` skips scores, `--search-only` measures only the slow-4G search.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '../tests/browser.ts';
import { benchPages, byteKind, firstSearch, gzipSize, inlineCss, isSearchRequest, overBudget, type PageBytes } from './lib/budgets.ts';
import { median, overSearchLimit, searchFromArticle, searchRuns, slowFourG, typingDelayMs } from './lib/search-bench.ts';

const args = new Set(process.argv.slice(2));
const port = Number(process.env.BENCH_PORT ?? 4398);
const base = `http://127.0.0.1:${port}`;
const astro = ['node_modules/astro/bin/astro.mjs'];

if (!args.has('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, [...astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
// Search is timed as readers get it from a static host: the cache headers of dist/_headers, text gzip-compressed.
// (`astro preview` sends `no-cache` on every file, which no deployment of the site does.)
const hostBase = `http://127.0.0.1:${port + 1}`;
const host = spawn(process.execPath, ['scripts/serve-headers.ts', String(port + 1)], { stdio: 'ignore' });
const stop = () => {
  server.kill();
  host.kill();
};
process.on('exit', stop);
for (const url of [`${base}/en/`, `${hostBase}/en/`]) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const launch = browserLaunchOptions();
const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), `--remote-debugging-port=${port + 4935}`] });
const searchOnly = args.has('--search-only');
const rows: { path: string; bytes: PageBytes }[] = [];
for (const page of searchOnly ? [] : benchPages) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const bytes: PageBytes = { html: 0, css: 0, js: 0, other: 0, total: 0 };
  const pending: Promise<void>[] = [];
  let externalCss = 0;
  tab.on('response', (response) =>
    void pending.push(
      response.body().then(
        (body) => {
          const kind = byteKind(response.request().resourceType(), response.url());
          const size = gzipSize(body);
          bytes[kind] += size;
          if (kind === 'css') externalCss += size;
          if (kind === 'html') bytes.css += gzipSize(inlineCss(body.toString('utf8')));
        },
        () => {},
      ),
    ),
  );
  await tab.goto(base + page.path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // Inline CSS is already inside the HTML bytes, so only external stylesheets are added to the total.
  bytes.total = bytes.html + externalCss + bytes.js + bytes.other;
  rows.push({ path: page.path, bytes });
  await context.close();
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
if (!searchOnly) console.log('\nFirst visit, gzip (KB)        HTML    CSS*     JS  other  total  budget');
for (const row of rows) {
  const page = benchPages.find((p) => p.path === row.path)!;
  const budget = page.kind === 'article' ? '≤ 25 all, ≤ 3 JS' : '≤ 8 JS';
  console.log(`${row.path.padEnd(27)} ${kb(row.bytes.html)} ${kb(row.bytes.css)} ${kb(row.bytes.js)} ${kb(row.bytes.other)} ${kb(row.bytes.total)}  ${budget}`);
}
if (!searchOnly) console.log('* CSS is inlined in the HTML (one request); it is shown on its own and counted once in the total.');
const failures = rows.flatMap((row) => overBudget(benchPages.find((p) => p.path === row.path)!, row.bytes));

// The first search: what typing one word on the search page downloads, and how long until the first result shows.
if (!searchOnly) console.log('\nFirst search, gzip (KB)  bytes  requests  first result  budget');
for (const [lang, query] of searchOnly ? [] : Object.entries(firstSearch.queries)) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${base}/${lang}/search/`, { waitUntil: 'networkidle' });
  let bytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  tab.on('response', (response) => {
    if (!isSearchRequest(response.url())) return;
    requests++;
    pending.push(response.body().then((body) => void (bytes += gzipSize(body)), () => {}));
  });
  const started = performance.now();
  await tab.locator('[data-search-page-input]').fill(query);
  await tab.locator('[data-search-results] li').first().waitFor();
  const ms = performance.now() - started;
  // The list comes before its excerpts: every result's text counts too.
  await tab.locator(`site-search[data-complete="${query}"]`).waitFor({ state: 'attached' });
  await tab.waitForLoadState('networkidle');
  await Promise.all(pending);
  console.log(`/${lang}/search/ “${query}”`.padEnd(24), kb(bytes), String(requests).padStart(9), `${Math.round(ms)} ms`.padStart(13), '  ≤ 150');
  if (bytes > firstSearch.limit) failures.push(`/${lang}/search/: the first search downloads ${(bytes / 1024).toFixed(1)} KB, over 150 KB`);
  await context.close();
}

// Search from an article page on a slow phone: tap the header box, type the word, press Enter; time from Enter to the
// frame that first shows a result on the search page (recorded in the page, so the test driver's own polling, slowed
// down with the CPU, adds nothing). A fresh context each run: nothing is cached but what the article page fetched.
const firstResultClock = () => {
  if (!location.pathname.endsWith('/search/')) return;
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-search-results] li')) return;
    observer.disconnect();
    requestAnimationFrame(() => Object.assign(window, { firstResultAt: performance.timeOrigin + performance.now() }));
  }).observe(document, { childList: true, subtree: true });
};
console.log('\nSearch from an article, slow 4G   runs (ms)              median  limit');
for (const [lang, { path, query }] of Object.entries(searchFromArticle)) {
  const runs: number[] = [];
  for (let run = 0; run < searchRuns; run++) {
    const context = await browser.newContext();
    await context.addInitScript(firstResultClock);
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', slowFourG.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowFourG.cpuSlowdown });
    await tab.goto(hostBase + path, { waitUntil: 'load' });
    const box = tab.locator('header [data-search-input]');
    await box.click();
    await box.pressSequentially(query, { delay: typingDelayMs });
    const started = performance.timeOrigin + performance.now();
    await box.press('Enter');
    const shown = await tab.waitForFunction(() => (window as { firstResultAt?: number }).firstResultAt, undefined, { timeout: 20_000 }).then((at) => at.jsonValue(), () => undefined);
    runs.push(shown ? shown - started : Number.POSITIVE_INFINITY);
    await context.close();
  }
  const line = `${path} “${query}”`.padEnd(33);
  console.log(line, runs.map((ms) => String(Math.round(ms)).padStart(6)).join(' ').padEnd(22), String(Math.round(median(runs))).padStart(6), '  ≤ 1000');
  const over = overSearchLimit(lang, runs);
  if (over) failures.push(over);
}

if (!args.has('--no-lighthouse') && !searchOnly) {
  const { default: lighthouse } = await import('lighthouse');
  console.log('\nLighthouse (mobile)           perf   a11y   best    seo');
  for (const page of benchPages) {
    const result = await lighthouse(base + page.path, { port: port + 4935, output: 'json', logLevel: 'error' });
    const categories = result?.lhr.categories ?? {};
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    console.log(`${page.path.padEnd(27)} ${scores.map((s) => String(s).padStart(6)).join(' ')}`);
    scores.forEach((score, i) => {
      if (score < 100) {
        const id = ['performance', 'accessibility', 'best-practices', 'seo'][i]!;
        const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0)).map((a) => a.id);
        failures.push(`${page.path}: Lighthouse ${id} ${score} (${failing.join(', ')})`);
      }
    });
  }
}

await browser.close();
stop();
if (failures.length) {
  console.log(`\nOver budget:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll pages within budget.');
