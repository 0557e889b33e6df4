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
  | { field: FieldId; problem: 'cardLast4' | 'orderNumber' | 'secret' };

/** Longest text a field keeps: a pasted page must not become the message. */
export const MAX_FIELD = 200;

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

/** Checks each typed fact; keeps the sound ones (trimmed) and says why the others were left out. */
export function checkFields(fields: Partial<Record<FieldId, string>>): { clean: Partial<Record<FieldId, string>>; problems: FieldProblem[] } {
  const clean: Partial<Record<FieldId, string>> = {};
  const problems: FieldProblem[] = [];
  for (const field of fieldIds) {
    const value = (fields[field] ?? '').slice(0, MAX_FIELD).replace(/\s+/g, ' ').trim();
    if (value === '') continue;
    let problem: FieldProblem | undefined;
    if (field === 'orderNumber') {
      // The one field that takes a long number; the checker's own rules tell an order from a card.
      const digits = value.replace(/[\s.\-]/g, '');
      if (classifyIdentifier(value).kind === 'card-number') problem = sensitive(field, value);
      else if (/^\d{6,20}$/.test(digits)) clean[field] = digits;
      else problem = { field, problem: 'orderNumber' };
    } else if (field === 'cardLast4') {
      problem = sensitive(field, value) ?? (/^\d{4}$/.test(value) ? undefined : { field, problem: 'cardLast4' });
      if (!problem) clean[field] = value;
    } else if (field === 'email' && /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(value)) {
      // Addresses like 89161234567@mail.ru are common; only a card number in front of the @ is refused.
      const local = value.split('@')[0]!.replace(/\D/g, '');
      problem = local.length >= 13 && luhnValid(local) ? { field, problem: 'card', masked: mask(local) } : undefined;
      if (!problem) clean[field] = value;
    } else {
      problem = sensitive(field, value);
      // A lone group of 5–8 digits (not part of a date) is most likely a verification code.
      if (!problem && /(?<![\d./-])\d{5,8}(?![\d./-])/.test(value)) problem = { field, problem: 'secret' };
      if (!problem) clean[field] = value;
    }
    if (problem) problems.push(problem);
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
