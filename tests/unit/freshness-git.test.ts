import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { article, git, localeFile, makeRepo, reportFor, type TestRepo } from '../fixtures/git-repo.ts';

const made: string[] = [];
const repo = (): TestRepo => {
  const r = makeRepo();
  made.push(r.dir);
  return r;
};
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const states = (r: TestRepo) => {
  const row = r.report().articles[0]!;
  return { ru: row.verdicts.ru.state, sv: row.verdicts.sv.state, en: row.verdicts.en.state };
};

test('three versions committed together are all current', () => {
  const r = repo();
  assert.deepEqual(states(r), { ru: 'current', sv: 'current', en: 'current' });
  assert.equal(r.report().history, 'full');
  assert.equal(r.report().message, undefined);
  assert.deepEqual(r.report().strings, []);
});

test('an English change outdates the Russian and Swedish versions, since that commit', () => {
  const r = repo();
  const hash = r.commit('New step in the English FAQ', { 'content/en/faq.mdx': article('FAQ en', 'Text en, with a new step.') });
  const row = r.report().articles[0]!;
  assert.equal(row.verdicts.en.state, 'current');
  for (const lang of ['ru', 'sv'] as const) {
    const verdict = row.verdicts[lang];
    assert.equal(verdict.state, 'behind');
    if (verdict.state !== 'behind') continue;
    assert.deepEqual(verdict.by, ['en']);
    assert.equal(verdict.since.hash, hash);
    assert.equal(verdict.since.subject, 'New step in the English FAQ');
    assert.equal(verdict.count, 1);
  }
});

test('a minor change outdates nothing, marked by [minor] or by a Minor: yes trailer', () => {
  const r = repo();
  r.commit('[minor] Typo in the English FAQ', { 'content/en/faq.mdx': article('FAQ en', 'Txet en.') });
  r.commit('Fix a link in the Swedish FAQ\n\nMinor: yes', { 'content/sv/faq.mdx': article('FAQ sv', 'Text sv!') });
  assert.deepEqual(states(r), { ru: 'current', sv: 'current', en: 'current' });
  assert.equal(r.report().minor, 2);
});

test('a Swedish change outdates the other two, and their own later change brings each back', () => {
  const r = repo();
  const first = r.commit('Swedish FAQ: the code now comes by text', { 'content/sv/faq.mdx': article('FAQ sv', 'Ny text.') });
  const second = r.commit('Swedish FAQ: one more step', { 'content/sv/faq.mdx': article('FAQ sv', 'Ny text, ett steg till.') });
  const verdict = r.report().articles[0]!.verdicts.ru;
  assert.equal(verdict.state, 'behind');
  if (verdict.state === 'behind') {
    assert.equal(verdict.since.hash, first);
    assert.equal(verdict.newest.hash, second);
    assert.equal(verdict.count, 2);
  }
  assert.deepEqual(states(r), { ru: 'behind', sv: 'current', en: 'behind' });
  r.commit('Russian FAQ follows the Swedish', { 'content/ru/faq.mdx': article('FAQ ru', 'Новый текст.') });
  assert.deepEqual(states(r), { ru: 'current', sv: 'current', en: 'behind' });
});

test('an edit not committed yet counts as the newest change', () => {
  const r = repo();
  r.write({ 'content/ru/faq.mdx': article('FAQ ru', 'Правка.') });
  assert.deepEqual(states(r), { ru: 'current', sv: 'behind', en: 'behind' });
  const verdict = r.report().articles[0]!.verdicts.sv;
  assert.ok(verdict.state === 'behind' && verdict.since.rank === -1);
});

test('locale strings are compared key by key', () => {
  const r = repo();
  r.commit('English greeting reworded', { 'src/i18n/en.json': localeFile('Welcome en', 'Bye en') });
  const strings = r.report().strings;
  assert.deepEqual(strings.map((row) => row.id), ['ui:home.greeting']);
  assert.deepEqual([strings[0]!.verdicts.ru.state, strings[0]!.verdicts.sv.state, strings[0]!.verdicts.en.state], ['behind', 'behind', 'current']);
  r.commit('[minor] English farewell punctuated', { 'src/i18n/en.json': localeFile('Welcome en', 'Bye, en') });
  assert.deepEqual(r.report().strings.map((row) => row.id), ['ui:home.greeting']);
});

test('glossary entries are compared concept by concept', () => {
  const r = repo();
  r.commit('Russian term for the user ID', { 'content/glossary/ru.yaml': '- concept: user-id\n  term: ID пользователя\n  avoid: [x]\n' });
  const row = r.report().strings.find((s) => s.id === 'glossary:user-id');
  assert.deepEqual([row?.verdicts.ru.state, row?.verdicts.sv.state, row?.verdicts.en.state], ['current', 'behind', 'behind']);
});

test('a shallow clone says what it cannot know instead of guessing', () => {
  const r = repo();
  r.commit('English FAQ changed', { 'content/en/faq.mdx': article('FAQ en', 'Changed.') });
  const clone = mkdtempSync(join(tmpdir(), 'freshness-clone-'));
  made.push(clone);
  git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${r.dir}`, clone);
  const report = reportFor(clone);
  assert.equal(report.history, 'shallow');
  assert.match(report.message ?? '', /shallow clone.*git fetch --unshallow/);
  assert.deepEqual(Object.values(report.articles[0]!.verdicts).map((v) => v.state), ['unknown', 'unknown', 'unknown']);
});

test('a copy without any history says so and falls back to the review dates', () => {
  const r = repo();
  const copy = mkdtempSync(join(tmpdir(), 'freshness-copy-'));
  made.push(copy);
  cpSync(join(r.dir, 'content'), join(copy, 'content'), { recursive: true });
  const report = reportFor(copy);
  assert.equal(report.history, 'none');
  assert.match(report.message ?? '', /No git history here/);
  // The Swedish version was reviewed later than the others (see reportFor).
  assert.deepEqual(Object.values(report.articles[0]!.verdicts).map((v) => v.state), ['behind', 'current', 'behind']);
});

test('npm run i18n:status prints the table for a repository, and a clear note without history, never a crash', () => {
  const r = repo();
  r.commit('English FAQ changed', { 'content/en/faq.mdx': article('FAQ en', 'Changed.') });
  const status = (content: string) => spawnSync(process.execPath, ['scripts/i18n-status.ts', '--content', content], { encoding: 'utf8' });
  const full = status(join(r.dir, 'content'));
  assert.equal(full.status, 0, full.stderr);
  assert.match(full.stdout, /faq\s+BEHIND en\s+BEHIND en\s+ok [0-9a-f]{7}/);
  assert.match(full.stdout, /faq — Russian is behind: English changed after it, first in [0-9a-f]{7} on \d{4}-\d\d-\d\d “English FAQ changed”/);
  const bare = mkdtempSync(join(tmpdir(), 'freshness-bare-'));
  made.push(bare);
  cpSync(join(r.dir, 'content'), join(bare, 'content'), { recursive: true });
  writeFileSync(join(bare, 'content', 'README'), 'not a repository');
  const none = status(join(bare, 'content'));
  assert.equal(none.status, 0, none.stderr);
  assert.match(none.stdout, /Note: No git history here/);
});
