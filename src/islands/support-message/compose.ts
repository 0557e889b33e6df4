// The support message: what the reader typed, checked and turned into a message for the chat. No DOM here.
import { classifyIdentifier, luhnValid } from '../id-check/classify.ts';

/** What happened, as the message can say it. */
export const situationIds = ['forgot-password', 'forgot-login', 'lost-inbox', 'codes', 'hacked', 'blocked', 'closed', 'unusual-activity'] as const;
/** One of those situations. */
export type SituationId = (typeof situationIds)[number];

/** Routes the reader may have tried already. */
export const triedIds = ['email-reset', 'phone-reset', 'order-lookup', 'social-login'] as const;
/** One of those routes. */
export type TriedId = (typeof triedIds)[number];

/** The optional facts a reader can add, in the order the message lists them. */
export const fieldIds = ['orderNumber', 'cardLast4', 'lastOrder', 'email', 'country'] as const;
/** One of those facts. */
export type FieldId = (typeof fieldIds)[number];

/** One language's words for the message; `{{value}}` and `{{list}}` mark where the reader's facts go. */
export interface MessageTexts {
  greeting: string;
  closing: string;
  tried: string;
  situations: Record<SituationId, string>;
  triedItems: Record<TriedId, string>;
  fields: Record<FieldId, string>;
}

/** What the reader chose and typed. */
export interface MessageInput {
  situation?: SituationId | undefined;
  tried?: readonly TriedId[];
  fields?: Partial<Record<FieldId, string>>;
}

/** Why a typed fact was left out of the message. */
export type FieldProblem =
  | { field: FieldId; problem: 'card'; masked: string }
  | { field: FieldId; problem: 'cardLast4' | 'orderNumber' | 'secret' | 'tooLong' };

/** Longest text a field may hold: a pasted page must not become the message. Longer text is refused, never cut. */
export const MAX_FIELD = 200;

// A token with letters and also digits or symbols, such as "Qwerty123!", reads as a password. Dates, domains
// and words ("03/2026", "aliexpress.com", "Sweden") do not: they lack one of the two.
const PASSWORD_LIKE = /^(?=.*\p{L})(?=.*[\d!#$%&*+=?^_~|\\])\S{6,}$/u;

/** Whether a typed word looks like a password (letters mixed with digits or symbols), which must never reach the chat. */
export function looksLikePassword(text: string): boolean {
  return text.split(/[\s,;]+/).some((word) => PASSWORD_LIKE.test(word) && classifyIdentifier(word).kind !== 'member-id');
}

const mask = (digits: string) => `${digits.slice(0, 6)} … ${digits.slice(-4)}`;

/** Whether text holds a card number or another long number, which must never reach the chat (masked for the warning). */
function sensitive(field: FieldId, text: string): FieldProblem | undefined {
  const classified = classifyIdentifier(text);
  // Only a card number comes back masked.
  if (classified.masked) return { field, problem: 'card', masked: classified.masked };
  // Digits with the single separators people type between card groups ("4111 1111-1111").
  for (const run of text.matchAll(/\d(?:[ .\-]?\d)*/g)) {
    const digits = run[0].replace(/\D/g, '');
    const longestGroup = Math.max(...run[0].split(/\D/).map((group) => group.length));
    if (digits.length >= 13 || longestGroup >= 9) return { field, problem: 'card', masked: mask(digits) };
  }
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** A card number in what was typed into a field, judged by that field's rules; undefined when there is none. */
function cardIn(field: FieldId, value: string): FieldProblem | undefined {
  const kind = classifyIdentifier(value).kind;
  // The order field takes a long number by design; the checker's own rules tell an order from a card.
  if (field === 'orderNumber') return kind === 'card-number' ? sensitive(field, value) : undefined;
  if (field === 'email' && EMAIL.test(value)) {
    // Addresses like 89161234567@mail.ru are common; only a card number in front of the @ is refused.
    const local = value.split('@')[0]!.replace(/\D/g, '');
    return local.length >= 13 && luhnValid(local) ? { field, problem: 'card', masked: mask(local) } : undefined;
  }
  // A user ID has 9–10 digits in a row, like the long numbers refused below, but it is safe to give.
  return kind === 'member-id' ? undefined : sensitive(field, value);
}

/** One field's verdict: the value to keep, or why it was left out. */
function checkField(field: FieldId, value: string): { keep: string } | FieldProblem {
  // A card number is refused before anything else, so no other rule can keep a part of it.
  const card = cardIn(field, value);
  if (card) return card;
  if (value.length > MAX_FIELD) return { field, problem: 'tooLong' };
  if (field === 'orderNumber') {
    const digits = value.replace(/[\s.\-]/g, '');
    return /^\d{6,20}$/.test(digits) ? { keep: digits } : { field, problem: 'orderNumber' };
  }
  // Exactly the four digits typed: never the first or last four of a longer number.
  if (field === 'cardLast4') return /^\d{4}$/.test(value) ? { keep: value } : { field, problem: 'cardLast4' };
  if (field === 'email' && EMAIL.test(value)) return { keep: value };
  // A lone group of 5–8 digits (not part of a date) is most likely a verification code.
  if (/(?<![\d./-])\d{5,8}(?![\d./-])/.test(value) || looksLikePassword(value)) return { field, problem: 'secret' };
  return { keep: value };
}

/** Checks each typed fact; keeps the sound ones (trimmed) and says why the others were left out, one problem per field. */
export function checkFields(fields: Partial<Record<FieldId, string>>): { clean: Partial<Record<FieldId, string>>; problems: FieldProblem[] } {
  const clean: Partial<Record<FieldId, string>> = {};
  const problems: FieldProblem[] = [];
  for (const field of fieldIds) {
    const value = (fields[field] ?? '').replace(/\s+/g, ' ').trim();
    if (value === '') continue;
    const verdict = checkField(field, value);
    if ('keep' in verdict) clean[field] = verdict.keep;
    else problems.push(verdict);
  }
  return { clean, problems };
}

const fill = (template: string, key: string, value: string) => template.split(`{{${key}}}`).join(value);

/** The message in one language: greeting, what happened, what was tried, the facts, and the closing, one per line. */
export function composeMessage(input: MessageInput, texts: MessageTexts, lang: string): string {
  const lines = [texts.greeting];
  if (input.situation && Object.hasOwn(texts.situations, input.situation)) lines.push(texts.situations[input.situation]);
  const tried = input.tried?.filter((id) => Object.hasOwn(texts.triedItems, id)).map((id) => texts.triedItems[id]) ?? [];
  if (tried.length) lines.push(fill(texts.tried, 'list', new Intl.ListFormat(lang).format(tried)));
  for (const field of fieldIds) {
    const value = input.fields?.[field];
    if (value) lines.push(fill(texts.fields[field], 'value', value));
  }
  lines.push(texts.closing);
  return lines.join('\n');
}

/** Whether a string is one of the situations (for values read from markup). */
export function isSituation(value: unknown): value is SituationId {
  return (situationIds as readonly unknown[]).includes(value);
}
