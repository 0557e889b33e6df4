// What a pasted number or text is: pure, no DOM, so it can be tested with tables of cases.
import { regionName } from '../../utils/region-name.ts';
import { hostOf, isAlibabaHost, isGenuineHost, namesBrand } from './domain.ts';

/** Every answer the checker can give. */
export const idKinds = ['empty', 'order-number', 'tracking-number', 'member-id', 'email', 'phone', 'card-number', 'card-masked', 'card-expiry', 'bank-account', 'personal-number', 'code', 'pin', 'four-digits', 'password', 'link', 'product-id', 'unknown'] as const;

/** One of the checker's answers. */
export type IdKind = (typeof idKinds)[number];

/** Where a phone number can reset the password: the global site, AliExpress.ru, or neither. */
export type PhoneReset = 'global' | 'ru' | 'none';

/** The checker's verdict on one input. */
export interface Classification {
  kind: IdKind;
  /** The identifier as found, cleaned of spaces and dashes (never the whole input). */
  value?: string;
  /** Tracking numbers with a check digit (UPU S10): whether it adds up. */
  checksum?: 'valid' | 'invalid';
  /** Which carrier's format a tracking number has. */
  carrier?: 'upu' | 'cainiao' | 'yunexpress' | 'yanwen' | 'cainiao-global' | 'usps' | 'ups';
  /** Phones: the international calling code found, without "+". */
  callingCode?: string;
  /** Phones: ISO country code of that calling code, when it names one country. */
  country?: string;
  phoneReset?: PhoneReset;
  /** Cards: only the first 6 and last 4 digits, as the card form asks. */
  masked?: string;
  /** Cards: whether the Luhn check passes (a failing one is probably mistyped, and still a card). */
  luhn?: boolean;
  /** Emails that end in @aliexpress.com stand for a social-network sign-up. */
  social?: boolean;
  /** Links: whether the host passes the genuine-domain rule (`value` is the host). */
  genuine?: boolean;
  /** Links: what kind of site the host is; only a look-alike is warned about, an unrelated site is named neutrally. */
  site?: 'genuine' | 'country' | 'lookalike' | 'short' | 'other';
  /** Links: the text around a link that is not AliExpress's speaks of a held parcel, customs or a fee to pay. */
  scam?: boolean;
  /** Links and emails on alibaba.com: genuine, but Alibaba Group's, where sellers have pages too. */
  alibaba?: boolean;
  /** Emails on Alibaba's domains (where reset emails come from), on AliExpress's own, or on look-alikes of them. */
  emailDomain?: 'genuine' | 'aliexpress' | 'country' | 'lookalike';
  /** Order numbers that a card network's prefix and length also fit (a card with a typo would look the same). */
  maybeCard?: boolean;
  /** Order numbers with a digit missing or one too many: 15 or 17 digits starting with 8. */
  incomplete?: boolean;
  /** Phones typed without a country code (a leading 0, or Belarus's 8 0…): the country is not guessed. */
  national?: boolean;
  /** Codes whose six digits also start the way a card network's numbers do: they may be a card's first six. */
  cardStart?: boolean;
}

/** How much of a paste is read; a longer one is cut here, so a huge paste stays instant. */
export const MAX_INPUT = 5000;

const ZEROS = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10];

/** Rewrites digits of other scripts (Arabic-Indic, Devanagari, full-width…) as 0–9. */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (ch) => {
    const code = ch.codePointAt(0)!;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? ch : String(code - zero);
  });
}

/** The UPU S10 check digit of an 8-digit serial number. */
export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

// Luhn doubles every second digit from the right and adds the digits of the result: 7 → 14 → 1 + 4 = 5.
const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

/** Whether a digit string passes the Luhn check used by bank cards. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[digits.length - 1 - i]);
    // Stryker disable next-line AssignmentOperator: subtracting gives −sum, a multiple of 10 exactly when sum is.
    sum += i % 2 === 1 ? DOUBLED[d]! : d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The card network a number's prefix and length belong to, if any. */
export function cardIssuer(digits: string): string | undefined {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits.startsWith('4') && [13, 16, 19].includes(n)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if (p4 >= 2200 && p4 <= 2204 && n >= 16 && n <= 19) return 'mir';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if ((digits.startsWith('6011') || digits.startsWith('65') || (p6 >= 644000 && p6 <= 649999)) && n >= 16 && n <= 19) return 'discover';
  if (digits.startsWith('62') && n >= 16 && n <= 19) return 'unionpay';
  // Uzbekistan's own networks: Uzbekistan is on the list of countries the site names.
  if (digits.startsWith('8600') && n === 16) return 'uzcard';
  if (digits.startsWith('9860') && n === 16) return 'humo';
  if ((p2 === 36 || p2 === 38 || (p4 >= 3000 && p4 <= 3059)) && n === 14) return 'diners';
  if ((digits.startsWith('50') || (p2 >= 56 && p2 <= 69)) && n >= 16 && n <= 19) return 'maestro';
  return undefined;
}

