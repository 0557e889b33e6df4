import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import sv from '../../src/i18n/sv.json' with { type: 'json' };
import { keyPaths } from '../../src/i18n/parity.ts';
import { allPaths, fallbackChain, isNodeId, nextStep, textKeys, treeProblems, wizardTree, type WizardTree } from '../../src/islands/wizard/tree.ts';

const outcomes = Object.entries(wizardTree.nodes).filter(([, n]) => n.kind === 'outcome').map(([id]) => id);

test('the tree has the 27 outcomes and no structural problem', () => {
  assert.equal(outcomes.length, 27);
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
  assert.equal(nextStep(wizardTree, 'phone-region', 'no-phone'), 'no-email');
  assert.equal(nextStep(wizardTree, 'phone-region', 'other-country'), 'phone-not-listed');
  assert.equal(nextStep(wizardTree, 'social-signup', 'no'), 'phone-signup');
  assert.equal(nextStep(wizardTree, 'phone-signup', 'yes'), 'phone-region');
  assert.equal(nextStep(wizardTree, 'email-access', 'no-email'), 'phone-region');
  assert.equal(nextStep(wizardTree, 'code-channel', 'sms'), 'sms-code');
  assert.equal(nextStep(wizardTree, 'block-type', 'security-message'), 'security-block');
  for (const [answer, outcome] of [['hacked', 'hacked'], ['codes', 'code-channel'], ['password-rejected', 'sign-in-checks'], ['chat-sign-in', 'chat-sign-in']] as const) assert.equal(nextStep(wizardTree, 'situation', answer), outcome);
  assert.equal(nextStep(wizardTree, 'email-access', 'no-inbox'), 'lost-inbox');
  assert.equal(nextStep(wizardTree, 'email-access', 'unknown-email'), 'social-signup');
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

// Every "if this does not work" must lead somewhere new, and end where the reader gets a real answer.
const finalOutcomes = new Set(['chat-sign-in', 'deleted', 'find-id']);
const node = (id: string) => wizardTree.nodes[id as keyof typeof wizardTree.nodes];
for (const id of outcomes) {
  test(`the fallbacks from ${id} never revisit a node or an article and end in a final answer (the chat's last resort, deletion's answer, the ID guide)`, () => {
    const chain = fallbackChain(wizardTree, id);
    assert.equal(new Set(chain).size, chain.length, chain.join(' → '));
    const articles = chain.map((step) => (node(step) as { article: string }).article);
    assert.equal(new Set(articles).size, articles.length, `an article comes back: ${chain.join(' → ')}`);
    assert.ok(finalOutcomes.has(chain.at(-1)!), `ends at ${chain.at(-1)}`);
  });
}

test('a reader who cannot open the inbox is never sent to a method that needs it', () => {
  // The email resets need the inbox; both lookups only show the address the reader cannot open.
  const needInbox = new Set(['email-reset-web', 'email-reset-app', 'retrieve-by-order', 'retrieve-by-card', 'sign-in-checks']);
  const lostInbox = paths.filter((p) => p.steps.some((s) => s.question === 'email-access' && s.answer === 'no-inbox'));
  // The mailbox comes back first: the answer leads straight to the lost-inbox outcome.
  assert.deepEqual(lostInbox.map((p) => p.outcome), ['lost-inbox']);
  for (const path of lostInbox) {
    const chain = fallbackChain(wizardTree, path.outcome);
    assert.deepEqual(chain.filter((step) => needInbox.has(step)), [], `${path.outcome}: ${chain.join(' → ')}`);
  }
});

test('a looping fallback is reported, not followed for ever', () => {
  const looped: WizardTree = {
    start: 'q',
    nodes: { q: { kind: 'question', answers: [{ id: 'a', next: 'x' }, { id: 'b', next: 'y' }] }, x: { kind: 'outcome', article: 'x', fallback: 'y' }, y: { kind: 'outcome', article: 'y', fallback: 'x' } },
  };
  assert.throws(() => fallbackChain(looped, 'x'), /loop back to "x"/);
  assert.ok(treeProblems(looped).some((p) => p.includes('loop')));
});

test('a reader who signed up with a phone is sent only where no email is needed, and the chat leads on when it asks to sign in', () => {
  assert.deepEqual(fallbackChain(wizardTree, 'no-email'), ['no-email', 'support-chat', 'chat-sign-in']);
  assert.deepEqual(fallbackChain(wizardTree, 'social-login'), ['social-login', 'support-chat', 'chat-sign-in']);
});

test('every outcome that ends at the support chat offers the message, and says what happened when it can', () => {
  const withMessage = outcomes.filter((id) => 'message' in node(id) && (node(id) as { message?: string }).message);
  assert.deepEqual(withMessage.sort(), ['abolished', 'blocked-temporary', 'hacked', 'other-inbox', 'paid-other', 'security-block', 'support-chat', 'suspicious-activity']);
  assert.equal((node('hacked') as { message?: string }).message, 'hacked');
});

test('the tree routes every answer exactly as the hand-written table says, and nothing more', async () => {
  const { pinnedRoutes, pinnedOutcomes } = await import('../fixtures/wizard-routes.ts');
  for (const [question, answer, next] of pinnedRoutes) assert.equal(nextStep(wizardTree, question, answer), next, `${question} → ${answer}`);
  const answers = Object.values(wizardTree.nodes).flatMap((n) => (n.kind === 'question' ? n.answers : []));
  assert.equal(answers.length, pinnedRoutes.length);
  for (const [outcome, article, fallback] of pinnedOutcomes) {
    const n = node(outcome) as { kind: string; article: string; fallback?: string };
    assert.equal(n.kind, 'outcome', outcome);
    assert.equal(n.article, article, outcome);
    assert.equal(n.fallback, fallback, outcome);
  }
  assert.equal(outcomes.length, pinnedOutcomes.length);
});

test('a number that is no longer the reader’s is the first answer about the phone, before any country’s reset', () => {
  const question = node('phone-region');
  assert.ok(question?.kind === 'question');
  const answers = question.answers.map((answer) => answer.id);
  assert.equal(answers[0], 'no-phone');
  assert.ok(answers.indexOf('no-sms') < answers.indexOf('global-eligible'));
});

test('an inbox someone else reads never leads to a reset: its outcome goes to the chat, with the message, and on to the chat that asks to sign in', () => {
  assert.deepEqual(fallbackChain(wizardTree, 'other-inbox'), ['other-inbox', 'chat-sign-in']);
  assert.equal((node('other-inbox') as { message?: string }).message, 'lost-inbox');
  // A fake page or a lost phone is its own first answer: nobody need have got in yet.
  assert.deepEqual(fallbackChain(wizardTree, 'phished'), ['phished', 'hacked', 'support-chat', 'chat-sign-in']);
  assert.deepEqual(fallbackChain(wizardTree, 'lost-phone'), ['lost-phone', 'support-chat', 'chat-sign-in']);
  // A payment made another way is proof for the chat: the outcome sends the message, then the way round a sign-in.
  assert.deepEqual(fallbackChain(wizardTree, 'paid-other'), ['paid-other', 'chat-sign-in']);
  assert.equal((node('paid-other') as { message?: string }).message, 'forgot-login');
});
