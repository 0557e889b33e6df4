// The wizard's addresses and its "your answers" list: which page an address shows, and what history keeps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wizardTree, type WizardTree } from '../../src/islands/wizard/tree.ts';
import { answersFromState, nodeFromPath, type GivenAnswer } from '../../src/islands/wizard/url.ts';

const addresses: [path: unknown, node: string | undefined][] = [
  ['/en/wizard/', 'situation'],
  ['/sv/wizard/', 'situation'],
  ['/ru/wizard/device/', 'device'],
  ['/sv/wizard/support-chat/', 'support-chat'],
  ['/en/wizard/chat-sign-in/', 'chat-sign-in'],
  ['/en/wizard/situation/', undefined],
  ['/de/wizard/device/', undefined],
  ['/en/wizard/device', undefined],
  ['/en/wizard', undefined],
  ['/en/wizard/Device/', undefined],
  ['/en/wizard/no-such-step/', undefined],
  ['/en/wizard/device/extra/', undefined],
  ['/en/wizard/device/?x=1', undefined],
  ['/en/wizard//', undefined],
  ['/en/wizard/map/', undefined],
  ['/en/faq/', undefined],
  ['x/en/wizard/device/', undefined],
  ['', undefined],
  [undefined, undefined],
  [42, undefined],
];
for (const [path, node] of addresses) {
  test(`the address ${JSON.stringify(path)} shows ${node ?? 'no wizard step'}`, () => {
    assert.equal(nodeFromPath(wizardTree, path), node);
  });
}

test('an address longer than 200 characters is never read, even when it names a step', () => {
  const id = (length: number) => 'a'.repeat(length);
  // '/en/wizard/' + id + '/' is 12 characters more than the id.
  const tree: WizardTree = { start: 'q', nodes: { q: { kind: 'question', answers: [] }, [id(188)]: { kind: 'outcome', article: 'x' }, [id(189)]: { kind: 'outcome', article: 'x' } } };
  assert.equal(nodeFromPath(tree, `/en/wizard/${id(188)}/`), id(188));
  assert.equal(nodeFromPath(tree, `/en/wizard/${id(189)}/`), undefined);
});

const answer = (n: number): GivenAnswer => ({ question: `q${n}`, questionText: `Question ${n}?`, answerText: `Answer ${n}`, url: `/en/wizard/q${n}/` });

const states: [name: string, state: unknown, kept: GivenAnswer[]][] = [
  ['no state at all', null, []],
  ['an undefined state', undefined, []],
  ['a state without answers', { other: 1 }, []],
  ['answers that are not a list', { answers: { 0: answer(0) } }, []],
  ['a list of sound answers', { answers: [answer(1), answer(2)] }, [answer(1), answer(2)]],
  [
    'a list with broken entries among sound ones',
    { answers: [null, 'text', 7, answer(1), { ...answer(2), url: 3 }, { question: 'q', questionText: 'Q', answerText: 'A' }, { ...answer(3), answerText: null }, answer(4)] },
    [answer(1), answer(4)],
  ],
  ['a function dressed as an answer', { answers: [Object.assign(() => {}, answer(1)), answer(2)] }, [answer(2)]],
];
for (const [name, state, kept] of states) {
  test(`history with ${name} gives ${kept.length} answer(s)`, () => {
    assert.deepEqual(answersFromState(state), kept);
  });
}

test('history keeps at most the first 20 answers', () => {
  const many = Array.from({ length: 25 }, (_, i) => answer(i));
  assert.deepEqual(answersFromState({ answers: many }), many.slice(0, 20));
  assert.deepEqual(answersFromState({ answers: many.slice(0, 20) }), many.slice(0, 20));
});