const PHONE_CODES: [code: string, country: string | undefined, reset: PhoneReset][] = [
  ['33', 'FR', 'global'], ['39', 'IT', 'global'], ['34', 'ES', 'global'], ['31', 'NL', 'global'], ['966', 'SA', 'global'], ['971', 'AE', 'global'],
  ['7', 'RU', 'ru'], ['374', 'AM', 'ru'], ['994', 'AZ', 'ru'], ['375', 'BY', 'ru'], ['373', 'MD', 'ru'], ['996', 'KG', 'ru'],
  ['992', 'TJ', 'ru'], ['998', 'UZ', 'ru'], ['993', 'TM', 'ru'], ['995', 'GE', 'ru'],
];
// Codes of other countries are only needed to name the country; their reset answer is "none". +1 is shared by the US,
// Canada and the Caribbean, so the code alone stands for it: a Canadian number is never called American.
const OTHER_CODES: [string, string | undefined][] = [
  ['1', undefined], ['44', 'GB'], ['46', 'SE'], ['47', 'NO'], ['45', 'DK'], ['358', 'FI'], ['49', 'DE'], ['48', 'PL'], ['380', 'UA'],
  ['90', 'TR'], ['86', 'CN'], ['91', 'IN'], ['55', 'BR'], ['52', 'MX'], ['61', 'AU'], ['81', 'JP'], ['82', 'KR'], ['32', 'BE'],
  ['41', 'CH'], ['43', 'AT'], ['351', 'PT'], ['30', 'GR'], ['36', 'HU'], ['40', 'RO'], ['420', 'CZ'], ['972', 'IL'], ['20', 'EG'],
  ['353', 'IE'], ['64', 'NZ'], ['27', 'ZA'], ['234', 'NG'], ['63', 'PH'], ['65', 'SG'],
];

// +7 is shared: Kazakhstan's numbers go on with 6 or 7, Russia's with any other digit.
const sharedSeven = (national: string) => (/^7[67]/.test(national) ? 'KZ' : 'RU');

/** The calling code at the start of an international number, its country and whether phone reset exists there. */
export function phoneCountry(digits: string): { callingCode: string; country?: string; phoneReset: PhoneReset } | undefined {
  for (const length of [3, 2, 1]) {
    const code = digits.slice(0, length);
    const known = PHONE_CODES.find(([c]) => c === code);
    if (known) return { callingCode: code, country: code === '7' ? sharedSeven(digits) : known[1], phoneReset: known[2] };
    const other = OTHER_CODES.find(([c]) => c === code);
    if (other) return { callingCode: code, ...(other[1] ? { country: other[1] } : {}), phoneReset: 'none' };
  }
  return undefined;
}

interface Found {
  at: number;
  length: number;
  result: Classification;
}

const SEP = '[ \\u00a0-]?';
const digitsOf = (n: number) => `\\d(?:${SEP}\\d){${n - 1}}`;
const compact = (text: string) => text.replace(/[\s\u00a0-]/g, '');

function trackingMatches(upper: string): Found[] {
  const found: Found[] = [];
  const add = (re: RegExp, make: (m: RegExpMatchArray) => Classification | undefined) => {
    for (const m of upper.matchAll(re)) {
      const result = make(m);
      if (result) found.push({ at: m.index!, length: m[0].length, result });
    }
  };
  add(new RegExp(`(?<![A-Z0-9])CN[A-Z]{2}${SEP}\\d(?:${SEP}\\d){7,15}${SEP}[A-Z]{2}(?![A-Z0-9])`, 'g'), (m) => ({
    kind: 'tracking-number', value: compact(m[0]), carrier: 'cainiao-global',
  }));
  add(new RegExp(`(?<![A-Z0-9])([A-Z]{2})${SEP}(${digitsOf(9)})${SEP}([A-Z]{2})(?![A-Z0-9])`, 'g'), (m) => {
    const digits = compact(m[2]!);
    const value = `${m[1]}${digits}${m[3]}`;
    if (m[3] === 'YP') return { kind: 'tracking-number', value, carrier: 'yanwen' };
    const checksum = s10CheckDigit(digits.slice(0, 8)) === Number(digits[8]) ? 'valid' : 'invalid';
    return { kind: 'tracking-number', value, carrier: 'upu', checksum };
  });
  add(new RegExp(`(?<![A-Z0-9])LP${SEP}${digitsOf(14)}(?![0-9])`, 'g'), (m) => ({ kind: 'tracking-number', value: compact(m[0]), carrier: 'cainiao' }));
  add(new RegExp(`(?<![A-Z0-9])YT${SEP}${digitsOf(16)}(?![0-9])`, 'g'), (m) => ({ kind: 'tracking-number', value: compact(m[0]), carrier: 'yunexpress' }));
  // A US delivery's last leg: USPS numbers are 22 digits from 92 to 95, UPS numbers 1Z and 16 letters and digits.
  add(new RegExp(`(?<![A-Z0-9])9[2-5]${SEP}${digitsOf(20)}(?![0-9])`, 'g'), (m) => ({ kind: 'tracking-number', value: compact(m[0]), carrier: 'usps' }));
  add(/(?<![A-Z0-9])1Z ?[0-9A-Z]{3} ?[0-9A-Z]{3} ?[0-9A-Z]{2} ?[0-9A-Z]{4} ?[0-9A-Z]{4}(?![A-Z0-9])/g, (m) => ({ kind: 'tracking-number', value: compact(m[0]), carrier: 'ups' }));
  add(/(?<![A-Z0-9])[A-Z0-9]{6,28}YP(?![A-Z0-9])/g, (m) => (/\d{6}/.test(m[0]) ? { kind: 'tracking-number', value: m[0], carrier: 'yanwen' } : undefined));
  return found;
}

