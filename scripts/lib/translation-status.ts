import { locales, type Locale } from '../../src/i18n/locales.ts';

/** One language version of an article as the status table needs it. */
export interface Version {
  slug: string;
  lang: Locale;
  lastReviewed: Date | undefined;
  pending: boolean;
}

/** One article's row: each language's state and whether any version lags behind the newest. */
export interface StatusRow {
  slug: string;
  cells: Record<Locale, string>;
  outdated: Locale[];
}

/** Builds the translation status table: missing, pending, or the review date, and which versions are older than the newest. */
export function translationStatus(versions: readonly Version[]): StatusRow[] {
  const slugs = [...new Set(versions.map((v) => v.slug))].sort();
  return slugs.map((slug) => {
    const mine = versions.filter((v) => v.slug === slug);
    const dates = mine.filter((v) => !v.pending && v.lastReviewed).map((v) => v.lastReviewed!.getTime());
    const newest = dates.length ? Math.max(...dates) : undefined;
    const outdated: Locale[] = [];
    const cells = Object.fromEntries(
      locales.map((lang) => {
        const version = mine.find((v) => v.lang === lang);
        if (!version) return [lang, 'missing'];
        if (version.pending) return [lang, 'pending'];
        if (!version.lastReviewed) return [lang, 'no date'];
        const day = version.lastReviewed.toISOString().slice(0, 10);
        if (newest !== undefined && version.lastReviewed.getTime() < newest) {
          outdated.push(lang);
          return [lang, `${day} (older)`];
        }
        return [lang, day];
      }),
    ) as Record<Locale, string>;
    return { slug, cells, outdated };
  });
}
