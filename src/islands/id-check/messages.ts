import type { Classification } from './classify.ts';

/** Every message the checker can show; each has a title and text in the locale files (`idCheck.kinds.*`). */
export const messageKeys = [
  'empty', 'order-number', 'tracking-number', 'tracking-valid', 'tracking-invalid', 'member-id', 'email', 'email-social',
  'phone-global', 'phone-ru', 'phone-none', 'card-number', 'product-id', 'unknown',
] as const;

/** One message of the checker. */
export type MessageKey = (typeof messageKeys)[number];

/** The article a message links to (path without the language), for the messages that link anywhere. */
export const messageLinks: Partial<Record<MessageKey, string>> = {
  'order-number': 'recover/order-number',
  'tracking-number': 'recover/order-number',
  'member-id': 'recover/email',
  email: 'recover/email',
  'email-social': 'recover/social-login',
  'phone-global': 'recover/phone',
  'phone-ru': 'recover/phone',
  'phone-none': 'recover/support-chat',
  'card-number': 'recover/bank-card',
  'product-id': 'recover/order-number',
};

/** The messages to show for a verdict, most important first. */
export function messagesFor(result: Classification): MessageKey[] {
  switch (result.kind) {
    case 'tracking-number':
      return result.checksum ? ['tracking-number', result.checksum === 'valid' ? 'tracking-valid' : 'tracking-invalid'] : ['tracking-number'];
    case 'email':
      return result.social ? ['email-social'] : ['email'];
    case 'phone':
      return [`phone-${result.phoneReset ?? 'none'}`];
    default:
      return [result.kind];
  }
}
