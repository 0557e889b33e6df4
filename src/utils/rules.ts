// The safety rules and recurring facts pages share, by name, and the locale keys of each one's sentences, in order.

/** Each rule's sentences as keys of every locale file (`rules.<name>.<part>`). */
export const ruleKeys = {
  /** Which addresses are AliExpress's own: the exact domain or a dot before it, with look-alikes. */
  domain: ['rules.domain.rule', 'rules.domain.example', 'rules.domain.fakes'],
  /** What a sender's address proves (nothing) and what a genuine reset email never asks for. */
  sender: ['rules.sender.rule', 'rules.sender.never'],
  /** Who may see a verification code (nobody but the page that asked for it). */
  code: ['rules.code.rule'],
  /** What an order number looks like, and the numbers that only look like one. */
  order: ['rules.order.format', 'rules.order.not'],
  /** The card lookup's fields, and the card details that nothing in recovery needs. */
  card: ['rules.card.fields', 'rules.card.never'],
  /** The countries whose numbers can reset a password by phone, per site, and how sure that is. */
  phones: ['rules.phones.global', 'rules.phones.ru', 'rules.phones.doubt'],
} as const;

/** The name of a shared rule: `<Rule name="domain" />`. */
export type RuleName = keyof typeof ruleKeys;

/** A locale key of one of the rules' sentences. */
export type RuleKey = (typeof ruleKeys)[RuleName][number];

/** Every rule name, for the component's check and the tests. */
export const ruleNames = Object.keys(ruleKeys) as RuleName[];
