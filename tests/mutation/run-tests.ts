// The command `npm run mutation` (StrykerJS, stryker.config.json) runs for each mutant.
//
// Stryker puts every mutant into the modules listed under `mutate` and names the active one in the
// environment variable __STRYKER_ACTIVE_MUTANT__. Running all unit tests for each of about 1,500 mutants
// would take a day, so this finds the module that holds the active mutant and runs only the unit test files
// that import it (directly or through other modules), one `node --test` at a time, stopping at the first
// failure. (Each file in its own process: with --test-isolation=none, Node 24 exits 0 when a test file
// throws while registering its tests, which would let such a mutant pass.) Files using fast-check run last: they are the slowest. A subset can only kill fewer mutants than
// the whole suite, never more, so the score it gives is never flattering.
//
// With no active mutant (Stryker's first, clean run) it runs every file that imports a mutated module. If it
// cannot tell where a mutant is, it runs all of those files too: slower, never wrong.
//
// Not run: tests/unit/validate.test.ts starts scripts/validate.ts as a child process about 25 times (a minute
// or two); it imports none of the rules, and the rules have direct tests (tests/unit/mutation-*.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const config = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8')) as { mutate: string[] };
const mutated = config.mutate.map((path) => resolve(root, path));
const testDir = join(root, 'tests', 'unit');

/** The local .ts modules a file loads at run time (type-only imports load nothing). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+\.ts)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+\.ts)['"]\s*\)/g),
  ].map((m) => resolve(dirname(file), m[1]!));
  return specifiers.filter((path) => existsSync(path));
}

/** Every local module a file loads, following imports through other modules. */
function loads(file: string): Set<string> {
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length) {
    for (const next of importsOf(queue.pop()!)) if (!seen.has(next)) seen.add(next), queue.push(next);
  }
  return seen;
}

const testFiles = readdirSync(testDir)
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => join(testDir, name))
  .map((file) => ({ file, loads: loads(file), slow: /from 'fast-check'/.test(readFileSync(file, 'utf8')) }))
  .filter((t) => mutated.some((m) => t.loads.has(m)))
  // The tests written for the mutation score first, then the others, fast-check last.
  .sort((a, b) => Number(a.slow) - Number(b.slow) || Number(!a.file.includes('/mutation-')) - Number(!b.file.includes('/mutation-')) || a.file.localeCompare(b.file));

const active = process.env.__STRYKER_ACTIVE_MUTANT__;
// Stryker's instrumenter marks each mutant's place with stryMutAct_9fa48("<id>").
const holder = active === undefined ? undefined : mutated.find((m) => existsSync(m) && readFileSync(m, 'utf8').includes(`stryMutAct_9fa48("${active}")`));
if (active !== undefined && holder === undefined) console.error(`run-tests: mutant ${active} not found in any mutated module; running every related test file`);
const run = holder ? testFiles.filter((t) => t.loads.has(holder)) : testFiles;

for (const { file } of run) {
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=dot', file], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`run-tests: ${relative(root, file)} failed${active === undefined ? '' : ` with mutant ${active} in ${relative(root, holder ?? '?')}`}`);
    process.exit(result.status ?? 1);
  }
}
