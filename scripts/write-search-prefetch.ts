// After pagefind: writes dist/<lang>/search-prefetch.json, the files an article page fetches ahead when the reader focuses search.
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../src/i18n/locales.ts';
import { moduleScripts, prefetchFiles, type PagefindEntry } from './lib/search-prefetch.ts';

const dist = process.argv[2] ?? 'dist';
const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
const indexDir = join(dist, 'pagefind', 'index');
const chunks = readdirSync(indexDir).map((name) => ({ name, size: statSync(join(indexDir, name)).size }));
for (const lang of locales) {
  if (!existsSync(join(dist, lang))) continue;
  // The search page's own scripts: those every page loads (the language's home page has them too) are cached already.
  const scriptsOf = (page: string) => (existsSync(join(dist, lang, page)) ? moduleScripts(readFileSync(join(dist, lang, page), 'utf8')) : []);
  const everyPage = new Set(scriptsOf('index.html'));
  const files = prefetchFiles(entry, lang, chunks, scriptsOf('search/index.html').filter((src) => !everyPage.has(src)));
  if (files.length === 0) {
    console.error(`write-search-prefetch: pagefind has no index for “${lang}”; did it run over ${dist}?`);
    process.exit(1);
  }
  writeFileSync(join(dist, lang, 'search-prefetch.json'), JSON.stringify({ files }));
}
console.log(`write-search-prefetch: ${locales.length} lists in ${dist}/<lang>/search-prefetch.json.`);
