// Prints, per article, which languages exist, their review dates and which translation lags behind.
import { locales } from '../src/i18n/locales.ts';
import { readContent } from './lib/content-files.ts';
import { parseMdx } from './lib/mdx-source.ts';
import { translationStatus, type Version } from './lib/translation-status.ts';

const root = process.env.CONTENT_DIR ?? 'content';
const { files } = readContent(root);
const versions: Version[] = files.map((file) => {
  const data = parseMdx(file.source).data ?? {};
  const raw = data.lastReviewed;
  const date = raw instanceof Date ? raw : typeof raw === 'string' ? new Date(raw) : undefined;
  return { slug: file.slug, lang: file.lang, lastReviewed: date && !Number.isNaN(date.getTime()) ? date : undefined, pending: data.translationPending === true };
});
const rows = translationStatus(versions);
const width = Math.max(7, ...rows.map((r) => r.slug.length));
console.log(['article'.padEnd(width), ...locales.map((l) => l.padEnd(18))].join('  '));
for (const row of rows) console.log([row.slug.padEnd(width), ...locales.map((l) => row.cells[l].padEnd(18))].join('  '));
const lagging = rows.filter((r) => r.outdated.length || locales.some((l) => ['missing', 'pending'].includes(r.cells[l])));
console.log(`\n${rows.length} article(s); ${lagging.length} need translation work${lagging.length ? `: ${lagging.map((r) => r.slug).join(', ')}` : ''}.`);
