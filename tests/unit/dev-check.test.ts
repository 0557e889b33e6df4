import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { ViteDevServer } from 'vite';
import { contentCheck, contentCheckPlugin } from '../../scripts/lib/dev-check-plugin.ts';
import { overlayError, problemsOfFile, shownPath, terminalReport } from '../../scripts/lib/dev-check.ts';
import type { Problem } from '../../scripts/lib/content-rules.ts';

const problem = (level: Problem['level'], file: string, line: number, what = 'wrong'): Problem => ({ level, file, line, what, fix: 'fix it' });

test('the dev check picks the saved file\'s problems, errors first, and words them as validate does', () => {
  assert.equal(shownPath('content/', 'en/recover/email.mdx'), 'content/en/recover/email.mdx');
  assert.equal(shownPath('/tmp/c', 'sv\\faq.mdx'), '/tmp/c/sv/faq.mdx');
  assert.equal(shownPath('content//', 'en/faq.mdx'), 'content/en/faq.mdx');
  const all = [problem('warning', 'content/en/a.mdx', 2), problem('error', 'content/en/b.mdx', 1), problem('error', 'content/en/a.mdx', 9, 'bad link to /en/<path>/ & more')];
  const mine = problemsOfFile(all, 'content/en/a.mdx');
  assert.deepEqual(mine.map((p) => p.line), [9, 2]);
  assert.equal(terminalReport('content/en/a.mdx', []), 'content/en/a.mdx: passes the validate rules');
  assert.equal(
    terminalReport('content/en/a.mdx', mine),
    'content/en/a.mdx: 1 error(s), 1 warning(s) (npm run validate rules)\n  content/en/a.mdx:9 — bad link to /en/<path>/ & more — fix it\n  content/en/a.mdx:2 — warning: wrong — fix it',
  );
  assert.equal(overlayError('content/en/a.mdx', '/abs/a.mdx', [mine[1]!]), undefined);
  const two = overlayError('content/en/a.mdx', '/abs/a.mdx', [problem('error', 'content/en/a.mdx', 3, 'one'), problem('error', 'content/en/a.mdx', 4, 'two')]);
  assert.equal(two?.message, 'content/en/a.mdx: 2 problem(s) npm run validate would refuse\n\ncontent/en/a.mdx:3 — one — fix it\ncontent/en/a.mdx:4 — two — fix it');
  assert.equal(two?.loc?.line, 3);
  assert.deepEqual(overlayError('content/en/a.mdx', '/abs/a.mdx', mine), {
    message: 'content/en/a.mdx: 1 problem(s) npm run validate would refuse\n\ncontent/en/a.mdx:9 — bad link to /en/&lt;path&gt;/ &amp; more — fix it',
    stack: '',
    id: '/abs/a.mdx',
    plugin: 'content-check',
    loc: { file: '/abs/a.mdx', line: 9, column: 1 },
  });
});

/** A stand-in for Vite's dev server: a watcher to save files through, a socket to the page, a logger. */
function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { added: [] as string[], add(path: string) { this.added.push(path); } });
  const sent: unknown[] = [];
  const connects: ((data: unknown, client: { send(payload: unknown): void }) => void)[] = [];
  const logged: { level: string; text: string }[] = [];
  const log = (level: string) => (text: string) => logged.push({ level, text });
  const server = {
    watcher,
    ws: { send: (payload: unknown) => sent.push(payload), on: (event: string, fn: (typeof connects)[number]) => event === 'vite:client:connect' && connects.push(fn) },
    config: { logger: { info: log('info'), warn: log('warn'), error: log('error') } },
  };
  const connect = () => {
    const got: unknown[] = [];
    for (const fn of connects) fn(undefined, { send: (payload) => got.push(payload) });
    return got;
  };
  return { server: server as unknown as ViteDevServer, watcher, sent, logged, connect };
}

const work = mkdtempSync(join(tmpdir(), 'dev-check-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('saving an article runs the validate rules on it: the terminal and the overlay show its problems, and a fixed file clears them', () => {
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const plugin = contentCheckPlugin({ contentRoot: content, localesDir: 'src/i18n' });
  assert.equal(plugin.apply, 'serve');
  const { server, watcher, sent, logged, connect } = fakeServer();
  (plugin.configureServer as (s: ViteDevServer) => void)(server);
  assert.deepEqual(watcher.added, [content]);

  const file = join(content, 'sv', 'recover', 'email.mdx');
  const original = readFileSync(file, 'utf8');
  // A link to a page that does not exist and a label given as exact that the registry does not hold.
  writeFileSync(file, `${original}\nSe [telefon](/sv/recover/telefon/). Välj <Ui>Påhittad knapp</Ui>.\n`);
  watcher.emit('change', file);
  const shown = `${content}/sv/recover/email.mdx`;
  assert.equal(logged.at(-1)?.level, 'error');
  assert.match(logged.at(-1)!.text, new RegExp(`^${shown}: 2 error\\(s\\)`));
  assert.match(logged.at(-1)!.text, /link to \/sv\/recover\/telefon\/, a page that does not exist/);
  assert.match(logged.at(-1)!.text, /Påhittad knapp/);
  const payload = sent.at(-1) as { type: string; err: { message: string; loc: { file: string; line: number } } };
  assert.equal(payload.type, 'error');
  assert.match(payload.err.message, /telefon/);
  assert.equal(payload.err.loc.file, file);
  assert.equal(payload.err.loc.line, original.split('\n').length + 1);
  // The page reloads after a save: the overlay is sent again when it connects.
  assert.deepEqual(connect(), [payload]);

  writeFileSync(file, original);
  watcher.emit('change', file);
  assert.deepEqual(logged.at(-1), { level: 'info', text: `${shown}: passes the validate rules` });
  assert.equal(sent.length, 1);
  assert.deepEqual(connect(), []);

  // Route rules too: the fallback section of a route article must follow the route map.
  const phone = join(content, 'en', 'recover', 'phone.mdx');
  writeFileSync(phone, readFileSync(phone, 'utf8').replace('## If it does not work', '## When it fails'));
  watcher.emit('add', phone);
  assert.match(logged.at(-1)!.text, /no "## If it does not work" section/);

  // Files outside the content tree, and other kinds of file, are left alone.
  watcher.emit('change', join(work, 'elsewhere.mdx'));
  watcher.emit('change', join(content, 'en', 'notes.txt'));
  assert.equal(logged.length, 3);
});

test('the integration adds the check to astro dev only', () => {
  const added: unknown[] = [];
  const setup = contentCheck().hooks['astro:config:setup'] as (options: { command: string; updateConfig(c: unknown): void }) => void;
  setup({ command: 'build', updateConfig: (c) => added.push(c) });
  assert.equal(added.length, 0);
  setup({ command: 'dev', updateConfig: (c) => added.push(c) });
  assert.equal((added[0] as { vite: { plugins: { name: string }[] } }).vite.plugins[0]!.name, 'content-check');
});
