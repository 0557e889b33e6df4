// The per-module mutation scores the README shows and `npm run mutation` enforces.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { belowThreshold, moduleScores, scoreTable, undetectedAndIgnored, type MutationReport } from '../../scripts/lib/mutation-scores.ts';

const mutant = (status: string, line = 1, extra: object = {}) => ({ status, mutatorName: 'EqualityOperator', replacement: 'a >= b', location: { start: { line } }, ...extra });
const report: MutationReport = {
  files: {
    'a.ts': { mutants: [...Array(17).fill(mutant('Killed')), mutant('Timeout'), mutant('Survived', 7), mutant('NoCoverage', 9), mutant('Ignored', 3, { statusReason: 'equivalent' }), mutant('CompileError')] },
    'b.ts': { mutants: [mutant('Ignored', 4)] },
  },
};

test('a module scores detected (killed or timed out) over detected and undetected; ignored and uncompiled mutants count for nothing', () => {
  const [a, b] = moduleScores(report);
  assert.deepEqual({ ...a, score: a!.score.toFixed(2) }, { file: 'a.ts', killed: 17, timeout: 1, survived: 1, noCoverage: 1, ignored: 1, score: '90.00' });
  assert.equal(b!.score, 100);
});

test('a module under 85% is named with its score and how many mutants no test detected', () => {
  const scores = moduleScores(report);
  assert.deepEqual(belowThreshold(scores), []);
  assert.deepEqual(belowThreshold(scores, 90.01), ['a.ts: 90.00% (at least 90.01% needed; 2 mutant(s) not detected)']);
});

test('the table has a row per module and the survivors and set-aside mutants are listed where they are', () => {
  assert.equal(scoreTable(moduleScores(report)).split('\n')[2], '| `a.ts` | 90.0% | 17 | 1 | 2 | 1 |');
  assert.deepEqual(undetectedAndIgnored(report), {
    undetected: ['a.ts:7 EqualityOperator → "a >= b"', 'a.ts:9 EqualityOperator → "a >= b"'],
    ignored: ['a.ts:3 EqualityOperator: equivalent', 'b.ts:4 EqualityOperator: no reason given'],
  });
});
