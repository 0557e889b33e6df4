// Starts a new article in all three languages: `npm run new -- account/two-accounts [--sources key,key]`.
// Writes content/<lang>/<path>.mdx with complete frontmatter and `pending: true` (validate refuses to ship it
// until the text is written) and the article's entry in the route map. Refuses a path that exists or is malformed.
// Tests point it elsewhere with --content DIR and --route-map FILE.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { locales } from '../src/i18n/locales.ts';
import { codePages } from '../src/utils/routes.ts';
import { isoDay } from '../src/utils/dates.ts';
import { readContent } from './lib/content-files.ts';
import { addToRouteMap, articleTemplate, sectionOf, slugProblem } from './lib/new-article.ts';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const fail = (message: string): never => {
  console.error(`npm run new: ${message}`);
  process.exit(1);
};
const contentRoot = arg('--content') ?? process.env.CONTENT_DIR ?? 'content';
const mapFile = arg('--route-map') ?? 'src/utils/route-map.ts';
const options = new Set(['--content', '--route-map', '--sources']);
const slug = process.argv.slice(2).find((value, i, all) => !value.startsWith('--') && !options.has(all[i - 1] ?? ''));
if (!slug) fail('name the new article\'s path, e.g. npm run new -- account/two-accounts');

const mapSource = readFileSync(mapFile, 'utf8');
const taken = new Set([...readContent(contentRoot).files.map((file) => file.slug), ...[...mapSource.matchAll(/'([a-z0-9/-]+)'/g)].map((m) => m[1]!)]);
// The editors' status page is built by code too, though no reader page lists it.
const problem = slugProblem(slug!, taken, [...codePages, 'editors/']);
if (problem) fail(problem);

const known = Object.keys((parse(readFileSync(join(contentRoot, 'sources.yaml'), 'utf8')) ?? {}) as Record<string, unknown>);
const sources = arg('--sources')?.split(',').map((key) => key.trim()).filter(Boolean) ?? known.slice(0, 1);
const unknown = sources.filter((key) => !known.includes(key));
if (unknown.length || sources.length === 0) fail(`unknown source key(s) ${unknown.join(', ') || '(none given)'}; use keys of ${contentRoot}/sources.yaml: ${known.join(', ')}`);

let newMap = '';
try {
  newMap = addToRouteMap(mapSource, slug!);
} catch (error) {
  fail(`cannot add ${slug} to ${mapFile}: ${(error as Error).message}; add it by hand (see CONTRIBUTING.md, "The route map")`);
}
const today = isoDay(new Date());
const written = locales.map((lang) => {
  const file = join(contentRoot, lang, `${slug}.mdx`);
  if (existsSync(file)) fail(`${file} exists already`);
  return { file, text: articleTemplate(lang, slug!, sources, today) };
});
for (const { file, text } of written) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
writeFileSync(mapFile, newMap);
console.log(`Wrote ${written.map((w) => w.file).join(', ')} (section ${sectionOf(slug!)}) and the entry in ${mapFile}.`);
console.log('Next: write each language (title, description, text, sources), set the route map entry, delete the "pending: true" line, then run npm run validate.');
