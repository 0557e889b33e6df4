// The wizard tree's checks on small trees: each mistake an editor can make, with the exact sentence validate prints.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allPaths, fallbackChain, isNodeId, nextStep, textKeys, treeProblems, wizardTree, type WizardTree } from '../../src/islands/wizard/tree.ts';

const question = (...answers: [id: string, next: string][]) => ({ kind: 'question' as const, answers: answers.map(([id, next]) => ({ id, next })) });
const outcome = (fallback?: string) => ({ kind: 'outcome' as const, article: 'faq', ...(fallback ? { fallback } : {}) });
const tree = (nodes: WizardTree['nodes'], start = 'q'): WizardTree => ({ start, nodes });

const trees: [name: string, tree: WizardTree, problems: string[]][] = [
  ['a sound tree', tree({ q: question(['a', 'x'], ['b', 'y']), x: outcome('y'), y: outcome() }), []],
  [
    'a start that does not exist',
    tree({ x: outcome() }, 'nowhere'),
    ['start "nowhere" is not a question', '"x" cannot be reached from "nowhere"', 'The wizard points to "nowhere", which is not a node.'],
  ],
  ['a start that is an outcome', tree({ x: outcome() }, 'x'), ['start "x" is not a question']],
  [
    'a question with one answer',
    tree({ q: question(['a', 'x']), x: outcome() }),
    ['question "q" has fewer than two answers'],
  ],
  [
    'two answers with the same id',
    tree({ q: question(['a', 'x'], ['a', 'y']), x: outcome(), y: outcome() }),
    ['question "q" has two answers with the same id'],
  ],
  [
    'an answer leading nowhere',
    tree({ q: question(['a', 'x'], ['b', 'ghost']), x: outcome() }),
    ['answer "q/b" leads to "ghost", which does not exist', 'The wizard points to "ghost", which is not a node.'],
  ],
  [
    'a node no answer leads to',
    tree({ q: question(['a', 'x'], ['b', 'x']), x: outcome(), lonely: outcome() }),
    ['"lonely" cannot be reached from "q"'],
  ],
  [
    'a fallback to a question',
    tree({ q: question(['a', 'x'], ['b', 'r']), r: question(['c', 'x'], ['d', 'x']), x: outcome('r') }),
    ['outcome "x" falls back to "r", which is not an outcome'],
  ],
  [
    'a fallback to a node that does not exist',
    tree({ q: question(['a', 'x'], ['b', 'x']), x: outcome('ghost') }),
    ['outcome "x" falls back to "ghost", which is not an outcome'],
  ],
  [
    'a question that leads back to an earlier one',
    tree({ q: question(['a', 'r'], ['b', 'x']), r: question(['c', 'q'], ['d', 'x']), x: outcome() }),
    ['The wizard loops back to "q" after q=a → r=c.'],
  ],
  [
    'fallbacks that go round in a circle',
    tree({ q: question(['a', 'x'], ['b', 'y']), x: outcome('y'), y: outcome('x') }),
    ['The fallbacks from "x" loop back to "x" (x → y → x).', 'The fallbacks from "y" loop back to "y" (y → x → y).'],
  ],
];
for (const [name, t, problems] of trees) {
  test(`the tree check on ${name} says ${problems.length ? problems.map((p) => `“${p}”`).join(', ') : 'nothing'}`, () => {
    assert.deepEqual(treeProblems(t), problems);
  });
}

test('the same node reached by two routes is no loop', () => {
  const diamond = tree({ q: question(['a', 'r'], ['b', 's']), r: question(['c', 't'], ['d', 'x']), s: question(['e', 't'], ['f', 'x']), t: question(['g', 'x'], ['h', 'x']), x: outcome() });
  assert.deepEqual(treeProblems(diamond), []);
  assert.deepEqual(allPaths(diamond).map((p) => p.steps.map((s) => `${s.question}=${s.answer}`).join(' ')), [
    'q=a r=c t=g', 'q=a r=c t=h', 'q=a r=d', 'q=b s=e t=g', 'q=b s=e t=h', 'q=b s=f',
  ]);
});

test('the fallbacks of an outcome are followed to the end, and an outcome without one is its own chain', () => {
  const chain = tree({ q: question(['a', 'x'], ['b', 'x']), x: outcome('y'), y: outcome('z'), z: outcome() });
  assert.deepEqual(fallbackChain(chain, 'x'), ['x', 'y', 'z']);
  assert.deepEqual(fallbackChain(chain, 'z'), ['z']);
  assert.deepEqual(fallbackChain(chain, 'q'), ['q']);
  assert.deepEqual(fallbackChain(wizardTree, 'email-reset-app'), ['email-reset-app', 'email-reset-web', 'support-chat', 'chat-sign-in']);
});

