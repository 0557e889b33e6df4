// The routes between articles as data: what each method needs from the reader and where its
// "If it does not work" section leads. `npm run validate` walks it for every combination of what a
// reader may lack, and checks each article's fallback links and the wizard's fallbacks against it.

/** Something a reader may have or lack; a method works only for a reader who has all it needs. */
export const needs = {
  password: 'a password they believe is right',
  address: 'the email address on the account',
  inbox: 'access to that inbox',
  'phone-signup': 'an account opened with a phone number, not an email',
  phone: 'the phone number on the account, still receiving texts',
  social: 'the social network account they signed up with',
  order: 'an order number',
  card: 'the bank card they paid with',
  chat: 'a support chat that lets them write without signing in',
} as const;

/** One of the things a reader may have or lack. */
export type Need = keyof typeof needs;

/** An article's place on the routes. */
export interface RoutePage {
  /** What the reader must have for this page's method; no fallback sends a reader here without it. */
  needs: readonly Need[];
  /** Where "If it does not work" leads, in order: a reader takes the first whose needs they meet. */
  next: readonly string[];
  /** The page is a final answer for a reader who has these (`[]`: for everyone), so a walk ends here. */
  endsWith?: readonly Need[];
}

/** The whole map: route pages by article path, and the guides that are no route (FAQ, safety, find-id). */
export interface RouteMap {
  pages: Record<string, RoutePage>;
  guides: readonly string[];
}

const chat = ['recover/support-chat', 'recover/chat-sign-in'] as const;

/** Every article's needs and fallbacks. */
export const routeMap = {
  pages: {
    'account/sign-in-checks': { needs: ['password'], next: ['recover/email', 'recover/lost-inbox', 'recover/no-email', 'recover/order-number', ...chat] },
    'recover/email': { needs: ['address', 'inbox'], next: ['account/codes', 'recover/lost-inbox', 'recover/no-email', 'recover/social-login', 'recover/order-number', ...chat] },
    'recover/mobile-app': { needs: ['address', 'inbox'], next: ['recover/email', 'recover/lost-inbox', 'recover/no-email', 'recover/social-login', 'recover/order-number', ...chat] },
    // The reader can open the inbox; the page's own fallback is the reset page's other ways, then the chat.
    'account/codes': { needs: ['address', 'inbox'], next: [...chat] },
    'recover/social-login': { needs: ['social'], next: [...chat] },
    // The page holds the phone reset itself; the lookups only show a user ID and an email this account lacks.
    'recover/no-email': { needs: ['phone-signup'], next: [...chat] },
    'recover/phone': { needs: ['phone'], next: ['account/sms-code', 'recover/email', 'recover/lost-inbox', 'recover/order-number', 'recover/bank-card', ...chat] },
    'account/sms-code': { needs: ['phone'], next: ['recover/email', 'recover/lost-inbox', 'recover/order-number', 'recover/bank-card', ...chat] },
    'recover/lost-inbox': { needs: ['address'], next: [...chat] },
    'recover/order-number': { needs: ['order', 'chat'], next: ['recover/bank-card', ...chat] },
    'recover/bank-card': { needs: ['card', 'chat'], next: [...chat] },
    'account/hacked': { needs: [], next: ['recover/email', ...chat] },
    'account/blocked': { needs: [], next: [...chat] },
    'account/deleted': { needs: [], next: [...chat], endsWith: [] },
    'recover/support-chat': { needs: [], next: ['recover/chat-sign-in'], endsWith: ['chat'] },
    'recover/chat-sign-in': { needs: [], next: [], endsWith: [] },
  },
  guides: ['faq', 'safety', 'find-id'],
} as const satisfies RouteMap;
