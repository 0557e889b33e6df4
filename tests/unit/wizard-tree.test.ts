import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import { keyPaths } from '../../src/i18n/parity.ts';
import { allPaths, isNodeId, nextStep, textKeys, treeProblems, wizardTree, type WizardTree } from '../../src/islands/wizard/tree.ts';

const outcomes = Object.entries(wizardTree.nodes).filter(([, n]) => n.kind === 'outcome').map(([id]) => id);

test('the tree has the 13 outcomes and no structural problem', () => {
  assert.equal(outcomes.length, 13);
  assert.deepEqual(treeProblems(wizardTree), []);
});

const paths = allPaths(wizardTree);
for (const path of paths) {
  test(`path ${path.steps.map((s) => `${s.question}=${s.answer}`).join(' → ')} ends at ${path.outcome}`, () => {
    let at: string = wizardTree.start;
    for (const step of path.steps) {
      assert.equal(at, step.question);
      at = nextStep(wizardTree, step.question, step.answer)!;
    }
    assert.equal(at, path.outcome);
    assert.equal(wizardTree.nodes[path.outcome as keyof typeof wizardTree.nodes].kind, 'outcome');
  });
}

test('every outcome is reached by at least one path', () => {
  assert.deepEqual(outcomes.filter((id) => !paths.some((p) => p.outcome === id)), []);
});

test('the routes the issue specifies hold', () => {
  assert.equal(nextStep(wizardTree, 'situation', 'forgot-login'), 'social-signup');
  assert.equal(nextStep(wizardTree, 'phone-region', 'other'), 'has-orders');
  assert.equal(nextStep(wizardTree, 'paid-by-card', 'no'), 'support-chat');
  assert.equal(nextStep(wizardTree, 'block-type', 'suspicious'), 'suspicious-activity');
});

test('unknown questions, answers and ids from a URL lead nowhere', () => {
  assert.equal(nextStep(wizardTree, 'nope', 'yes'), undefined);
  assert.equal(nextStep(wizardTree, 'device', 'tablet'), undefined);
  assert.equal(nextStep(wizardTree, 'support-chat', 'yes'), undefined);
  assert.equal(nextStep(wizardTree, '__proto__', 'x'), undefined);
  assert.equal(isNodeId(wizardTree, 'constructor'), false);
  assert.equal(isNodeId(wizardTree, 'device'), true);
});

test('a broken tree is described: dangling link, unreachable node, cycle, bad fallback', () => {
  const broken: WizardTree = {
    start: 'a',
    nodes: {
      a: { kind: 'question', answers: [{ id: 'x', next: 'b' }, { id: 'y', next: 'ghost' }] },
      b: { kind: 'question', answers: [{ id: 'x', next: 'a' }, { id: 'y', next: 'end' }] },
      end: { kind: 'outcome', article: 'faq', fallback: 'b' },
      lonely: { kind: 'outcome', article: 'faq' },
    },
  };
  const problems = treeProblems(broken).join('\n');
  assert.match(problems, /leads to "ghost", which does not exist/);
  assert.match(problems, /"lonely" cannot be reached/);
  assert.match(problems, /falls back to "b", which is not an outcome/);
  assert.match(problems, /loops back to "a"/);
});

test('every outcome links to an article written in all three languages', { skip: !existsSync('content/en/faq.mdx') && 'content not written yet' }, () => {
  for (const id of outcomes) {
    const node = wizardTree.nodes[id as keyof typeof wizardTree.nodes];
    if (node.kind !== 'outcome') continue;
    for (const lang of ['ru', 'sv', 'en']) assert.ok(existsSync(`content/${lang}/${node.article}.mdx`), `${lang}/${node.article}`);
  }
});

test('every wizard text exists in all three locale files', () => {
  for (const [name, file] of [['en', en], ['ru', ru], ['sv', sv]] as const) {
    const have = new Set(keyPaths(file));
    assert.deepEqual(textKeys(wizardTree).filter((k) => !have.has(k)), [], `${name}.json`);
  }
});
