// The support message: what the reader typed, checked and turned into a message for the chat. No DOM here.
import { cardPrefixed, classifyIdentifier, ID_NUMBER, looksLikePassword, MASKED_CARD, ORDER_LABEL, orderShaped } from '../id-check/classify.ts';
import { regionName } from '../../utils/region-name.ts';

/** What happened, as the message can say it. */
export const situationIds = ['forgot-password', 'forgot-login', 'lost-inbox', 'no-email', 'codes', 'no-sms', 'hacked', 'blocked', 'closed', 'deleted', 'unusual-activity'] as const;
/** One of those situations. */
export type SituationId = (typeof situationIds)[number];

/** Routes the reader may have tried already. */
export const triedIds = ['email-reset', 'phone-reset', 'order-lookup', 'social-login'] as const;
/** One of those routes. */
export type TriedId = (typeof triedIds)[number];

/** The optional facts a reader can add, in the order the message lists them. */
export const fieldIds = ['orderNumber', 'cardLast4', 'payment', 'lastOrder', 'email', 'phone', 'country'] as const;
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
  /** Said after the phone line when the number is no longer the reader's: support must not send codes to it. */
  phoneGone: string;
  /** The same, said right after the number, without naming it again. */
  phoneGoneAfter: string;
  /** Said when someone else now reads the account's inbox (an ex-partner's, a former job's): no code may go there. */
  inboxOther: string;
  /** The same, said right after the address. */
  inboxOtherAfter: string;
}

/** What the reader chose and typed. */
export interface MessageInput {
  situation?: SituationId | undefined;
  tried?: readonly TriedId[];
  fields?: Partial<Record<FieldId, string>>;
  /** The reader ticked "this number is no longer mine". */
  phoneGone?: boolean;
  /** The reader ticked that someone else reads the account's inbox. */
  inboxOther?: boolean;
}

/** Why a typed fact was left out of the message. */
export type FieldProblem =
  | { field: FieldId; problem: 'card'; masked: string }
  | { field: FieldId; problem: 'notAliexpress'; site: string }
  | { field: FieldId; problem: 'cardLast4' | 'orderNumber' | 'orderNumbers' | 'trackingNumber' | 'bankAccount' | 'maybeCard' | 'productId' | 'phone' | 'phoneNumbers' | 'phoneElsewhere' | 'number' | 'secret' | 'tooLong' | 'emailField' | 'senderAddress' | 'socialAddress' | 'cardDetails' | 'maskedCard' | 'personalNumber' };

/** Longest text a field may hold: a pasted page must not become the message. Longer text is refused, never cut. */
export const MAX_FIELD = 200;

// A verification code on its own: 5–8 digits, or 6 written in groups ("123 456", "12-3456", "12 34 56"), not part of a date.
const CODE_ALONE = /(?<![\d./-])(?:\d{5,8}|\d{2,3}[ -]\d{3,4}|\d{2} \d{2} \d{2})(?![\d./-])/;
// In a field for a date, an address or a country, a word of letters and digits ("kalle123") is most likely a password.
const LETTERS_AND_DIGITS = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*\d)[\p{L}\p{N}]{6,}/u;
// A phone number anywhere in the text, with its + or 00: it has a field of its own.
const PHONE_IN_TEXT = /(?:\+|(?<!\d)00)\d(?:[ ()-]{0,2}\d){6,}/;
// The word "password" in any of the site's languages: no field of the message needs it, or what follows it.
const PASSWORD_WORD = /(?:pass(?:word)?\b|\bpw\b|пароль|пасс|lösen|losenord)/iu;
// A card's expiry date with its security code ("08/27 123"), or an expiry date named as one: support never needs them.
const CARD_DETAILS = /(?<![\d/])(?:0[1-9]|1[0-2])\s?\/\s?\d{2}(?![\d/])\s*,?\s*(?:(?:cvc2?|cvv2?|код|kod)\s*:?\s*)?\d{3,4}(?!\d)|(?:exp(?:iry|ires)?|valid|utgång|giltig|срок|действ)\S*\D{0,12}(?:0[1-9]|1[0-2])\s?\/\s?\d{2}/iu;
// Several email addresses or user IDs, joined by commas, slashes or "or": the only things the email field takes.
// The words are set off by spaces, not \b: in JavaScript \b knows only Latin letters, so "или" never matched it.
const ADDRESSES = /^(?:[^\s@,/]+@[^\s@,/]+\.[a-z]{2,}|[a-z]{2}\d{9,10}[a-z]{4,5})(?:(?:\s*[,/]\s*|\s+(?:or|или|eller)\s+)(?:[^\s@,/]+@[^\s@,/]+\.[a-z]{2,}|[a-z]{2}\d{9,10}[a-z]{4,5}))*$/iu;
// What an order line copied from an email or the order list may start with, before the number.
// A Swedish personal identity number, with or without the century: with its hyphen, or (when its first six digits are
// a date, so that a phone number written in groups is not one) with a space or its century and no gap.
const PERSONAL_NUMBER = /(?<![\d-])(?:(?:19|20)?\d{6}[-+]\d{4}|(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01]) \d{4}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01])\d{4})(?![\d-])/;
// A bank account named as one inside a sentence ("clearing 8327-9, konto 123 456 789-0", "счёт 4081 7810 …").
const ACCOUNT_NAMED = /(?:clearing|konto|kontonummer|bankgiro|plusgiro|account|sort code|сч[её]т|iban)\p{L}*\D{0,12}\d(?:[ -]?\d){5,}/iu;
// An expiry date anywhere ("1234 12/27"); the payment and last-order fields hold dates of their own.
const EXPIRY = /(?<![\d/.])(?:0[1-9]|1[0-2])\s?\/\s?\d{2}(?![\d/])/;
// A long run of digits (a group of nine or more, or thirteen in all): no free-text field needs one.
const longNumber = (text: string) => [...text.matchAll(/\d(?:[ .\-]?\d)*/g)].some((run) => run[0].replace(/\D/g, '').length >= 13 || run[0].split(/\D/).some((group) => group.length >= 9));

