// After `stryker run`: prints each module's score as the README's table and fails when one is under 85%.
import { existsSync, readFileSync } from 'node:fs';
import { belowThreshold, moduleScores, scoreTable, undetectedAndIgnored, type MutationReport } from './lib/mutation-scores.ts';

const path = process.argv[2] ?? 'reports/mutation/mutation.json';
if (!existsSync(path)) {
  console.error(`mutation-scores: no report at ${path}; run \`npm run mutation\` (it writes one).`);
  process.exit(2);
}
let report: MutationReport;
try {
  report = JSON.parse(readFileSync(path, 'utf8')) as MutationReport;
  if (typeof report.files !== 'object' || report.files === null) throw new Error('it has no "files"');
} catch (error) {
  console.error(`mutation-scores: ${path} is not a Stryker JSON report (${(error as Error).message}).`);
  process.exit(2);
}
const scores = moduleScores(report);
console.log(scoreTable(scores));
const { undetected, ignored } = undetectedAndIgnored(report);
if (ignored.length) console.log(`\nSet aside in the code (// Stryker disable … with the reason):\n${ignored.join('\n')}`);
if (undetected.length) console.log(`\nNot detected by any test (kill each with a test, or set it aside with the reason it cannot matter):\n${undetected.join('\n')}`);
const low = belowThreshold(scores);
if (low.length) {
  console.error(`\nmutation-scores: ${low.length} module(s) below the threshold:\n${low.join('\n')}`);
  process.exit(1);
}
console.log(`\nmutation-scores: all ${scores.length} modules at or above the threshold.`);
