// Checks the whole content tree before it ships; prints `file:line — what is wrong — how to fix it`.
// Usage: npm run validate [-- --content DIR --locales DIR --route-map FILE]   (exit 1 on any error; warnings alone exit 0)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem } from './lib/content-rules.ts';
import { checkAll } from './lib/check-all.ts';
import { routeMap as landedMap, type RouteMap } from '../src/utils/route-map.ts';

const started = performance.now();
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const contentRoot = arg('--content') ?? process.env.CONTENT_DIR ?? 'content';
// Another route map (tests of `npm run new`) is loaded from its file; it imports nothing.
const mapFile = arg('--route-map');
const routeMap: RouteMap = mapFile ? ((await import(pathToFileURL(resolve(mapFile)).href)) as { routeMap: RouteMap }).routeMap : landedMap;
const { files, problems } = checkAll({ contentRoot, localesDir: arg('--locales') ?? 'src/i18n', routeMap });

const errors = problems.filter((p) => p.level === 'error');
const warnings = problems.filter((p) => p.level === 'warning');
for (const problem of [...errors, ...warnings]) console.log(formatProblem(problem));
const ms = Math.round(performance.now() - started);
console.log(
  `validate: ${files.length} article files checked in ${ms} ms — ${errors.length} error(s), ${warnings.length} warning(s)` +
    (errors.length ? '. Fix the errors above, then run npm run validate again.' : '.'),
);
process.exit(errors.length ? 1 : 0);
