// Short English message texts for the composer's unit tests: one line per part, easy to assert on.
import type { MessageTexts } from '../../src/islands/support-message/compose.ts';

/** Every part of a message, in a few plain words. */
export const shortTexts: MessageTexts = {
  greeting: 'Hello.',
  closing: 'Thanks.',
  tried: 'I tried {{list}}.',
  situations: { 'forgot-password': 'I forgot my password.', 'forgot-login': 'I forgot my login.', 'lost-inbox': 'I lost my inbox.', codes: 'No codes come.', hacked: 'Someone got in.', blocked: 'I am blocked.', closed: 'My account was closed.', 'unusual-activity': 'Unusual activity.', 'no-email': 'No email.', 'no-sms': 'No text.', deleted: 'Deleted.' },
  triedItems: { 'email-reset': 'the email reset', 'phone-reset': 'the phone reset', 'order-lookup': 'the order lookup', 'social-login': 'the social sign-in' },
  fields: { orderNumber: 'Order: {{value}}', cardLast4: 'Card ends {{value}}', payment: 'Payment: {{value}}', lastOrder: 'Last order: {{value}}', email: 'Email: {{value}}', phone: 'Phone: {{value}}', country: 'Country: {{value}}' },
  phoneGone: 'My number is no longer mine.',
  phoneGoneAfter: 'This number is no longer mine.',
  inboxOther: 'My inbox is someone else’s.',
  inboxOtherAfter: 'That inbox is someone else’s.',
};
