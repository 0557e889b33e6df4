import { regionName } from '../../utils/region-name.ts';
import type { Classification } from './classify.ts';

/** Every message the checker can show; each has a title and text in the locale files (`idCheck.kinds.*`). */
export const messageKeys = [
  'empty', 'order-number', 'order-probably', 'order-incomplete', 'maybe-card', 'tracking-number', 'tracking-valid', 'tracking-invalid', 'member-id', 'email', 'email-social', 'email-aliexpress', 'email-sender', 'email-fake',
  'phone-global', 'phone-ru', 'phone-none', 'phone-unknown', 'phone-national', 'card-number', 'card-masked', 'card-expiry', 'bank-account', 'personal-number', 'code', 'card-start', 'pin', 'four-digits', 'password',
  'link-genuine', 'link-scam', 'link-alibaba', 'link-country', 'link-fake', 'link-punycode', 'link-short', 'link-other', 'product-id', 'unknown',
] as const;

/** One message of the checker. */
export type MessageKey = (typeof messageKeys)[number];

/** The article a message links to (path without the language), for the messages that link anywhere. */
export const messageLinks: Partial<Record<MessageKey, string>> = {
  'order-number': 'recover/order-number',
  'order-probably': 'recover/order-number',
  'order-incomplete': 'recover/order-number',
  'tracking-number': 'recover/order-number',
  'member-id': 'recover/email',
  email: 'recover/email',
  'email-social': 'recover/social-login',
  // An unmasked address on AliExpress's domain is most often a sender being checked: the fake-message advice first.
  'email-aliexpress': 'safety',
  'phone-global': 'recover/phone',
  'phone-ru': 'recover/phone',
  // Its words promise the chat, where a number outside the reset lists is taken.
  'phone-none': 'recover/support-chat',
  'phone-unknown': 'recover/phone',
  'phone-national': 'recover/phone',
  'card-number': 'recover/bank-card',
  'card-masked': 'recover/bank-card',
  'card-expiry': 'safety',
  'bank-account': 'safety',
  'personal-number': 'safety',
  'card-start': 'recover/bank-card',
  code: 'safety',
  password: 'safety',
  pin: 'safety',
  'four-digits': 'safety',
  'email-sender': 'safety',
  'email-fake': 'safety',
  'link-genuine': 'safety',
  'link-alibaba': 'safety',
  'link-country': 'safety',
  'link-fake': 'safety',
  'link-short': 'safety',
  'link-other': 'safety',
  'link-scam': 'safety',
  'product-id': 'recover/order-number',
};

/** The messages to show for a verdict, most important first. */
export function messagesFor(result: Classification): MessageKey[] {
  switch (result.kind) {
    case 'tracking-number':
      return result.checksum ? ['tracking-number', result.checksum === 'valid' ? 'tracking-valid' : 'tracking-invalid'] : ['tracking-number'];
    case 'order-number':
      // A number that may also be a card's is only probably an order number: the title says so.
      if (result.incomplete) return ['order-incomplete'];
      return result.maybeCard ? ['order-probably', 'maybe-card'] : ['order-number'];
    case 'email':
      if (result.social) return ['email-social'];
      return [result.emailDomain === 'genuine' ? 'email-sender' : result.emailDomain === 'aliexpress' ? 'email-aliexpress' : result.emailDomain === 'country' ? 'link-country' : result.emailDomain === 'lookalike' ? 'email-fake' : 'email'];
    case 'link':
      // notice.alibaba.com is where reset emails come from: a reader pasting it is checking a sender, not a page.
      if (result.genuine && /(?:^|\.)notice\.alibaba\.com$/i.test(result.value ?? '')) return ['email-sender'];
      if (result.genuine) return [result.alibaba ? 'link-alibaba' : 'link-genuine'];
    {
      const site: MessageKey = result.site === 'country' ? 'link-country' : result.site === 'short' ? 'link-short' : result.site === 'other' ? 'link-other' : 'link-fake';
      // A letter from another alphabet shows as xn--: said only where it does, not under every look-alike.
      const letters: MessageKey[] = /(?:^|\.)xn--/i.test(result.value ?? '') ? ['link-punycode'] : [];
      // In a scam text, "may be right for another service" would undo the warning: the other site goes unnamed.
      if (result.scam) return ['link-scam', ...(site === 'link-other' ? [] : [site]), ...letters];
      return [site, ...letters];
    }
    case 'phone':
      if (result.national) return ['phone-national'];
      return result.callingCode ? [`phone-${result.phoneReset ?? 'none'}`] : ['phone-unknown'];
    case 'code':
      return result.cardStart ? ['code', 'card-start'] : ['code'];
    default:
      return [result.kind];
  }
}

/**
 * A phone number's calling code with its country's name in the page's language: "+44 (United Kingdom)".
 * The code comes first so no language has to decline or add an article to the country's name.
 */
export function phoneLabel(result: Classification, lang: string): string | undefined {
  if (!result.callingCode) return undefined;
  const name = result.country ? regionName(result.country, lang) : undefined;
  return name ? `+${result.callingCode} (${name})` : `+${result.callingCode}`;
}
