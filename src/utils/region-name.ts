// Country names come from Intl, which knows them in every language, so the site keeps no list of its own.

/** A country's name in a language ("SE", "ru" → "Швеция"), or undefined for a code Intl does not know. */
export function regionName(code: string, lang: string): string | undefined {
  const name = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(code);
  // Intl's Russian names leave out the ё the rest of the site writes, and the United States are США in speech.
  if (lang === 'ru' && code === 'US') return 'США';
  return lang === 'ru' && name ? name.replace(/(Соедин|Объедин)енн/g, '$1ённ') : name;
}