const cardOf = (digits: string, luhn: boolean): Classification => ({ kind: 'card-number', masked: `${digits.slice(0, 6)} … ${digits.slice(-4)}`, luhn });

/** Whether digits start the way a card network's numbers do, whatever their length (one typed digit too few or many). */
export function cardPrefixed(digits: string): boolean {
  return /^(?:4|5[1-5]|220[0-4]|222[1-9]|22[3-9]|2[3-6]|27[01]|2720|3[47]|35[2-8]|8600|9860|6)/.test(digits);
}

// Card ranges that share order numbers' first digits: UnionPay's 8100–8171, Maestro's 50 and 56–58, Diners
// Club's 30, 36 and 38. Only a number that also passes the Luhn check is flagged: nine in ten order numbers there do not.
const SHARED_RANGES = /^(?:81[0-6]\d|817[01]|50|5[6-8]|3[068])/;

/** Whether digits have a shape order numbers have had: 16 starting with 8 or 3, 15 with 5 or 3, or 14. */
export function orderShaped(digits: string): boolean {
  if (digits.length === 16) return /^[83]/.test(digits);
  if (digits.length === 15) return /^[53]/.test(digits);
  return digits.length === 14 && /^[358]/.test(digits);
}

// A number as dialled at home: a leading 0 (9–11 digits), or 8 and then 0 as in Belarus ("8 029 …"). Many
// countries share these shapes (07… is Swedish and British), so the country is never guessed.
// Ten digits starting with 9 are how Russian mobiles are often written, without +7 or 8: not guessed either; ten
// digits that start with 2–8 are how North American numbers are written at home ("(555) 123-4567").
const NATIONAL = /^(?:0\d{8,10}|80\d{9}|[2-9]\d{9})$/;

// Russian bank account numbers: 20 digits, starting with their balance account (408 for people's own accounts).
const RU_ACCOUNT = /^(?:40[1-8]|42[0-6]|30[12])\d{17}$/;

/** Whether 11 digits are a SNILS: the first nine weighted 9 down to 1, summed, modulo 101 (100 reads as 00), are the last two. */
export function snilsValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
  return (sum % 101) % 100 === Number(digits.slice(9));
}

/** Whether 12 digits are a person's INN: each of the last two is a weighted sum of the digits before it, modulo 11, modulo 10. */
export function innValid(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  const check = (weights: number[]) => (weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0) % 11) % 10;
  return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(digits[10]) && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(digits[11]);
}

