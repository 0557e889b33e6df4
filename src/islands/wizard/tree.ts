// The decision wizard's logic as data: every text lives in the locale files under wizard.*.
import type { SituationId } from '../support-message/compose.ts';
import type { Need } from '../../utils/route-map.ts';

/** A question: its answers, each leading to another question or to an outcome. */
export interface Question {
  kind: 'question';
  /** `lacks`: what a reader who gives this answer has said they do not have, so no fallback may need it. */
  answers: readonly { id: string; next: string; lacks?: readonly Need[] }[];
}

/** An outcome: the article it sends the reader to, and the outcome to try when that route fails. */
export interface Outcome {
  kind: 'outcome';
  /** Article path without the language, e.g. `recover/email`. */
  article: string;
  /** The next-best outcome when this one does not work. */
  fallback?: string;
  /** The outcome ends at the support chat, so it offers a message to paste there, saying what happened when that is known. */
  message?: SituationId | 'unknown';
  /** The message says from the start that someone else reads the account's inbox. */
  inboxOther?: true;
  /** The locale key of the heading of the article's section to open, when the outcome is about one section of it. */
  section?: 'home.sections.lostSim';
}

/** The whole wizard: where it starts and every node by id. */
export interface WizardTree {
  start: string;
  nodes: Record<string, Question | Outcome>;
}

const q = (...answers: [id: string, next: string, lacks?: Need[]][]): Question => ({
  kind: 'question',
  answers: answers.map(([id, next, lacks]) => ({ id, next, ...(lacks ? { lacks } : {}) })),
});
const o = (article: string, fallback?: string, extra: Pick<Outcome, 'message' | 'inboxOther' | 'section'> = {}): Outcome => ({ kind: 'outcome', article, ...(fallback ? { fallback } : {}), ...extra });