test('the texts a tree needs: title, hint and each answer of a question; title, summary, three steps and, with a fallback, its line for an outcome', () => {
  assert.deepEqual(textKeys(tree({ q: question(['a', 'x'], ['b', 'y']), x: outcome('y'), y: outcome() })), [
    'wizard.questions.q.title', 'wizard.questions.q.hint', 'wizard.questions.q.answers.a', 'wizard.questions.q.answers.b',
    'wizard.outcomes.x.title', 'wizard.outcomes.x.summary', 'wizard.outcomes.x.step1', 'wizard.outcomes.x.step2', 'wizard.outcomes.x.step3', 'wizard.outcomes.x.fallback',
    'wizard.outcomes.y.title', 'wizard.outcomes.y.summary', 'wizard.outcomes.y.step1', 'wizard.outcomes.y.step2', 'wizard.outcomes.y.step3',
  ]);
});

test('only a string naming a node is a node id', () => {
  assert.equal(isNodeId(wizardTree, 'device'), true);
  assert.equal(isNodeId(wizardTree, ['device']), false);
  assert.equal(isNodeId(wizardTree, { toString: () => 'device' }), false);
  assert.equal(isNodeId(wizardTree, 'hasOwnProperty'), false);
});

test('an answer of an outcome or of a missing question leads nowhere', () => {
  const t = tree({ q: question(['a', 'x'], ['b', 'x']), x: outcome() });
  assert.equal(nextStep(t, 'q', 'b'), 'x');
  assert.equal(nextStep(t, 'x', 'a'), undefined);
  assert.equal(nextStep(t, 'toString', 'a'), undefined);
});

// The real tree: where every first answer leads, and where each outcome sends the reader next.
const firstSteps: [answer: string, next: string][] = [
  ['forgot-password', 'email-access'], ['forgot-login', 'social-signup'], ['password-rejected', 'sign-in-checks'], ['codes', 'code-channel'],
  ['hacked', 'hacked'], ['blocked', 'block-type'], ['deleted', 'deleted'], ['chat-sign-in', 'chat-sign-in'], ['need-id', 'find-id'],
];
for (const [answer, next] of firstSteps) {
  test(`a reader who answers ${answer} goes on to ${next}`, () => {
    assert.equal(nextStep(wizardTree, wizardTree.start, answer), next);
  });
}

const outcomes: [id: string, article: string, fallback: string | undefined][] = [
  ['email-reset-web', 'recover/email', 'support-chat'], ['email-reset-app', 'recover/mobile-app', 'email-reset-web'], ['lost-inbox', 'recover/lost-inbox', 'support-chat'],
  ['phone-reset', 'recover/phone', 'support-chat'], ['phone-reset-ru', 'recover/phone', 'support-chat'], ['phone-not-listed', 'recover/no-email', 'support-chat'],
  ['no-email', 'recover/no-email', 'support-chat'], ['social-login', 'recover/social-login', 'support-chat'], ['retrieve-by-order', 'recover/order-number', 'retrieve-by-card'],
  ['retrieve-by-card', 'recover/bank-card', 'support-chat'], ['sign-in-checks', 'account/sign-in-checks', 'email-reset-web'], ['codes', 'account/codes', 'support-chat'],
  ['sms-code', 'account/sms-code', 'support-chat'],
  ['hacked', 'account/hacked', 'support-chat'], ['support-chat', 'recover/support-chat', 'chat-sign-in'], ['chat-sign-in', 'recover/chat-sign-in', undefined], ['blocked-temporary', 'account/blocked', 'chat-sign-in'],
  ['security-block', 'account/blocked', 'chat-sign-in'], ['abolished', 'account/blocked', 'chat-sign-in'], ['suspicious-activity', 'account/blocked', 'chat-sign-in'],
  ['deleted', 'account/deleted', 'chat-sign-in'], ['find-id', 'find-id', undefined],
];
for (const [id, article, fallback] of outcomes) {
  test(`the outcome ${id} sends the reader to ${article}${fallback ? `, then to ${fallback}` : ', with nothing after it'}`, () => {
    const node = wizardTree.nodes[id as keyof typeof wizardTree.nodes];
    assert.equal(node.kind, 'outcome');
    assert.equal((node as { article: string }).article, article);
    assert.equal((node as { fallback?: string }).fallback, fallback);
    assert.equal('fallback' in node, fallback !== undefined);
  });
}

test('the support chat message says what happened where the outcome knows it', () => {
  const messages = Object.fromEntries(Object.entries(wizardTree.nodes).flatMap(([id, node]) => ('message' in node ? [[id, node.message]] : [])));
  assert.deepEqual(messages, { 'other-inbox': 'lost-inbox', 'paid-other': 'forgot-login', hacked: 'hacked', 'support-chat': 'unknown', 'blocked-temporary': 'blocked', 'security-block': 'blocked', abolished: 'closed', 'suspicious-activity': 'unusual-activity' });
});
