// The text `npm run i18n:status` prints from a freshness report: a table of every article's versions, then
// why each version behind is behind, then the strings behind. Pure: scripts/i18n-status.ts prints it.
import { locales, localeNames, type Locale } from '../../src/i18n/locales.ts';
import { isBehind, type FreshnessRow, type Verdict } from '../../src/freshness/compare.ts';
import type { FreshnessReport } from '../../src/freshness/report.ts';
import type { Change } from '../../src/freshness/history.ts';

/** How many strings the status lists unless asked for all. */
export const STRINGS_SHOWN = 12;

const english: Record<Locale, string> = { ru: 'Russian', sv: 'Swedish', en: 'English' };

/** A change as editors read it: short hash, day and subject, or what stands in for a commit. */
export function describeChange(change: Change): string {
  if (change.rank === -1) return 'an edit not committed yet';
  if (!/^[0-9a-f]{40}$/.test(change.hash)) return `lastReviewed ${change.day}`;
  return `${change.hash.slice(0, 7)} on ${change.day} “${change.subject.length > 72 ? `${change.subject.slice(0, 71)}…` : change.subject}”`;
}

/** One cell of the status table. */
export function cell(verdict: Verdict): string {
  switch (verdict.state) {
    case 'behind':
      return `BEHIND ${verdict.by.join('+')}`;
    case 'current':
      return verdict.last ? (verdict.last.rank === -1 ? 'edited' : `ok ${verdict.last.hash.slice(0, 7)}`) : 'ok';
    default:
      return verdict.state;
  }
}

/** Why one version is behind: which languages changed after it, since when and how often. */
export function behindLine(id: string, lang: Locale, verdict: Extract<Verdict, { state: 'behind' }>): string {
  const others = verdict.by.map((other) => english[other]).join(' and ');
  const more = verdict.count > 1 ? `; ${verdict.count} changes up to ${describeChange(verdict.newest)}` : '';
  return `  ${id} — ${english[lang]} is behind: ${others} changed after it, first in ${describeChange(verdict.since)}${more}`;
}

function behindLines(rows: readonly FreshnessRow[]): string[] {
  return rows.flatMap((row) =>
    locales.flatMap((lang) => {
      const verdict = row.verdicts[lang];
      return verdict.state === 'behind' ? [behindLine(row.id, lang, verdict)] : [];
    }),
  );
}

/** A string's line: which languages are behind, each since which commit. */
export function stringLine(row: FreshnessRow): string {
  const parts = locales.flatMap((lang) => {
    const verdict = row.verdicts[lang];
    if (verdict.state !== 'behind') return [];
    return [verdict.since.rank === -1 ? `${lang} since an edit not committed yet` : `${lang} since ${verdict.since.hash.slice(0, 7)} (${verdict.since.day})`];
  });
  return `  ${row.id}: behind ${parts.join(', ')}`;
}

/** The whole status printout: what the history covers, the table, each article version that is behind and why, then strings (`allStrings`: every one, else the first few). */
export function formatStatus(report: FreshnessReport, allStrings = false): string {
  const out: string[] = [];
  if (report.history === 'none') out.push(`Note: ${report.message}`, '');
  else {
    out.push(`Freshness from git history: ${report.commits} commit(s) of the content and locale files, ${report.minor} marked minor and left out.`);
    if (report.message) out.push(`Note: ${report.message}`);
    out.push('');
  }
  const width = Math.max(7, ...report.articles.map((row) => row.id.length));
  const colWidth = 16;
  out.push(['article'.padEnd(width), ...locales.map((lang) => `${lang} ${localeNames[lang]}`.padEnd(colWidth))].join('  ').trimEnd());
  for (const row of report.articles) out.push([row.id.padEnd(width), ...locales.map((lang) => cell(row.verdicts[lang]).padEnd(colWidth))].join('  ').trimEnd());
  const articleLines = behindLines(report.articles);
  const shown = allStrings ? report.strings : report.strings.slice(0, STRINGS_SHOWN);
  const stringLines = shown.map(stringLine);
  if (shown.length < report.strings.length) stringLines.push(`  … and ${report.strings.length - shown.length} more: npm run i18n:status -- --strings lists them all.`);
  if (articleLines.length) out.push('', 'Articles behind another language:', ...articleLines);
  if (stringLines.length) out.push('', 'Interface strings and glossary entries behind another language:', ...stringLines);
  const lagging = report.articles.filter((row) => isBehind(row) || locales.some((lang) => ['missing', 'pending'].includes(row.verdicts[lang].state)));
  out.push(
    '',
    `${report.articles.length} article(s); ${lagging.length} need translation work${lagging.length ? `: ${lagging.map((row) => row.id).join(', ')}` : ''}; ` +
      `${report.strings.length} string(s) behind.`,
  );
  return out.join('\n');
}