/** The decision tree readers walk through. */
export const wizardTree = {
  start: 'situation',
  nodes: {
    situation: q(
      ['forgot-password', 'email-access'],
      ['forgot-login', 'social-signup', ['address', 'inbox']],
      ['password-rejected', 'sign-in-checks'],
      ['codes', 'code-channel'],
      ['unrequested-code', 'unrequested-code'],
      ['hacked', 'hacked'],
      // Nobody need have got in yet: a card to block and passwords to change come before any account steps.
      ['phished', 'phished'],
      ['lost-phone', 'lost-phone'],
      ['blocked', 'block-type'],
      ['deleted', 'deleted'],
      ['chat-sign-in', 'chat-sign-in', ['chat']],
      ['need-id', 'find-id'],
    ),
    'email-access': q(
      ['yes', 'device'],
      // Winning the mailbox back comes first, before any phone route.
      ['no-inbox', 'lost-inbox', ['inbox']],
      // An inbox someone else reads (an ex-partner's) must never get a reset code: the chat comes first.
      ['other-inbox', 'other-inbox', ['inbox']],
      ['no-email', 'phone-region', ['address', 'inbox']],
      ['unknown-email', 'social-signup', ['address', 'inbox']],
    ),
    device: q(['computer', 'email-reset-web'], ['phone', 'email-reset-app']),
    // Asked only of readers whose account was opened with a phone number.
    // A number that is gone comes first: a reset by it must never be tried, and a reader who scans the countries
    // first would find theirs and stop reading.
    'phone-region': q(
      ['no-phone', 'no-email', ['phone']],
      // A number that is still theirs but gets no text is another case than a number that is gone.
      ['no-sms', 'sms-code'],
      ['global-eligible', 'phone-reset'],
      ['ru-app-eligible', 'phone-reset-ru'],
      ['other-country', 'phone-not-listed'],
    ),
    'social-signup': q(['yes', 'social-login'], ['no', 'phone-signup', ['social']]),
    // A reader who signed up with a phone number has no email at all: their route must never need one.
    'phone-signup': q(['yes', 'phone-region'], ['no', 'has-orders', ['phone-signup']]),
    'has-orders': q(['yes', 'order-number'], ['no', 'support-chat', ['order', 'card']]),
    'order-number': q(['yes', 'retrieve-by-order'], ['no', 'paid-by-card', ['order']]),
    // A payment by PayPal, Klarna or a wallet is proof too: its date and amount are what the reader brings to the chat.
    'paid-by-card': q(['yes', 'retrieve-by-card'], ['other', 'paid-other', ['card']], ['no', 'support-chat', ['card']]),
    'code-channel': q(['email', 'codes'], ['sms', 'sms-code']),
    'block-type': q(['temporary', 'blocked-temporary'], ['security-message', 'security-block'], ['abolished', 'abolished'], ['suspicious', 'suspicious-activity']),
    'email-reset-web': o('recover/email', 'support-chat'),
    'email-reset-app': o('recover/mobile-app', 'email-reset-web'),
    // The reader knows the address but cannot open the inbox: the email service first, then the reset page's other ways; never the order lookup (it only shows that address).
    'lost-inbox': o('recover/lost-inbox', 'support-chat'),
    'other-inbox': o('recover/lost-inbox', 'chat-sign-in', { message: 'lost-inbox', inboxOther: true }),
    'phone-reset': o('recover/phone', 'support-chat'),
    'phone-reset-ru': o('recover/phone', 'support-chat'),
    // Told first that their country code (say +46) is on no list; the page for accounts without email covers that case.
    'phone-not-listed': o('recover/no-email', 'support-chat'),
    'no-email': o('recover/no-email', 'support-chat'),
    // The order lookup would only show the same *****@aliexpress.com address, so the chat comes next.
    'social-login': o('recover/social-login', 'support-chat'),
    'retrieve-by-order': o('recover/order-number', 'retrieve-by-card'),
    'retrieve-by-card': o('recover/bank-card', 'support-chat'),
    'paid-other': o('recover/support-chat', 'chat-sign-in', { message: 'forgot-login' }),
    'sign-in-checks': o('account/sign-in-checks', 'email-reset-web'),
    codes: o('account/codes', 'support-chat'),
    'sms-code': o('account/sms-code', 'support-chat'),
    // A code nobody asked for: the steps secure the account; the article is the one for a reader someone already got past.
    'unrequested-code': o('account/hacked', 'support-chat'),
    hacked: o('account/hacked', 'support-chat', { message: 'hacked' }),
    // When someone has already changed the account's details, the hacked steps come next.
    phished: o('safety', 'hacked'),
    // The SIM is blocked with the operator before anything can send a code to the number.
    'lost-phone': o('account/sms-code', 'support-chat', { section: 'home.sections.lostSim' }),
    'support-chat': o('recover/support-chat', 'chat-sign-in', { message: 'unknown' }),
    'chat-sign-in': o('recover/chat-sign-in'),
    // These outcomes already say to contact support in the chat: the fallback is for a chat that wants a sign-in.
    'blocked-temporary': o('account/blocked', 'chat-sign-in', { message: 'blocked' }),
    'security-block': o('account/blocked', 'chat-sign-in', { message: 'blocked' }),
    abolished: o('account/blocked', 'chat-sign-in', { message: 'closed' }),
    'suspicious-activity': o('account/blocked', 'chat-sign-in', { message: 'unusual-activity' }),
    // The outcome already sends the reader to the chat; what is left is a chat that asks them to sign in.
    deleted: o('account/deleted', 'chat-sign-in'),
    'find-id': o('find-id'),
  },
} as const satisfies WizardTree;

/** Any node id of the wizard. */
export type NodeId = keyof typeof wizardTree.nodes;

/** Whether a string is a node of the tree (unknown ids from a URL are not). */
export function isNodeId(tree: WizardTree, id: unknown): id is NodeId {
  return typeof id === 'string' && Object.hasOwn(tree.nodes, id);
}

/** Where an answer to a question leads, or undefined when the question or answer does not exist. */
export function nextStep(tree: WizardTree, questionId: string, answerId: string): string | undefined {
  const node = Object.hasOwn(tree.nodes, questionId) ? tree.nodes[questionId] : undefined;
  return node?.kind === 'question' ? node.answers.find((a) => a.id === answerId)?.next : undefined;
}

