// After the build: writes dist/_headers with one CSP that covers every page's hashed inline scripts and styles.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, unionCsp } from './lib/headers.ts';
import { locales } from '../src/i18n/locales.ts';

const dist = process.argv[2] ?? 'dist';
const policies = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<meta http-equiv="content-security-policy" content="([^"]+)"/g)].map((m) => m[1]!));
if (policies.length === 0) {
  console.error(`No page in ${dist} carries a Content-Security-Policy: is security.csp still on in astro.config.mjs?`);
  process.exit(1);
}
// The search page asks for its word file and result cards with the build's tag (searchTag), so a cached copy is never stale.
const tagged = locales.flatMap((lang) => [`/${lang}/search-words.json`, `/${lang}/search-cards.json`]);
writeFileSync(join(dist, '_headers'), headersFile(unionCsp(policies), tagged));
console.log(`write-headers: ${dist}/_headers covers ${policies.length} pages.`);