function classifyDigits(raw: string, digits: string): Classification | undefined {
  const international = /^\s*(\+|00)/.test(raw);
  if (international) {
    const national = digits.replace(/^00/, '');
    // No calling code starts with 0, so "00000000000" is not a phone number.
    if (national.length < 7 || national.length > 15 || national.startsWith('0')) return undefined;
    const country = phoneCountry(national);
    if (!country) return { kind: 'phone', value: `+${national}`, phoneReset: 'none' };
    // "+46 070 …": the 0 of the number as dialled at home does not belong after the country code (Italy keeps it).
    const rest = national.slice(country.callingCode.length);
    const value = `+${country.callingCode}${rest.startsWith('0') && country.callingCode !== '39' ? rest.slice(1) : rest}`;
    return { kind: 'phone', value, ...country };
  }
  if (digits.length === 16 && digits.startsWith('1005')) return { kind: 'product-id', value: digits };
  // Twenty digits are never a card (at most 19): a Russian bank app shows the account number this way. A Nordea
  // personal account is 3300 and the owner's personnummer, which checks out by its own Luhn digit.
  if (RU_ACCOUNT.test(digits) || (/^3300\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{4}$/.test(digits) && luhnValid(digits.slice(4)))) return { kind: 'bank-account' };
  const issuer = cardIssuer(digits);
  const luhn = luhnValid(digits);
  const order = orderShaped(digits);
  if (issuer && luhn) return cardOf(digits, true);
  // A card number with its expiry date or security code typed after it: the card is at the start of the run.
  for (let length = Math.min(19, digits.length - 1); length >= 13 && !order; length--) {
    const head = digits.slice(0, length);
    if (cardIssuer(head) && luhnValid(head)) return cardOf(head, true);
  }
  // A card network's number that no order number looks like is a card with a typo (or a digit too few), still a card.
  const prefixed = cardPrefixed(digits) && digits.length >= 13 && digits.length <= 19;
  if ((issuer || prefixed) && !order) return cardOf(digits, false);
  if (order) return { kind: 'order-number', value: digits, ...(issuer || prefixed || (luhn && SHARED_RANGES.test(digits)) ? { maybeCard: true } : {}) };
  if ((digits.length === 15 || digits.length === 17) && digits.startsWith('8')) return { kind: 'order-number', value: digits, incomplete: true };
  // A Swedish mobile number with its country code but not the + ("46701234567"): not a SNILS, whatever it adds up to.
  if (/^467[02369]\d{7}$/.test(digits)) return classifyDigits(`+${digits}`, digits);
  // Russian and Kazakh numbers typed with 8 or 7 in front; no Russian or Kazakh area code starts with 0.
  if (digits.length === 11 && /^[78][1-9]/.test(digits)) {
    const value = `7${digits.slice(1)}`;
    return { kind: 'phone', value: `+${value}`, callingCode: '7', country: sharedSeven(value), phoneReset: 'ru' };
  }
  // A Russian SNILS or a person's INN written as one run of digits: their check digits tell them from other numbers.
  // Digits in groups ("46 70 123 45 67") are a phone number typed without its +, whatever they add up to.
  if (/^\d+$/.test(raw.trim()) && ((digits.length === 11 && snilsValid(digits)) || (digits.length === 12 && innValid(digits)))) return { kind: 'personal-number' };
  if (NATIONAL.test(digits)) return { kind: 'phone', value: raw.trim(), national: true, phoneReset: 'none' };
  if (luhn && digits.length >= 13 && digits.length <= 19) return cardOf(digits, true);
  return undefined;
}

/**
 * A card number among a run's groups of digits, with other groups before or after it: "12/25 4276 3800 1234 5678"
 * or "4276 3800 1234 5678 12 25". A 16-digit card with a typo still counts unless an order number looks the same.
 */
function cardInGroups(run: string): Classification | undefined {
  const groups = run.split(/\D+/).filter(Boolean);
  // Every stretch of whole groups, longest first from each start: a card that passes the check wins over one
  // that would be a card with a typo, wherever each starts.
  const stretches = groups.flatMap((_, start) => groups.slice(start).map((__, end) => groups.slice(start, start + end + 1).join(''))).filter((d) => d.length >= 13 && d.length <= 19 && cardIssuer(d));
  const valid = stretches.find((digits) => luhnValid(digits));
  if (valid) return cardOf(valid, true);
  // Written in fours the way a card is printed ("5469 3800 6512 345"), a card network's start means a card with a
  // typo, even when an order number could have the same digits.
  const whole = groups.join('');
  if (/^\d{4}(?:[ \u00a0-]\d{4}){2}[ \u00a0-]\d{1,4}$/.test(run.trim()) && cardPrefixed(whole) && cardIssuer(whole.padEnd(16, '0').slice(0, Math.max(16, whole.length)))) return cardOf(whole, false);
  const typo = stretches.find((digits) => digits.length === 16 && !orderShaped(digits));
  return typo ? cardOf(typo, false) : undefined;
}

// A word for a code, PIN or card security code, then its digits: "kod: 482913", "CVC 123", "код 1234".
// Its first three digits are enough: "482 913" and "482-913" start the same way.
const CODE_IN_TEXT = /(?:code|kod|koden|код|кода)\D{0,20}?(?<!\d)\d{3,8}(?!\d)/iu;
// The same code spelt out in words: three number words after a code word ("koden var fyra åtta två"), or six in a row.
const NUMBER_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|noll|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|ноль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять)';
const CODE_IN_WORDS = new RegExp(`(?:code|kod|koden|код|кода)[^\\d]{0,20}?(?:${NUMBER_WORD}[\\s,-]+){2,}${NUMBER_WORD}(?![\\p{L}])|(?<![\\p{L}])(?:${NUMBER_WORD}[\\s,-]+){5,}${NUMBER_WORD}(?![\\p{L}])`, 'iu');
// A card's PIN or security code: never typed on a website at all (the CVC only when paying).
const PIN_IN_TEXT = /(?:cvc|cvv|cvc2|pin|пин|пин-код)\D{0,12}?(?<!\d)\d{3,4}(?!\d)/iu;

