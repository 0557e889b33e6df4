// What editors read: the status printout's words and the addresses the build may link to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { behindLine, cell, describeChange, formatStatus, STRINGS_SHOWN, stringLine } from '../../scripts/lib/freshness-table.ts';
import type { FreshnessRow, Verdict } from '../../src/freshness/compare.ts';
import { UNCOMMITTED, type Change } from '../../src/freshness/history.ts';
import type { FreshnessReport } from '../../src/freshness/report.ts';
import { commitUrl, reportUrl } from '../../src/utils/outbound.ts';

const hash = '0123456789abcdef0123456789abcdef01234567';
const c = (subject = 'New step', rank = 0): Change => ({ hash, rank, day: '2026-12-06', subject });
const ok = (last: Change | undefined = c()): Verdict => ({ state: 'current', last });
const behind = (since: Change, newest = since, count = 1, by: ('ru' | 'sv' | 'en')[] = ['en']): Verdict => ({
  state: 'behind',
  last: undefined,
  since,
  newest,
  by,
  latest: {},
  count,
});

test('a change reads as short hash, day and subject (long ones cut), an edit not committed, or a review date', () => {
  assert.equal(describeChange(c()), '0123456 on 2026-12-06 “New step”');
  assert.equal(describeChange(c('x'.repeat(72))), `0123456 on 2026-12-06 “${'x'.repeat(72)}”`);
  assert.equal(describeChange(c('x'.repeat(73))), `0123456 on 2026-12-06 “${'x'.repeat(71)}…”`);
  assert.equal(describeChange(UNCOMMITTED), 'an edit not committed yet');
  assert.equal(describeChange({ hash: 'reviewed 2026-11-01', rank: -5, day: '2026-11-01', subject: 'lastReviewed' }), 'lastReviewed 2026-11-01');
  assert.equal(describeChange({ ...c(), hash: `${hash}0` }), 'lastReviewed 2026-12-06');
  assert.equal(describeChange({ ...c(), hash: `x${hash}` }), 'lastReviewed 2026-12-06');
});

test('table cells: behind with the languages, in step with the commit, edited, or the state', () => {
  assert.equal(cell(behind(c(), c(), 1, ['sv', 'en'])), 'BEHIND sv+en');
  assert.equal(cell(ok()), 'ok 0123456');
  assert.equal(cell(ok(UNCOMMITTED)), 'edited');
  assert.equal(cell({ state: 'current', last: undefined }), 'ok');
  assert.equal(cell({ state: 'unknown', last: c() }), 'unknown');
  assert.equal(cell({ state: 'pending' }), 'pending');
  assert.equal(cell({ state: 'missing' }), 'missing');
});

test('a version behind says who changed after it and since when; several changes name the newest', () => {
  const one = behind(c('First'));
  assert.ok(one.state === 'behind');
  assert.equal(behindLine('faq', 'ru', one as Extract<Verdict, { state: 'behind' }>), '  faq — Russian is behind: English changed after it, first in 0123456 on 2026-12-06 “First”');
  const two = behind(c('First'), c('Second'), 2, ['sv', 'en']) as Extract<Verdict, { state: 'behind' }>;
  assert.equal(behindLine('faq', 'en', { ...two, by: ['ru', 'sv'] }), '  faq — English is behind: Russian and Swedish changed after it, first in 0123456 on 2026-12-06 “First”; 2 changes up to 0123456 on 2026-12-06 “Second”');
});

const row = (id: string, verdicts: Partial<Record<'ru' | 'sv' | 'en', Verdict>>): FreshnessRow => ({ id, verdicts: { ru: ok(), sv: ok(), en: ok(), ...verdicts } });

test('a string line lists each language behind with its commit, or an edit not committed yet', () => {
  assert.equal(stringLine(row('ui:a', { ru: behind(c()), sv: behind(UNCOMMITTED) })), '  ui:a: behind ru since 0123456 (2026-12-06), sv since an edit not committed yet');
});

const report = (over: Partial<FreshnessReport>): FreshnessReport => ({ history: 'full', message: undefined, commits: 3, minor: 1, articles: [], strings: [], ...over });