// Two numbers in one field ("8136… 3031…", "+44 … or +33 …"): words, commas or a new "+" part them; single spaces
// inside one number ("8136 9013 …") do not.
const severalNumbers = (value: string, digits: number) =>
  value.split(/\s*(?:[,;/]|\s(?:and|or|och|eller|и|или)\s|\s(?=\+))\s*|\s(?=\d{7,})|(?<=\d{7,})\s/).filter((part) => part.replace(/\D/g, '').length >= digits).length > 1;

/** The field that takes a number of this kind. */
function numberField(field: FieldId, value: string, kind: string, found: ReturnType<typeof classifyIdentifier>): { keep: string } | FieldProblem {
  if (field === 'orderNumber') {
    // "Order #8136…", "Заказ № 8136…", "Ordernummer: 8136…": the words a copied order line starts with are not part of it.
    const digits = value.replace(ORDER_LABEL, '').replace(/[\s.\-]/g, '');
    if (kind === 'product-id') return { field, problem: 'productId' };
    // A parcel's number is what most readers have at hand; it finds no account, and the payment email has the order's.
    if (kind === 'tracking-number') return { field, problem: 'trackingNumber' };
    // A card network's prefix fits too: a card number with one wrong digit would look just like it.
    if (found.maybeCard || (cardPrefixed(digits) && /^\d{13,19}$/.test(digits))) return { field, problem: 'maybeCard' };
    // The shapes order numbers have been seen with (rules.order says the same to the reader).
    if (orderShaped(digits)) return { keep: digits };
    if (severalNumbers(value, 14)) return { field, problem: 'orderNumbers' };
    if (kind === 'phone') return { field, problem: 'phoneElsewhere' };
    return /^\d{4,8}$/.test(digits) ? { field, problem: 'secret' } : { field, problem: 'orderNumber' };
  }
  // Exactly the four digits typed: never the first or last four of a longer number. Stars for the hidden digits
  // ("**** 1111", as banks show a card) are dropped.
  if (field === 'cardLast4') {
    // A bank app's "МИР •• 5678" or "Visa ****1234": the network's name and the dots go, the four digits stay.
    const shown = value.replace(/^(?:[\p{L} ]{0,20}(?=[*•·]))?[*•·xX\s-]*(?=\d{4}$)/u, '');
    return /^\d{4}$/.test(shown) ? { keep: shown } : { field, problem: 'cardLast4' };
  }
  if (severalNumbers(value, 7)) return { field, problem: 'phoneNumbers' };
  // A number without its country code is asked for again with one: support abroad cannot tell the country.
  return kind === 'phone' && found.value && !found.national ? { keep: found.value } : { field, problem: 'phone' };
}

