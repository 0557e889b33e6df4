/** The site's languages, in the order the language switcher lists them. */
export const locales = ['ru', 'sv', 'en'] as const;

/** One of the site's languages. */
export type Locale = (typeof locales)[number];

/** The language that `x-default` and the root page fall back to. */
export const defaultLocale: Locale = 'en';

/** Each language's own name, as its readers write it. */
export const localeNames: Record<Locale, string> = { ru: 'Русский', sv: 'Svenska', en: 'English' };

/** Open Graph locale codes. */
export const ogLocales: Record<Locale, string> = { ru: 'ru_RU', sv: 'sv_SE', en: 'en_GB' };

/** Whether a string names one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language a site path starts with (`/sv/recover/email/` → `sv`), or undefined. */
export function localeFromPath(pathname: string): Locale | undefined {
  const first = pathname.split('/').find((part) => part.length > 0);
  return isLocale(first) ? first : undefined;
}
