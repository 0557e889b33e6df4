// The wizard's checks in `npm run validate`, called directly on a small tree, with the lines an editor reads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblem, type ContentFile, type Problem } from '../../scripts/lib/content-rules.ts';
import { checkWizard } from '../../scripts/lib/wizard-rules.ts';
import type { WizardTree } from '../../src/islands/wizard/tree.ts';

const tree: WizardTree = {
  start: 'q',
  nodes: {
    q: { kind: 'question', answers: [{ id: 'yes', next: 'done' }, { id: 'no', next: 'chat' }] },
    done: { kind: 'outcome', article: 'recover/email', fallback: 'chat' },
    chat: { kind: 'outcome', article: 'recover/support-chat' },
  },
};
const texts = {
  wizard: {
    questions: { q: { title: 'Q?', hint: 'Hint', answers: { yes: 'Yes', no: 'No' } } },
    outcomes: {
      done: { title: 'T', summary: 'S', step1: '1', step2: '2', step3: '3', fallback: 'F' },
      chat: { title: 'T', summary: 'S', step1: '1', step2: '2', step3: '3' },
    },
  },
};
const localeFiles = (sv: unknown = texts) => ({
  ru: { path: 'src/i18n/ru.json', data: texts },
  sv: { path: 'src/i18n/sv.json', data: sv },
  en: { path: 'src/i18n/en.json', data: texts },
});
const articles = (slugs: string[], langs: readonly ContentFile['lang'][] = ['ru', 'sv', 'en']): ContentFile[] =>
  langs.flatMap((lang) => slugs.map((slug) => ({ path: `content/${lang}/${slug}.mdx`, lang, slug, source: '' })));
const all = articles(['recover/email', 'recover/support-chat']);
/** The lines validate prints; each wizard problem is an error, which makes validate fail. */
const printed = (problems: Problem[]) => {
  assert.ok(problems.every((p) => p.level === 'error'), problems.map((p) => p.level).join());
  return problems.map(formatProblem);
};

test('a sound tree whose articles and texts all exist passes', () => {
  assert.deepEqual(checkWizard(tree, all, localeFiles()), []);
});

test('a tree with a dangling answer is reported against the tree file', () => {
  const broken: WizardTree = { ...tree, nodes: { ...tree.nodes, q: { kind: 'question', answers: [{ id: 'yes', next: 'done' }, { id: 'no', next: 'ghost' }] } } };
  const lines = printed(checkWizard(broken, all, localeFiles()));
  assert.ok(lines.length > 0);
  assert.ok(lines.includes('src/islands/wizard/tree.ts:1 — wizard: answer "q/no" leads to "ghost", which does not exist — correct the tree so every answer leads to an existing node and every path ends in an outcome'), lines.join('\n'));
});

test('an outcome whose article is missing in one language names the outcome, the article and the language', () => {
  const files = [...articles(['recover/support-chat']), ...articles(['recover/email'], ['ru', 'en'])];
  assert.deepEqual(printed(checkWizard(tree, files, localeFiles())), [
    'src/islands/wizard/tree.ts:1 — wizard outcome "done" links to recover/email, which has no sv article — write content/sv/recover/email.mdx or point the outcome at an existing article',
  ]);
});

test('questions need no article of their own', () => {
  // An article named like the question exists nowhere, and nothing is said about it.
  assert.equal(checkWizard(tree, all, localeFiles()).some((p) => p.what.includes('"q"')), false);
});

test('a wizard text missing from one locale file is named with that file', () => {
  const sv = structuredClone(texts);
  delete (sv.wizard.questions.q as Partial<typeof sv.wizard.questions.q>).hint;
  delete (sv.wizard.outcomes.done as Partial<typeof sv.wizard.outcomes.done>).fallback;
  assert.deepEqual(printed(checkWizard(tree, all, localeFiles(sv))), [
    'src/i18n/sv.json:1 — wizard text "wizard.questions.q.hint" is missing — add it; every question, answer and outcome needs its words in all three locale files',
    'src/i18n/sv.json:1 — wizard text "wizard.outcomes.done.fallback" is missing — add it; every question, answer and outcome needs its words in all three locale files',
  ]);
});