/** One way through the tree: the answers given and the outcome reached. */
export interface Path {
  steps: { question: string; answer: string }[];
  outcome: string;
}

/** Every path from the start to an outcome; throws on a cycle so a loop can never ship. */
export function allPaths(tree: WizardTree): Path[] {
  const out: Path[] = [];
  const walk = (id: string, steps: Path['steps'], seen: Set<string>) => {
    if (seen.has(id)) throw new Error(`The wizard loops back to "${id}" after ${steps.map((s) => `${s.question}=${s.answer}`).join(' → ')}.`);
    const node = tree.nodes[id];
    if (!node) throw new Error(`The wizard points to "${id}", which is not a node.`);
    if (node.kind === 'outcome') return void out.push({ steps, outcome: id });
    for (const answer of node.answers) walk(answer.next, [...steps, { question: id, answer: answer.id }], new Set(seen).add(id));
  };
  walk(tree.start, [], new Set());
  return out;
}

/** The outcomes a reader is sent to, in turn, when an outcome does not work; throws when the chain loops. */
export function fallbackChain(tree: WizardTree, outcome: string): string[] {
  const chain = [outcome];
  for (let node = tree.nodes[outcome]; node?.kind === 'outcome' && node.fallback; node = tree.nodes[node.fallback]) {
    if (chain.includes(node.fallback)) throw new Error(`The fallbacks from "${outcome}" loop back to "${node.fallback}" (${[...chain, node.fallback].join(' → ')}).`);
    chain.push(node.fallback);
  }
  return chain;
}

/** What is wrong with a tree's shape: dangling links, unreachable nodes, empty questions, fallbacks that are not outcomes. */
export function treeProblems(tree: WizardTree): string[] {
  const problems: string[] = [];
  if (!tree.nodes[tree.start] || tree.nodes[tree.start]!.kind !== 'question') problems.push(`start "${tree.start}" is not a question`);
  const reached = new Set<string>([tree.start]);
  const queue = [tree.start];
  while (queue.length) {
    const node = tree.nodes[queue.shift()!];
    if (node?.kind !== 'question') continue;
    for (const answer of node.answers) if (!reached.has(answer.next)) reached.add(answer.next), queue.push(answer.next);
  }
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (!reached.has(id)) problems.push(`"${id}" cannot be reached from "${tree.start}"`);
    if (node.kind === 'question') {
      if (node.answers.length < 2) problems.push(`question "${id}" has fewer than two answers`);
      for (const answer of node.answers) if (!tree.nodes[answer.next]) problems.push(`answer "${id}/${answer.id}" leads to "${answer.next}", which does not exist`);
      const ids = node.answers.map((a) => a.id);
      if (new Set(ids).size !== ids.length) problems.push(`question "${id}" has two answers with the same id`);
    } else if (node.fallback && tree.nodes[node.fallback]?.kind !== 'outcome') {
      problems.push(`outcome "${id}" falls back to "${node.fallback}", which is not an outcome`);
    }
  }
  try {
    allPaths(tree);
  } catch (error) {
    problems.push((error as Error).message);
  }
  // A question has no fallbacks: its chain is itself.
  for (const id of Object.keys(tree.nodes)) {
    try {
      fallbackChain(tree, id);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}

/** The locale keys a tree needs, so a test can prove each exists in every language. */
export function textKeys(tree: WizardTree): string[] {
  return Object.entries(tree.nodes).flatMap(([id, node]) =>
    node.kind === 'question'
      ? [`wizard.questions.${id}.title`, `wizard.questions.${id}.hint`, ...node.answers.map((a) => `wizard.questions.${id}.answers.${a.id}`)]
      : [`wizard.outcomes.${id}.title`, `wizard.outcomes.${id}.summary`, `wizard.outcomes.${id}.step1`, `wizard.outcomes.${id}.step2`, `wizard.outcomes.${id}.step3`, ...(node.fallback ? [`wizard.outcomes.${id}.fallback`] : [])],
  );
}
