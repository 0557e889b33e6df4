// Prints, per article, whether each language version is current or behind another language's newer change,
// from git history (see CONTRIBUTING.md, "Keep the languages in step"). Usage: npm run i18n:status [-- --strings] [-- --content DIR]
import { readContent } from './lib/content-files.ts';
import { parseMdx } from './lib/mdx-source.ts';
import { formatStatus } from './lib/freshness-table.ts';
import { dictionaryFiles, freshnessReport, type ArticleFile } from '../src/freshness/report.ts';
import { join } from 'node:path';

const started = performance.now();
const contentArg = process.argv.indexOf('--content');
const root = contentArg >= 0 ? process.argv[contentArg + 1]! : (process.env.CONTENT_DIR ?? 'content');
const { files } = readContent(root);
const articles: ArticleFile[] = files.map((file) => {
  const data = parseMdx(file.source).data ?? {};
  const raw = data.lastReviewed;
  const date = raw instanceof Date ? raw : typeof raw === 'string' ? new Date(raw) : undefined;
  return {
    slug: file.slug,
    lang: file.lang,
    file: join(root, file.lang, `${file.slug}.mdx`),
    pending: data.translationPending === true || data.pending === true,
    lastReviewed: date && !Number.isNaN(date.getTime()) ? date : undefined,
  };
});
console.log(formatStatus(freshnessReport(root, articles, dictionaryFiles(root)), process.argv.includes('--strings')));
console.log(`(${Math.round(performance.now() - started)} ms)`);
