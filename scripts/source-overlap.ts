// Reports every run of 12 words that a content file shares with the reference texts.
// Usage: node scripts/source-overlap.ts [folder-or-file …]   (default: content/)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { maskExactLabels, sharedRuns } from './lib/overlap.ts';
import { referenceDir, readReferenceTexts } from './lib/reference.ts';

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(mdx|json)$/.test(f))
    .map((f) => join(path, f));
}

const targets = process.argv.slice(2);
const roots = targets.length ? targets : ['content', 'src/i18n'];
if (!existsSync(referenceDir)) {
  console.error(`No reference texts at ${resolve(referenceDir)}: nothing to compare with.`);
  process.exit(2);
}
const sources = readReferenceTexts();
let problems = 0;
for (const file of roots.flatMap(files)) {
  for (const run of sharedRuns(maskExactLabels(readFileSync(file, 'utf8')), sources)) {
    problems++;
    console.log(`${file} — repeats the source text: “${run}” — rewrite this sentence in your own words`);
  }
}
console.log(problems ? `${problems} lifted run(s) of 12 words.` : 'No run of 12 words repeats the reference texts.');
process.exit(problems ? 1 : 0);
