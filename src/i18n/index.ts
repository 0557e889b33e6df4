import i18next, { type TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };
import type { Locale } from './locales.ts';
import { typeset } from '../typography/typeset.ts';

/** The locale files, by language; `en` is the base the others are checked against. */
export const resources = { en, ru, sv } as const;

// Every string is typeset once, here, so pages and islands show the same typography as articles.
function typesetAll<T>(value: T, lang: Locale): T {
  if (typeof value === 'string') return typeset(value, lang) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetAll(v, lang)])) as T;
  return value;
}

// One instance for the whole build; synchronous init because every string is bundled.
const instance = i18next.createInstance();
await instance.init({
  resources: { en: { translation: typesetAll(en, 'en') }, ru: { translation: typesetAll(ru, 'ru') }, sv: { translation: typesetAll(sv, 'sv') } },
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // Astro escapes output itself; escaping here would double it.
  interpolation: { escapeValue: false },
});

// Every page asks for the same header, footer and nav strings: a plain lookup (one key, no options) is
// answered from memory after its first time. Calls with options (interpolation, plurals) go to i18next.
const bound = new Map<Locale, TFunction>();

function remembering(translate: TFunction): TFunction {
  // Keys were type-checked where `t` is called; in here they are only passed on.
  const call = translate as unknown as (...args: unknown[]) => string;
  const plain = new Map<string, string>();
  const t = (key: unknown, ...rest: unknown[]) => {
    if (rest.length > 0 || typeof key !== 'string') return call(key, ...rest);
    let value = plain.get(key);
    if (value === undefined) plain.set(key, (value = call(key)));
    return value;
  };
  return t as unknown as TFunction;
}

/** A translate function bound to one language, with keys type-checked against `en.json`. */
export function useTranslations(lang: Locale): TFunction {
  let t = bound.get(lang);
  if (!t) bound.set(lang, (t = remembering(instance.getFixedT(lang))));
  return t;
}
