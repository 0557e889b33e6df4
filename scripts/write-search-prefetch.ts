// After pagefind: writes, per language, dist/<lang>/search-cards.json (what the search page ranks and lists results by
// before their fragments arrive, while the site is small enough) and dist/<lang>/search-prefetch.json (the files an
// article page fetches ahead when the reader focuses search).
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { locales } from '../src/i18n/locales.ts';
import { cardsFile, fragmentText, type Fragment } from './lib/search-cards.ts';
import { chunkRanges, moduleScripts, prefetchFiles, searchTagOf, type ChunkRange, type PagefindEntry } from './lib/search-prefetch.ts';

const dist = process.argv[2] ?? 'dist';
const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
const indexDir = join(dist, 'pagefind', 'index');
const fragmentDir = join(dist, 'pagefind', 'fragment');
const chunks = readdirSync(indexDir).map((name) => ({ name, size: statSync(join(indexDir, name)).size }));
const fragmentFiles = readdirSync(fragmentDir).filter((name) => name.endsWith('.pf_fragment'));
for (const lang of locales) {
  if (!existsSync(join(dist, lang))) continue;
  const fragments = new Map(
    fragmentFiles
      .filter((name) => name.startsWith(`${lang}_`))
      .map((name) => [name.replace(/\.pf_fragment$/, ''), JSON.parse(fragmentText(gunzipSync(readFileSync(join(fragmentDir, name))))) as Fragment]),
  );
  const cards = cardsFile(fragments);
  const cardsPath = join(dist, lang, 'search-cards.json');
  if (cards) writeFileSync(cardsPath, cards);
  else rmSync(cardsPath, { force: true });
  // The search page's own scripts: those every page loads (the language's home page has them too) are cached already.
  const html = (page: string) => (existsSync(join(dist, lang, page)) ? readFileSync(join(dist, lang, page), 'utf8') : '');
  const everyPage = new Set(moduleScripts(html('index.html')));
  const searchPage = html('search/index.html');
  // The index chunks by the first letters of their words, read from pagefind's metadata (gzip, a signature, CBOR), so
  // the article page fetches only the chunk the reader's word needs; the whole index when that cannot be read.
  const hash = entry.languages[lang]?.hash;
  let ranges: ChunkRange[] | undefined;
  try {
    const meta = gunzipSync(readFileSync(join(dist, 'pagefind', `pagefind.${hash}.pf_meta`)));
    const signature = 'pagefind_dcd';
    ranges = meta.subarray(0, signature.length).toString() === signature ? chunkRanges(decode(meta.subarray(signature.length))) : undefined;
  } catch (error) {
    ranges = undefined;
    console.warn(`write-search-prefetch: ${lang}'s index chunks could not be read by letter (${String(error)}); the whole index is fetched ahead instead.`);
  }
  const files = prefetchFiles(entry, lang, chunks, searchTagOf(searchPage), moduleScripts(searchPage).filter((src) => !everyPage.has(src)), cards !== undefined, undefined, ranges !== undefined);
  if (files.length === 0) {
    console.error(`write-search-prefetch: pagefind has no index for “${lang}”; did it run over ${dist}?`);
    process.exit(1);
  }
  writeFileSync(join(dist, lang, 'search-prefetch.json'), JSON.stringify(ranges ? { files, chunks: ranges } : { files }));
}
console.log(`write-search-prefetch: ${locales.length} lists in ${dist}/<lang>/search-prefetch.json, with cards where the site is small enough.`);