test('the status printout: what history it read, the table, the versions behind and the strings', () => {
  const out = formatStatus(
    report({
      articles: [row('faq', {}), row('recover/email', { ru: behind(c('Step')), sv: { state: 'pending' } }), row('safety', { en: { state: 'missing' } })],
      strings: [row('ui:a', { sv: behind(c()) })],
    }),
  );
  assert.equal(
    out,
    [
      'Freshness from git history: 3 commit(s) of the content and locale files, 1 marked minor and left out.',
      '',
      'article        ru Русский        sv Svenska        en English',
      'faq            ok 0123456        ok 0123456        ok 0123456',
      'recover/email  BEHIND en         pending           ok 0123456',
      'safety         ok 0123456        ok 0123456        missing',
      '',
      'Articles behind another language:',
      '  recover/email — Russian is behind: English changed after it, first in 0123456 on 2026-12-06 “Step”',
      '',
      'Interface strings and glossary entries behind another language:',
      '  ui:a: behind sv since 0123456 (2026-12-06)',
      '',
      '3 article(s); 2 need translation work: recover/email, safety; 1 string(s) behind.',
    ].join('\n'),
  );
});

test('the printout with nothing behind, with a note, without history, and with more strings than it lists', () => {
  assert.equal(
    formatStatus(report({ articles: [row('faq', {})], message: 'Shallow.' })),
    ['Freshness from git history: 3 commit(s) of the content and locale files, 1 marked minor and left out.', 'Note: Shallow.', '', 'article  ru Русский        sv Svenska        en English', 'faq      ok 0123456        ok 0123456        ok 0123456', '', '1 article(s); 0 need translation work; 0 string(s) behind.'].join('\n'),
  );
  assert.match(formatStatus(report({ history: 'none', message: 'No git history here.' })), /^Note: No git history here\.\n\narticle  ru/);
  const strings = Array.from({ length: STRINGS_SHOWN + 2 }, (_, i) => row(`ui:k${String(i).padStart(2, '0')}`, { ru: behind(c()) }));
  const short = formatStatus(report({ strings }));
  assert.equal(STRINGS_SHOWN, 12);
  assert.match(short, /ui:k11: behind/);
  assert.doesNotMatch(short, /ui:k12/);
  assert.match(short, /\n  … and 2 more: npm run i18n:status -- --strings lists them all\.\n/);
  assert.match(formatStatus(report({ articles: [row('tips', { ru: { state: 'pending' } })] })), /1 need translation work: tips;/);
  const all = formatStatus(report({ strings }), true);
  assert.match(all, /ui:k13: behind/);
  assert.doesNotMatch(all, /more: npm run/);
  assert.equal(formatStatus(report({ strings: strings.slice(0, STRINGS_SHOWN) })).includes('more:'), false);
});

test('a commit links to the repository only when its address is set, and only for a commit hash', () => {
  assert.equal(commitUrl('https://git.example.org/team/help/', hash), `https://git.example.org/team/help/commit/${hash}`);
  assert.equal(commitUrl('  https://git.example.org/team/help//  ', 'abc1234'), 'https://git.example.org/team/help/commit/abc1234');
  assert.equal(commitUrl(undefined, hash), undefined);
  assert.equal(commitUrl('   ', hash), undefined);
  assert.equal(commitUrl('https://x.org', ''), undefined);
  assert.equal(commitUrl('https://x.org', 'abc123'), undefined);
  assert.equal(commitUrl('https://x.org', `${hash}0`), undefined);
  assert.equal(commitUrl('https://x.org', `reviewed ${hash}`), undefined);
});

test('the report link fills the page path in, encoded, and is left out without a template', () => {
  assert.equal(reportUrl('https://x.org/new?title=Problem%20on%20{path}&p={path}', '/sv/recover/e-post/'), 'https://x.org/new?title=Problem%20on%20%2Fsv%2Frecover%2Fe-post%2F&p=%2Fsv%2Frecover%2Fe-post%2F');
  assert.equal(reportUrl(' https://x.org/form ', '/en/faq/'), 'https://x.org/form');
  assert.equal(reportUrl(undefined, '/en/faq/'), undefined);
  assert.equal(reportUrl('  ', '/en/faq/'), undefined);
  assert.equal(reportUrl('', '/en/faq/'), undefined);
});