// "12/27" in the last-order or payment field: a month that has not come yet is a card's expiry date, a past one a
// month. Every such date in the text is looked at ("March 2026, card 4444 12/27").
const MONTH_YEAR = /(?<![\d/.])(0[1-9]|1[0-2])\s?\/\s?(\d{2}|20\d{2})(?![\d/])/g;
const futureMonth = (value: string, now: Date) =>
  [...value.matchAll(MONTH_YEAR)].some(([, month, year]) => {
    const full = year!.length === 2 ? 2000 + Number(year) : Number(year);
    return full * 12 + Number(month) > now.getFullYear() * 12 + now.getMonth() + 1;
  });


/** One field's verdict: the value to keep, or why it was left out. */
function checkField(field: FieldId, value: string, now: Date): { keep: string } | FieldProblem {
  // Two order numbers are refused as such, before their digits together could be read as one card's.
  if (field === 'orderNumber' && severalNumbers(value, 14)) return { field, problem: 'orderNumbers' };
  const found = classifyIdentifier(value);
  // A card number is refused before anything else, so no other rule can keep a part of it.
  if (found.kind === 'card-number') return { field, problem: 'card', masked: found.masked ?? '' };
  if (found.kind === 'card-expiry' && (field !== 'lastOrder' || futureMonth(value, now))) return { field, problem: 'cardDetails' };
  if ((field === 'lastOrder' || field === 'payment') && futureMonth(value, now)) return { field, problem: 'cardDetails' };
  // Support needs only the last four digits: a card that still shows its first six is left out.
  if (MASKED_CARD.test(value)) return { field, problem: 'maskedCard' };
  // In the phone field a run of digits that adds up like a SNILS is a number typed without its +: it is asked for with one.
  if ((found.kind === 'personal-number' && !(field === 'phone' && /^\d+$/.test(value))) || PERSONAL_NUMBER.test(value) || ID_NUMBER.test(value)) return { field, problem: 'personalNumber' };
  // Named as what it is: "put it in the order number field" would send a reader already there round in a circle.
  if (found.kind === 'bank-account' || ACCOUNT_NAMED.test(value)) return { field, problem: 'bankAccount' };
  // "Sverige, aliexpress-help.com": support would take a phishing page for the reader's AliExpress site. A country
  // site (aliexpress.us) is AliExpress's own name and stays.
  if (found.kind === 'link' && !found.genuine && found.site !== 'country') return { field, problem: 'notAliexpress', site: found.value ?? '' };
  // An expiry date with its security code is named as such, before the code alone could be taken for a password.
  if (field !== 'email' && CARD_DETAILS.test(value)) return { field, problem: 'cardDetails' };
  if (field !== 'payment' && field !== 'lastOrder' && EXPIRY.test(value)) return { field, problem: 'cardDetails' };
  // Digits in the last-4 field are judged there ("427638" is a card's first six, not a code).
  if (field === 'cardLast4' && /^[\d\s*•·xX-]+$/.test(value)) return numberField(field, value, found.kind, found);
  // A security code named as one is a card detail, whichever field it is in.
  if (found.kind === 'pin' && /cvc|cvv/i.test(value)) return { field, problem: 'cardDetails' };
  if (value.length > MAX_FIELD) return { field, problem: 'tooLong' };
  // Three digits alone may be a security code, or the start of a number typed into a number field: those fields say which.
  const partial = found.kind === 'pin' && /^\d{3}$/.test(value) && (field === 'orderNumber' || field === 'cardLast4' || field === 'phone');
  if ((found.kind === 'code' || found.kind === 'pin' || found.kind === 'password') && !partial) return { field, problem: 'secret' };
  if (field === 'orderNumber' || field === 'cardLast4' || field === 'phone') return numberField(field, value, found.kind, found);
  // "или" and "eller" would stand out in the English message: commas read the same in every language.
  // The address reset emails come from is not the account's: support would look for the wrong account. A hidden
  // *****@aliexpress.com tells support nothing: the network the reader signed up with does.
  if (field === 'email' && found.kind === 'email' && found.emailDomain === 'genuine') return { field, problem: 'senderAddress' };
  if (field === 'email' && found.kind === 'email' && found.social) return { field, problem: 'socialAddress' };
  if (field === 'email' && ADDRESSES.test(value)) return { keep: value.replace(/\s+(?:or|или|eller)\s+/giu, ', ') };
  if (CARD_DETAILS.test(value)) return { field, problem: 'cardDetails' };
  // Addresses inside a sentence ("I think anna_s@yahoo.co.uk") are left out of the password checks: their symbols are no password.
  const text = value.replace(/[^\s@]+@[^\s@]+\.[a-z]{2,}/gi, ' ');
  if (found.kind === 'phone' || PHONE_IN_TEXT.test(value)) return { field, problem: 'phoneElsewhere' };
  if (longNumber(value)) return { field, problem: 'number' };
  // An amount is written in groups ("12 345 ₽"), as codes sometimes are: in the payment field only a code on its
  // own or named as one (both caught above) is refused.
  if ((field !== 'payment' && CODE_ALONE.test(value)) || looksLikePassword(text) || PASSWORD_WORD.test(text)) return { field, problem: 'secret' };
  if (LETTERS_AND_DIGITS.test(text)) return { field, problem: 'secret' };
  // Anything else in the email field would reach support as "the email address I think the account uses".
  if (field === 'email') return { field, problem: 'emailField' };
  return { keep: value };
}

