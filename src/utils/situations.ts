/** The home page's "What happened?" answers and the article each one opens. */
export const situations = [
  { key: 'forgotPassword', slug: 'recover/email' },
  { key: 'noEmail', slug: 'recover/lost-inbox' },
  { key: 'phoneSignup', slug: 'recover/no-email' },
  { key: 'forgotLogin', slug: 'recover/order-number' },
  { key: 'passwordRejected', slug: 'account/sign-in-checks' },
  { key: 'codes', slug: 'account/codes' },
  { key: 'smsCode', slug: 'account/sms-code' },
  { key: 'hacked', slug: 'account/hacked' },
  { key: 'socialLogin', slug: 'recover/social-login' },
  { key: 'chatSignIn', slug: 'recover/chat-sign-in' },
  { key: 'blocked', slug: 'account/blocked' },
  { key: 'deleted', slug: 'account/deleted' },
  { key: 'findId', slug: 'find-id' },
] as const;
