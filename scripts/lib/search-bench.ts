// What `npm run bench` measures of search from an article page on a slow phone, and the pure helpers for it.
import type { Locale } from '../../src/i18n/locales.ts';

/** Lighthouse's "slow 4G" for CDP: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (bytes per second), CPU 4× slower. */
export const slowFourG = {
  network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1000) / 8, uploadThroughput: (750 * 1024) / 8 },
  cpuSlowdown: 4,
} as const;

/** Per language: the article page the reader starts on and the word typed into its header box. */
export const searchFromArticle: Record<Locale, { path: string; query: string }> = {
  en: { path: '/en/recover/email/', query: 'password' },
  ru: { path: '/ru/recover/phone/', query: 'пароль' },
  sv: { path: '/sv/recover/no-email/', query: 'lösenord' },
};

/** From pressing Enter to the first result on screen, at most this many milliseconds (median of the runs). */
export const firstResultLimitMs = 1000;

/** How many times each language is measured; the median is reported. */
export const searchRuns = 3;

/** Milliseconds between keystrokes: a reader typing, not a paste. */
export const typingDelayMs = 120;

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The budget line for one language's timings, as a sentence; undefined when its median is within the limit. */
export function overSearchLimit(lang: string, runsMs: readonly number[], limitMs = firstResultLimitMs): string | undefined {
  const middle = median(runsMs);
  if (middle <= limitMs) return undefined;
  const when = Number.isFinite(middle) ? `${Math.round(middle)} ms after Enter` : 'never, within the wait,';
  return `/${lang}/: search from an article page shows its first result ${when} (median of ${runsMs.length}, slow 4G), over ${limitMs} ms`;
}
