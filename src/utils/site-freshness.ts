// Freshness for the pages of one build: read once from git (one log for the articles, one for the strings)
// and shared by every article's notice and the editors' page. In `astro dev` it is read again per page,
// so a commit shows without a restart.
import { getCollection } from 'astro:content';
import { dictionaryFiles, freshnessReport, type FreshnessReport } from '../freshness/report.ts';
import type { Locale } from '../i18n/locales.ts';
import { isoDay } from './dates.ts';
import { splitId } from './paths.ts';

let cached: Promise<FreshnessReport> | undefined;

/** The freshness report of the content tree this build reads (CONTENT_DIR or content/). */
export function siteFreshness(): Promise<FreshnessReport> {
  const contentDir = process.env.CONTENT_DIR ?? 'content';
  const read = async () => {
    const entries = await getCollection('articles');
    const articles = entries.map((entry) => ({
      ...splitId(entry.id),
      file: entry.filePath ?? '',
      pending: entry.data.translationPending,
      lastReviewed: entry.data.lastReviewed,
    }));
    return freshnessReport(contentDir, articles, dictionaryFiles(contentDir));
  };
  if (import.meta.env.DEV) return read();
  cached ??= read();
  return cached;
}

/** The languages whose newer guidance a version is behind, each with the day of its latest change (today for an edit not committed yet). */
export async function newerVersions(lang: Locale, slug: string, today = new Date()): Promise<{ lang: Locale; day: Date }[]> {
  const row = (await siteFreshness()).articles.find((r) => r.id === slug);
  const verdict = row?.verdicts[lang];
  if (verdict?.state !== 'behind') return [];
  return verdict.by.map((other) => ({ lang: other, day: new Date(verdict.latest[other]?.day || isoDay(today)) }));
}
