import { isLocale, type Locale } from '../i18n/locales.ts';

/** The language to open from the root page: the one the reader chose before, else their browser's first match, else none. */
export function pickLocale(remembered: unknown, preferred: readonly string[]): Locale | undefined {
  if (isLocale(remembered)) return remembered;
  for (const tag of preferred) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return undefined;
}
