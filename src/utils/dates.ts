import type { Locale } from '../i18n/locales.ts';

/** A date as `YYYY-MM-DD`, for `<time datetime>` and sitemaps. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Making a DateTimeFormat costs far more than formatting with one, and every article page formats a date.
const formats = new Map<Locale, Intl.DateTimeFormat>();

/** A date written out as readers of a language expect ("23 November 2026", «23 ноября 2026 г.»). */
export function formatDate(date: Date, lang: Locale): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  return format.format(date);
}

/** Whether a review date is more than twelve months before `now`. */
export function isStale(reviewed: Date, now: Date = new Date()): boolean {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - 1);
  return reviewed.getTime() < limit.getTime();
}
