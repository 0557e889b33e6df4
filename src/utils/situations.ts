/**
 * The home page's "What happened?" answers and the article each one opens. `section` names a locale key whose
 * text is the heading of the section the answer opens, so the link lands on it (the link check holds it).
 */
export const situations = [
  { key: 'forgotPassword', slug: 'recover/email' },
  { key: 'noEmail', slug: 'recover/lost-inbox' },
  { key: 'phoneSignup', slug: 'recover/no-email' },
  { key: 'forgotLogin', slug: 'recover/order-number' },
  { key: 'passwordRejected', slug: 'account/sign-in-checks' },
  { key: 'codes', slug: 'account/codes' },
  { key: 'smsCode', slug: 'account/sms-code' },
  { key: 'lostSim', slug: 'account/sms-code', section: 'home.sections.lostSim' },
  { key: 'unrequestedCode', slug: 'account/codes', section: 'home.sections.unrequestedCode' },
  { key: 'hacked', slug: 'account/hacked' },
  { key: 'phished', slug: 'safety', section: 'home.sections.phished' },
  { key: 'socialLogin', slug: 'recover/social-login' },
  { key: 'chatSignIn', slug: 'recover/chat-sign-in' },
  { key: 'blocked', slug: 'account/blocked' },
  { key: 'deleted', slug: 'account/deleted' },
  { key: 'findId', slug: 'find-id' },
] as const;
