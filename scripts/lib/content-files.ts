import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLocale, locales, type Locale } from '../../src/i18n/locales.ts';
import type { ContentFile, Problem } from './content-rules.ts';

/** Reads every MDX file under `content/<lang>/`; files elsewhere in the tree are reported, not dropped. */
export function readContent(root: string, shownRoot = 'content'): { files: ContentFile[]; stray: Problem[] } {
  const files: ContentFile[] = [];
  const stray: Problem[] = [];
  if (!existsSync(root)) return { files, stray: [{ level: 'error', file: shownRoot, line: 1, what: 'the content folder does not exist', fix: 'create content/ru, content/sv and content/en' }] };
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const rel = name.split('\\').join('/');
    if (!/\.(mdx|md)$/.test(rel)) continue;
    const shown = `${shownRoot}/${rel}`;
    const [lang, ...rest] = rel.split('/');
    if (rel.endsWith('.md')) {
      stray.push({ level: 'error', file: shown, line: 1, what: 'a .md file; articles are .mdx', fix: 'rename it to .mdx' });
    } else if (!isLocale(lang) || rest.length === 0) {
      stray.push({ level: 'error', file: shown, line: 1, what: `not inside a language folder (${locales.join(', ')})`, fix: `move it to ${shownRoot}/en/${rel} (and its translations to ru and sv)` });
    } else {
      files.push({ path: shown, lang, slug: rest.join('/').replace(/\.mdx$/, ''), source: readFileSync(join(root, name), 'utf8') });
    }
  }
  return { files, stray };
}

/** Reads the three locale files, reporting one that is not valid JSON. */
export function readLocales(dir: string): { localeFiles: Record<Locale, { path: string; data: unknown }>; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries = locales.map((lang) => {
    const path = relative(process.cwd(), join(dir, `${lang}.json`)) || `${lang}.json`;
    try {
      return [lang, { path, data: JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as unknown }] as const;
    } catch (error) {
      problems.push({ level: 'error', file: path, line: 1, what: `cannot be read as JSON (${(error as Error).message})`, fix: 'fix the JSON syntax (quotes, commas, braces)' });
      return [lang, { path, data: {} }] as const;
    }
  });
  return { localeFiles: Object.fromEntries(entries) as Record<Locale, { path: string; data: unknown }>, problems };
}
