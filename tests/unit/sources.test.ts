import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { maskExactLabels, sharedRuns, words } from '../../scripts/lib/overlap.ts';
import { readReferenceTexts, referenceSkip } from '../../scripts/lib/reference.ts';

test('words are compared without case, ё or punctuation', () => {
  assert.deepEqual(words('Ещё «раз», — Ёлка!'), ['еще', 'раз', 'елка']);
  assert.deepEqual(words('notice.alibaba.com.'), ['notice.alibaba.com']);
});

test('a shared run of twelve words is found, eleven are not', () => {
  const source = 'one two three four five six seven eight nine ten eleven twelve thirteen';
  assert.deepEqual(sharedRuns('x one two three four five six seven eight nine ten eleven twelve y', [source]), [
    'one two three four five six seven eight nine ten eleven twelve',
  ]);
  assert.deepEqual(sharedRuns('one two three four five six seven eight nine ten eleven X twelve', [source]), []);
});

test('exact labels are masked before comparing, approximate ones are not', () => {
  assert.equal(maskExactLabels('a <Ui>Retrieve by order</Ui> b <Ui tr="x">Login ID</Ui>'), 'a  quotedlabel  b  quotedlabel ');
  assert.equal(maskExactLabels('<Ui approx>Sign in</Ui>'), '<Ui approx>Sign in</Ui>');
});

test('no article or interface string repeats twelve words of the reference texts', { skip: referenceSkip() }, () => {
  const sources = readReferenceTexts();
  const files = ['content', 'src/i18n'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|json)$/.test(f) || /(^|\/)(sources|glossary\/\w+)\.yaml$/.test(f)).map((f) => join(dir, f)),
  );
  const lifted = files.flatMap((file) => sharedRuns(maskExactLabels(readFileSync(file, 'utf8')), sources).map((run) => `${file}: “${run}”`));
  assert.deepEqual(lifted, []);
});