/** Checks each typed fact; keeps the sound ones (trimmed) and says why the others were left out, one problem per field. */
export function checkFields(fields: Partial<Record<FieldId, string>>, now = new Date()): { clean: Partial<Record<FieldId, string>>; problems: FieldProblem[] } {
  const clean: Partial<Record<FieldId, string>> = {};
  const problems: FieldProblem[] = [];
  for (const field of fieldIds) {
    const value = (fields[field] ?? '').replace(/\s+/g, ' ').trim();
    if (value === '') continue;
    const verdict = checkField(field, value, now);
    if ('keep' in verdict) clean[field] = verdict.keep;
    else problems.push(verdict);
  }
  return { clean, problems };
}

const fill = (template: string, key: string, value: string) => template.split(`{{${key}}}`).join(value);

// The languages a reader may type a country or a month in: the site's own.
const LANGS = ['en', 'ru', 'sv'];
// Looked up without case and without ё, which readers often leave out.
const key = (word: string) => word.trim().toLocaleLowerCase().replace(/ё/g, 'е');
let regionNames: Map<string, string> | undefined;

/** The ISO code of a country named in English, Russian or Swedish ("Sverige", "Россия", "sweden"), if it is one. */
export function regionOf(name: string): string | undefined {
  if (!regionNames) {
    regionNames = new Map();
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    for (const lang of LANGS) {
      for (const code of letters.flatMap((a) => letters.map((b) => a + b))) {
        const known = regionName(code, lang);
        if (known) regionNames.set(key(known), code);
      }
    }
  }
  return regionNames.get(key(name));
}

/** The country field with its leading country name in the message's language: "Россия, aliexpress.ru" → "Russia, aliexpress.ru". */
export function countryIn(value: string, lang: string): string {
  const [first = '', ...rest] = value.split(',');
  const code = regionOf(first);
  const name = code ? regionName(code, lang) : undefined;
  return name ? [name, ...rest].join(',') : value;
}

let monthNames: Map<string, { month: number; langs: string[] }> | undefined;

