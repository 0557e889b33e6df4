import { locales, type Locale } from '../i18n/locales.ts';

/** Splits a collection id (`sv/recover/email`) into its language and its cross-language path. */
export function splitId(id: string): { lang: Locale; slug: string } {
  const [lang, ...rest] = id.split('/');
  if (!lang || !(locales as readonly string[]).includes(lang) || rest.length === 0) {
    throw new Error(`Article "${id}" is not inside content/ru, content/sv or content/en.`);
  }
  return { lang: lang as Locale, slug: rest.join('/') };
}

/** The site path of a page in a language: `pagePath('sv', 'recover/email')` → `/sv/recover/email/`. */
export function pagePath(lang: Locale, slug = ''): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  return clean ? `/${lang}/${clean}/` : `/${lang}/`;
}

/** The same page in another language: swaps the language prefix of a site path. */
export function switchLocale(pathname: string, lang: Locale): string {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length > 0 && (locales as readonly string[]).includes(parts[0]!)) parts.shift();
  return pagePath(lang, parts.join('/'));
}