// Six or more characters with letters and a symbol ("Sommar2024!", "P@ssw0rd"), or with upper and lower case and
// a digit ("Qwerty123"), read as a password. Identifiers ("RB123456785GB", "us1171071063ckvl"), dates, domains and
// markup ("2026-03", "aliexpress.com", "onerror=alert(1)") have neither.
const PASSWORD_LIKE = /^(?=\S{6,}$)(?:(?=.*\p{L})(?=.*[!#$%&*?^_~|\\])|(?=.*\p{L})(?=.*@)(?=.*\d)|(?=.*\p{Lu})(?=.*\p{Ll})(?=.*\d))/u;

// The word "password" in a reader's language, then what follows it: "пароль: vasya1985", "password ivanov85".
const PASSWORD_LABEL = /(?:password|passw|pass|pw|пароль|пасс|lösenord|losenord)(?:\s*(?:[:=—-]|is|это|är|от почты|till mejlen))?\s*[^\s,;.]*\d/iu;
// A password of plain words, said as one: "lösenord: hemligt", "password is sunshine", "мой пароль собака".
const PASSWORD_SAID = /(?:password|пароль|lösenord|losenord)(?:\s*[:=—]|\s+(?:is|это|är)\s)\s*\p{L}{3,}|(?:^|\s)(?:my|мой|mitt)\s+(?:password|пароль|lösenord)\s+\p{L}{3,}\s*$/iu;

// An email address has symbols of its own ("anna_s@yahoo.co.uk"): it is not a password, "P@ssw0rd" may be.
const EMAIL_WORD = /@[^@\s]+\.[a-z]{2,}/i;
// What the checker alone reads as a password, pasted on its own: one word of small letters and a few digits
// ("ivanov1985", "hunter2"), or three or more words joined by hyphens, the passphrases the safety page recommends
// ("tulip-cat-river"). Identifiers have capitals or many digits ("RB12345678GB", "us11710710ckvl").
const PASSWORD_ALONE = /^\s*(?:(?=\S*\p{Ll})(?=(?:\S*\p{L}){3})(?=\S*\d)(?!(?:\S*\d){7})[\p{L}\p{N}]{6,}|\p{L}{2,}(?:[-_]\p{L}{2,}){2,})\s*$/u;

/** Whether a text holds a password: a word like one (letters mixed with digits or symbols), or a word labelled as one. */
export function looksLikePassword(text: string): boolean {
  return PASSWORD_LABEL.test(text) || PASSWORD_SAID.test(text) || text.split(/[\s,;]+/).some((word) => !EMAIL_WORD.test(word) && PASSWORD_LIKE.test(word));
}

/** Whether a text is an IBAN whose check digits add up (ISO 13616: the country and check moved to the end, mod 97 is 1). */
export function ibanValid(text: string): boolean {
  const iban = text.replace(/ /g, '').toUpperCase();
  // The two letters must name a country: "XT55 …" is a card number with letters typed before it.
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban) || !regionName(iban.slice(0, 2), 'en')) return false;
  const digits = [...iban.slice(4) + iban.slice(0, 4)].map((ch) => parseInt(ch, 36)).join('');
  // Seven digits at a time keep every step within a safe integer.
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(`${rest}${digits.slice(i, i + 7)}`) % 97;
  return rest === 1;
}

// A Swedish clearing number with its check digit ("8327-9") or followed by a comma, then 6–12 account digits; or a
// UK sort code and account number ("20-00-00 12345678").
// Nordea's personal accounts are the clearing number 3300 and the owner's personnummer ("3300-850312-1231").
const SE_ACCOUNT = /^\s*(?:[1-9]\d{3}(?:-\d(?:,\s*|\s+)|,\s*)\d(?:[ -]?\d){5,11}|[1-9]\d{3}[- ]\d{6}[- ]?\d{4}|\d{2}-\d{2}-\d{2}[\s,]+\d{8})\s*$/;

/** Identity documents' numbers: a US Social Security number ("123-45-6789"), a UK National Insurance number ("AB 12
 * 34 56 C"), a Russian SNILS ("123-456-789 01") or passport ("4510 123456"), or any number named as a passport, SNILS, INN or the like. */
export const ID_NUMBER = /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])|(?<![\p{L}\d])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\d])|(?<![\d-])\d{3}-\d{3}-\d{3}[ -]\d{2}(?![\d-])|(?<![\d )-])\d{2} ?\d{2} \d{6}(?![\d-])|(?:паспорт|passport|снилс|snils|инн|inn|ssn|social security|national insurance|personnummer|personnr|id-kort|удостоверени)\p{L}*\D{0,15}\d(?:[ -]?\d){5,13}/iu;

// "card ending 4444", "последние цифры 4444", "slutar på 4444": the last four of a card, named as such.
const CARD_ENDING = /(?:ending|ends? (?:in|with)|last (?:4|four)|оканчивается на|заканчивается на|последние (?:4 |четыре )?цифры|slutar på|sista (?:4|fyra))\D{0,12}(?<!\d)\d{4}(?!\d)/iu;