/** The month (1–12) a word names in English, Russian or Swedish, in full, short or in a Russian case form ("марта", "марте"), and in which languages. */
export function monthOf(word: string): { month: number; langs: string[] } | undefined {
  if (!monthNames) {
    monthNames = new Map();
    for (const lang of LANGS) {
      for (let month = 0; month < 12; month++) {
        const date = new Date(Date.UTC(2026, month, 15));
        const forms = [{ month: 'long' }, { month: 'short' }].map((options) => new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' } as Intl.DateTimeFormatOptions).format(date));
        // With a day, Russian names the month in the genitive ("15 марта"); "в марте" swaps its last letter for е.
        const genitive = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(date).find((part) => part.type === 'month')!.value;
        for (const form of [...forms, genitive, lang === 'ru' ? genitive.replace(/[ая]$/, 'е') : genitive]) {
          const name = key(form).replace(/\.$/, '');
          const known = monthNames.get(name) ?? { month: month + 1, langs: [] };
          if (!known.langs.includes(lang)) known.langs.push(lang);
          monthNames.set(name, known);
        }
      }
    }
  }
  return monthNames.get(key(word));
}

// The other words a date or a payment is written with, and what they become in another language's message: a currency
// by its code ("1 299 руб." → "1 299 RUB"), a way to pay by its Latin name ("ЮMoney" → "YooMoney"), and the little
// words that English does without ("den 3 mars", "2026 г."). "kr" and "₽" read the same in every message.
const DATE_WORDS = new Map<string, { lang: string; to: string }>([
  ...([['юmoney', 'YooMoney'], ['сбп', 'SBP'], ['сбер', 'Sber'], ['сбербанк', 'Sberbank'], ['мир', 'Mir'], ['карта', 'card'], ['картой', 'card']] as const).map(([word, to]) => [word, { lang: 'ru', to }] as const),
  ...['руб', 'рубль', 'рубля', 'рублей', 'р'].map((word) => [word, { lang: 'ru', to: 'RUB' }] as const),
  ...['тенге', 'тг'].map((word) => [word, { lang: 'ru', to: 'KZT' }] as const),
  ['г', { lang: 'ru', to: '' }],
  ['den', { lang: 'sv', to: '' }],
  ['kr', { lang: '', to: 'kr' }],
]);

/**
 * The last-order or payment field with a month named in another language put in the message's: "i mars 2025" →
 * "March 2025" in English, "1299 руб 14 марта" → "1299 RUB 14 March". Only a value of dates, amounts and currencies is
 * changed: "349 kr förra veckan" stays as typed, since half a sentence in English would read worse to support than the
 * reader's own words.
 */
export function monthIn(value: string, lang: string): string {
  // A month already in the message's language keeps the reader's own words ("15 марта" stays in Russian).
  const named = (word: string) => {
    const found = monthOf(word);
    return found && !found.langs.includes(lang) ? new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, found.month - 1, 15))) : undefined;
  };
  // "i mars", "в марте", "in March": the little word before the month belongs to the reader's language.
  const months = /(?:(?<![\p{L}])(?:i|в|во|in)\s+)?(?<![\p{L}])(\p{L}+)(?![\p{L}])/giu;
  let other = false;
  const changed = value.replace(/(?<![\p{L}])(руб|р|г|тг)\./giu, '$1').replace(months, (whole, word: string) => {
    const name = named(word);
    const known = DATE_WORDS.get(key(word));
    if (known) return known.lang && known.lang !== lang ? known.to : word;
    if (name === undefined && monthOf(word) === undefined) other = true;
    return name ?? whole;
  });
  return other ? value : changed.replace(/\s{2,}/g, ' ').replace(/\s+,/g, ',').trim();
}

// The resets a situation's own sentence already says have failed.
const IMPLIED: Partial<Record<SituationId, readonly TriedId[]>> = { 'no-email': ['phone-reset'], 'no-sms': ['phone-reset'], 'lost-inbox': ['email-reset'] };

/** The message in one language: greeting, what happened, what was tried, the facts, and the closing, one per line. */
export function composeMessage(input: MessageInput, texts: MessageTexts, lang: string): string {
  const lines = [texts.greeting];
  if (input.situation && Object.hasOwn(texts.situations, input.situation)) lines.push(texts.situations[input.situation]);
  // What the situation's sentence already says failed is not said again ("…cannot reset with it. I have tried a phone reset.").
  const implied: readonly string[] = (input.situation && Object.hasOwn(IMPLIED, input.situation) && IMPLIED[input.situation]) || [];
  const tried = input.tried?.filter((id) => Object.hasOwn(texts.triedItems, id) && !implied.includes(id)).map((id) => texts.triedItems[id]) ?? [];
  // The site writes British English, which lists without a serial comma ("a, b or c").
  if (tried.length) lines.push(fill(texts.tried, 'list', new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang).format(tried)));
  for (const field of fieldIds) {
    const value = input.fields?.[field];
    // The reader names their country in their own language; each message names it in its own.
    if (value) lines.push(fill(texts.fields[field], 'value', field === 'country' ? countryIn(value, lang) : field === 'lastOrder' || field === 'payment' ? monthIn(value, lang) : value));
    // An agent may offer to send a code to the number on the account: this line stops a code going to its new owner.
    if (field === 'phone' && input.phoneGone) lines.push(value ? texts.phoneGoneAfter : texts.phoneGone);
    // A reset code sent to an inbox someone else reads hands them the account: the agent must hear it.
    if (field === 'email' && input.inboxOther) lines.push(value ? texts.inboxOtherAfter : texts.inboxOther);
  }
  lines.push(texts.closing);
  return lines.join('\n');
}

/** Whether a string is one of the situations (for values read from markup). */
export function isSituation(value: unknown): value is SituationId {
  return (situationIds as readonly unknown[]).includes(value);
}
