import { slug } from 'github-slugger';
import { pagePath } from './paths.ts';
import type { Locale } from '../i18n/locales.ts';

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

/** One of the answers above. */
export type Situation = (typeof situations)[number];

// A section's id is made from its heading as written (hast-heading-ids.ts), so the same slug of the same words lands on it.
// The locale string comes typeset (non-breaking spaces); the heading's id was made before that.
const plainText = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');

/** The fragment that lands on a section, from its heading's words as the locale file gives them. */
export function sectionHash(heading: string): string {
  return `#${slug(plainText(heading))}`;
}

/** Where an answer leads in a language: its article, at the section it names. `t` gives the section's heading. */
export function situationHref(lang: Locale, t: (key: Extract<Situation, { section: string }>['section']) => string, situation: Situation): string {
  return pagePath(lang, situation.slug) + ('section' in situation ? sectionHash(t(situation.section)) : '');
}