// A link in a message about a parcel held at customs or a fee to pay: the usual smishing text.
const SCAM_WORDS = /parcel|package|customs|fee|deliver|reschedul|missed|held|посылк|таможн|пошлин|доплат|достав|paket|tull|avgift|försändelse|leverans/iu;
// The words around a link make a scam text, not the address itself: a carrier's own page may have "paket" in its path.
const isScamText = (text: string) => SCAM_WORDS.test(text.replace(/\S*[./]\S*/g, ' '));

/** A card number with hidden digits that still shows its first six ("5555 55** **** 4444", "427638******5678"). */
export const MASKED_CARD = /\d{4}[ -]?\d{2}[*•xX]{2}(?:[ -]?[*•xX]{2,4}){1,3}[ -]?\d{4}|\d{6}[*•xX]{5,9}\d{4}/;

/** The words a copied order line starts with ("Order #", "Заказ №", "Ordernummer:"; "№" reads as "No" once normalised): not part of the number. */
export const ORDER_LABEL = /^\s*(?:(?:order|заказ|номер заказа|beställning)(?:\s*(?:number|nummer|no\.?|nr\.?|id))?\s*[:#№]?|ordernummer\s*:?|[#№]|no\.?)\s*/iu;
const ORDER_LABEL_BEFORE_DIGITS = new RegExp(`${ORDER_LABEL.source}(?=\\d)`, 'iu');

/** Says what a pasted text is (order, tracking, member ID, email, phone, card, product) and what it holds. */
export function classifyIdentifier(input: unknown): Classification {
  // "+44 (0)7700 900123": the bracketed 0 is dialled only at home, as a British number is often printed.
  // "№8136…", "Заказ №8136…", "Order #8136…": the words and sign before a copied number are not part of it.
  const text = asciiDigits(typeof input === 'string' ? input.slice(0, MAX_INPUT) : '')
    .normalize('NFKC')
    .replace(/^(\s*(?:\+|00)\d{1,3})\s*\(0\)\s*/, '$1 ')
    .replace(ORDER_LABEL_BEFORE_DIGITS, '');
  if (text.trim() === '') return { kind: 'empty' };
  // Six digits and nothing else ("123 456", "12 34 56") is what a verification code looks like: warn before anything
  // else. Six digits that start like a card's may also be the first six the card lookup asks for: say so too.
  const six = /^\s*(?:\d{3}[ \u00a0-]?\d{3}|\d{2}([ \u00a0-])\d{2}\1\d{2})\s*$/.test(text) ? compact(text) : undefined;
  if (six) return cardPrefixed(six) ? { kind: 'code', cardStart: true } : { kind: 'code' };
  // A card number with hidden digits, as a bank app shows it ("4276 38** **** 5678"): a card, but not a secret.
  // A bank app may show only the last four behind dots and the network's name ("МИР •• 5678", "Visa ****1234").
  if (MASKED_CARD.test(text) || /^\s*(?:[*•]{4}[ -]?|[xX]{4}[ -]?){3}\d{4}\s*$/.test(text) || /^\s*\d{4}[ -]?(?:[*•xX]{4}[ -]?){2}\d{4}\s*$/.test(text) || /^\s*[\p{L} ]{0,20}[*•·]{2,}[ -]?\d{4}\s*$/u.test(text)) return { kind: 'card-masked' };
  // A card's expiry date ("12/27", "03/2029"), on its own or among the other digits copied off a card ("0128 12/27 123").
  if (/^[\d\s/]*$/.test(text) && text.replace(/\D/g, '').length < 12 && /(?<![\d/])(?:0[1-9]|1[0-2])\s?\/\s?(?:\d{2}|20\d{2})(?![\d/])/.test(text)) return { kind: 'card-expiry' };
  // Three digits alone look like the security code on a card's back.
  if (/^\s*\d{3}\s*$/.test(text)) return { kind: 'pin' };
  // A Swedish personal identity number ("19850412-1234", "850412-1234", "850412 1234", "198504121234"). Written with
  // its hyphen, a space or its century it is one even when a digit is mistyped (as the composer judges it); ten bare
  // digits, which a phone number can be, must pass the Luhn check too.
  const personal = /^\s*(19|20)?(\d{6})([-+ ]?)(\d{4})\s*$/.exec(text);
  if (personal && (personal[1] || personal[3] || luhnValid(personal[2]! + personal[4]!)) && /^\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01])$/.test(personal[2]!)) return { kind: 'personal-number' };
  // A Swedish bank account as a bank shows it: a clearing number (never starting with 0, unlike a phone number), then
  // the account ("8327-9 123 456 789-0", "3300, 123 45 67"). The five-digit clearing or the comma is what no order has.
  if (SE_ACCOUNT.test(text)) return { kind: 'bank-account' };
  // Four digits: a card's last four, which an agent may ask for, or a PIN, which nobody may.
  if (/^\s*\d{4}\s*$/.test(text)) return { kind: 'four-digits' };
  // ASCII letters only: "ß" would become "SS" and move every index after it off the text's.
  const upper = text.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
  const found = findAll(text, upper);
  // A card number anywhere in the text is what the reader must hear about first, then a code.
  const card = found.find((f) => f.result.kind === 'card-number');
  if (card) return card.result;
  if (ID_NUMBER.test(text)) return { kind: 'personal-number' };
  if (PIN_IN_TEXT.test(text)) return { kind: 'pin' };
  if (CODE_IN_TEXT.test(text) || CODE_IN_WORDS.test(text)) return { kind: 'code' };
  // A link that is not AliExpress's, or a look-alike sender, anywhere in a text outweighs an order number beside it:
  // scam texts quote real-looking order numbers to look genuine.
  const risky = found.find((f) => (f.result.kind === 'link' && !f.result.genuine) || (f.result.kind === 'email' && f.result.emailDomain === 'lookalike'))?.result;
  if (risky) return risky.kind === 'link' && isScamText(text) ? { ...risky, scam: true } : risky;
  // A password among other details ("order …, password Hunter2!") is what must be cleared first. Addresses are set
  // aside: their dots, slashes and question marks are no password.
  // Beside other details only a word with a digit counts ("Hunter2!"): a sentence's "arrived?" is no password.
  const words = text.replace(/\S+@\S+|(?:https?:\/\/|www\.)\S+|\S+\.[a-z]{2,}\/\S*/giu, ' ');
  if (found.length && (PASSWORD_LABEL.test(words) || PASSWORD_SAID.test(words) || words.split(/[\s,;]+/).some((word) => /\d/.test(word) && PASSWORD_LIKE.test(word)))) return { kind: 'password' };
  // "card ending 4444" on its own; beside an order number, the order number is the useful part.
  if (!found.length && CARD_ENDING.test(text)) return { kind: 'four-digits' };
  return found[0]?.result ?? (looksLikePassword(text) || PASSWORD_ALONE.test(text) ? { kind: 'password' } : { kind: 'unknown' });
}

