// Changes made before the minor marker existed (see CONTRIBUTING.md, "Keep the languages in step") that an
// editor has since read and found to change no meaning. A commit cannot be reworded once it is shared, so
// this list says it instead; each entry names the files whose changes in that commit were minor.

/** A commit, or some of its files, declared minor after the fact. */
export interface DeclaredMinor {
  /** The commit's hash or a prefix of it (at least 7 characters). */
  commit: string;
  /** Paths from the repository's root; the commit's other files keep counting. */
  paths: readonly string[];
  /** What the change was, for the next editor who wonders. */
  why: string;
}

/** Every commit declared minor after the fact. */
export const declaredMinor: readonly DeclaredMinor[] = [
  {
    commit: '5b5ba5627379b71fba5a8060b4582d8df55cabac',
    paths: ['content/sv/find-id.mdx', 'content/sv/recover/email.mdx', 'content/sv/recover/lost-inbox.mdx', 'content/sv/recover/no-email.mdx', 'content/ru/recover/mobile-app.mdx'],
    why: 'Swedish titles and keywords with a plain hyphen instead of a non-breaking one (for search); one Russian sentence worded more smoothly',
  },
  {
    commit: 'cf213bf',
    paths: ['content/sv/account/sms-code.mdx', 'content/sv/safety.mdx', 'content/sv/recover/mobile-app.mdx'],
    why: 'Swedish language pass 21: questions made into whole sentences and one step split in two; the same guidance as before, which the English and Russian versions already give',
  },
  {
    commit: '6b264d4',
    paths: ['content/sv/recover/mobile-app.mdx'],
    why: 'Swedish pass 19: each approximate label put in brackets after its step instead of a sentence of its own; no step changed',
  },
  {
    commit: '1fe1dde',
    paths: ['content/sv/safety.mdx', 'content/sv/recover/mobile-app.mdx'],
    why: 'Swedish pass 20: safety\'s "more than that" made explicit as "more than the last four digits of the card", and mobile-app\'s step that asks for the code and its closing step added, both as the English and Russian versions already had them',
  },
  {
    commit: '42da1fa',
    paths: ['content/en/account/sms-code.mdx', 'content/en/safety.mdx', 'content/ru/recover/mobile-app.mdx'],
    why: 'English pass 22: questions made into whole sentences, "a signal", the home-page order of sms-code next to the codes article (set in all three languages since), and safety\'s unconfirmed-email line hedged as the Russian and Swedish versions hedge it; in Russian, mobile-app\'s path said once with one hedge instead of two',
  },
  {
    commit: '740fe7a',
    paths: ['content/en/recover/chat-sign-in.mdx', 'content/ru/recover/no-email.mdx'],
    why: 'Links and hedges the other versions already have: English chat-sign-in links its last resort after the steps, as the Russian page does; Russian no-email says a reset by user ID will probably not get the reader in, as the English page says',
  },
  {
    commit: '56ca950',
    paths: ['content/ru/account/hacked.mdx', 'content/ru/faq.mdx', 'content/ru/find-id.mdx', 'content/ru/recover/chat-sign-in.mdx', 'content/ru/recover/lost-inbox.mdx', 'content/ru/recover/order-number.mdx', 'content/ru/recover/phone.mdx', 'content/sv/recover/chat-sign-in.mdx', 'content/sv/recover/lost-inbox.mdx', 'content/sv/recover/no-email.mdx', 'content/sv/safety.mdx', 'content/sv/account/blocked.mdx', 'content/ru/recover/social-login.mdx'],
    why: 'Pass 30, own wording and catching up: Russian hacked moves its form below the fallbacks and names the app plainly, FAQ, find-id and phone lose a stiff phrase, chat-sign-in and lost-inbox stop sending the reader back (as the English pages do), order-number takes the new title and wallet history the English page has for PayPal; Swedish chat-sign-in, lost-inbox (an inbox that is someone else\'s, as the English page has it), no-email and safety say what the English and Russian pages already say. The Swedish blocked page\'s new first step and the Russian social-login page\'s VPN advice were taken back in 2ab5cd2 after the delta review, so they are no news for the other versions',
  },
  {
    commit: '2ab5cd2',
    paths: ['content/ru/recover/chat-sign-in.mdx', 'content/ru/recover/social-login.mdx', 'content/sv/account/blocked.mdx', 'content/sv/recover/chat-sign-in.mdx', 'content/sv/recover/lost-inbox.mdx', 'content/sv/recover/no-email.mdx'],
    why: 'Delta review round 25: these pages go back to the versions round 24 reviewed (pass 30 made them worse); the return landed in the commit of the wizard description fix, and brings them back in step with the other versions',
  },
];