// A country site ("aliexpress.us") carries the brand's name on another ending; our sources do not list it.
const COUNTRY_SITE = /(?:^|\.)aliexpress\.[a-z]{2}$/i;
// Link shorteners hide where a link leads: the usual link in a fake parcel or account message.
const SHORTENERS = /^(?:www\.)?(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|cutt\.ly|is\.gd|clck\.ru|t\.ly|rebrand\.ly|ow\.ly|s\.id|rb\.gy|shorturl\.at|vk\.cc|u\.to|tiny\.cc|buff\.ly|qps\.ru|surl\.li|shorturl\.com)$/i;

/** What kind of site a host is: genuine, an AliExpress country site, a look-alike, or one unrelated to AliExpress. */
export function siteOf(host: string): NonNullable<Classification['site']> {
  if (isGenuineHost(host)) return 'genuine';
  if (COUNTRY_SITE.test(host)) return 'country';
  if (SHORTENERS.test(host)) return 'short';
  // "accounts.google.com.example.net" dresses up as another service's address the way look-alikes dress up as AliExpress's.
  return namesBrand(host) || /[^.]\.(?:com|net|org|ru|se)\.[a-z0-9-]+\.[a-z]{2,}$/i.test(host) ? 'lookalike' : 'other';
}

/** Every identifier in a text, earliest first; at one place the longest first. */
function findAll(text: string, upper: string): Found[] {
  const found: Found[] = [...trackingMatches(upper)];

  // Starting only where a run of address characters starts keeps a long paste linear rather than quadratic.
  for (const m of text.matchAll(/(?<![^\s@<>"'(),;:])[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi)) {
    const value = m[0].toLowerCase();
    // The domain as a browser reads it: a Cyrillic "а" in "аlibaba.com" becomes punycode, which is no brand's.
    const domain = hostOf(value.slice(value.lastIndexOf('@') + 1)) ?? '';
    // Reset emails come from Alibaba's domain; an address on AliExpress's own is what an account made through a
    // social network shows, usually masked ("*****@aliexpress.com", "j***n@aliexpress.ru").
    // A country domain ("@aliexpress.us") is neither confirmed nor a look-alike: it is named as the same domain in a link is.
    const emailDomain = isGenuineHost(domain) ? (isAlibabaHost(domain) ? 'genuine' : 'aliexpress') : COUNTRY_SITE.test(domain) ? 'country' : namesBrand(domain) ? 'lookalike' : undefined;
    const social = emailDomain === 'aliexpress' && value.slice(0, value.lastIndexOf('@')).includes('*');
    // "login.aliexpress.com@phish.ru/reset" is an address of phish.ru with a user name in front: a link, not an email.
    if (text[m.index! + m[0].length] === '/') {
      found.push({ at: m.index!, length: m[0].length, result: { kind: 'link', value: domain, genuine: isGenuineHost(domain), site: siteOf(domain) } });
      continue;
    }
    // "aliexpress@mail.ru": a name that says AliExpress on a domain that is not its own.
    const named = emailDomain ?? (namesBrand(value.slice(0, value.lastIndexOf('@'))) && !social ? 'lookalike' : undefined);
    found.push({ at: m.index!, length: m[0].length, result: { kind: 'email', value, social, ...(named ? { emailDomain: named } : {}) } });
  }
  // An address that names AliExpress or Alibaba (even as "a1iexpress"), or any address with a scheme: the reader wants to know
  // whether the page is genuine. A bare "mail.ru" is left alone: it is a mailbox's name, not a page.
  // With a scheme the whole run counts, "user@" included: https://aliexpress.com@evil.example goes to evil.example.
  // Without a scheme, an address with a path, "www." or three parts is a page too ("secure-login.top/reset",
  // "accounts.google.com"), when its last part is a word rather than digits ("03.2026/x" is a date).
  const scamWords = isScamText(text);
  for (const m of text.matchAll(/(?<![^\s<>"'(),;])(?:https?:\/\/[^\s<>"'(),;]+|[^\s<>"'(),;@/]+\.[^\s<>"'(),;@/]+(?:\/[^\s<>"'(),;]*)?)/giu)) {
    // "sam.k.jones" before an @ is the name of a mailbox, not a page's address.
    if (text[m.index! + m[0].length] === '@') continue;
    const host = hostOf(m[0]);
    // A bare name.tld ("mail.ru") is a mailbox's or a site's name, not a page, except in a text about a parcel or a fee,
    // where "pay at royalmail-fees.com" is the scam's link.
    const page = /^https?:\/\//i.test(m[0]) || ((/^www\.|[/?]/i.test(m[0]) || /\..+\./.test(host ?? '') || scamWords) && /\.(?:[a-z]{2,}|xn--[a-z0-9-]+)$/i.test(host ?? ''));
    if (!host || !(page || namesBrand(host))) continue;
    const genuine = isGenuineHost(host);
    // "https://aliexpress.com@evil.net/" puts the brand before an "@" and the real host after it, and
    // "evil.net/aliexpress.com" or "evil.net?u=login.aliexpress.com" after it: disguises, both.
    const userinfo = /^(?:https?:\/\/)?([^/?#]*)@/i.exec(m[0])?.[1];
    const rest = m[0].replace(/^(?:https?:\/\/)?[^/?#]*/i, '');
    const site = !genuine && ((userinfo && namesBrand(userinfo)) || /ali-?express|alibaba/i.test(rest)) ? 'lookalike' : siteOf(host);
    found.push({ at: m.index!, length: m[0].length, result: { kind: 'link', value: host, genuine, site, ...(genuine && isAlibabaHost(host) ? { alibaba: true } : {}) } });
  }
  // A tracking number's or an IBAN's digits would otherwise read as a card's or an order's ("YT" + 16 digits): their
  // characters are masked before digit runs are looked for, so only digits outside them (a card after them) count.
  // A link or an email masks nothing: a card number inside one must still be found.
  const spans: [number, number][] = found.filter((f) => f.result.kind === 'tracking-number').map((f) => [f.at, f.at + f.length]);
  for (const m of upper.matchAll(/(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Z0-9])/g)) {
    if (!ibanValid(m[0])) continue;
    spans.push([m.index!, m.index! + m[0].length]);
    found.push({ at: m.index!, length: m[0].length, result: { kind: 'bank-account' } });
  }
  const digitsText = spans.reduce((masked, [start, end]) => masked.slice(0, start) + '#'.repeat(end - start) + masked.slice(end), text);
  for (const m of text.matchAll(/(?<![a-z0-9])[a-z]{2}\d{9,10}[a-z]{4,5}(?![a-z0-9])/gi)) {
    found.push({ at: m.index!, length: m[0].length, result: { kind: 'member-id', value: m[0].toLowerCase() } });
  }
  for (const m of digitsText.matchAll(/(?:\+|00)?\d(?:[ \u00a0\-().]{0,2}\d){6,22}/g)) {
    // A run of several groups may hold a card among other digits (an expiry date before or after it): look at
    // the groups first. A run that starts with + or 00 is a phone number, whatever digits follow.
    const grouped = /\D/.test(m[0]) && !/^(?:\+|00)/.test(m[0]) ? cardInGroups(m[0]) : undefined;
    const result = grouped ?? classifyDigits(m[0], m[0].replace(/\D/g, ''));
    if (result) found.push({ at: m.index!, length: m[0].length, result });
  }

  // A digit run inside another match (the digits of a tracking number or an email) never wins: it starts
  // later, or at the same place and shorter.
  return found.sort((a, b) => a.at - b.at || b.length - a.length);
}
