// The safety rules pages share, by name, and the sentences each one has in the locale files.

/** Each rule's sentences, in order, as keys under `rules.<name>` in every locale file. */
export const ruleParts = {
  /** Which addresses are AliExpress's own: the exact domain or a dot before it, with look-alikes. */
  domain: ['rule', 'example', 'fakes'],
  /** What a sender's address proves (nothing) and what a genuine reset email never asks for. */
  sender: ['rule', 'never'],
} as const;

/** The name of a shared rule: `<Rule name="domain" />`. */
export type RuleName = keyof typeof ruleParts;

/** Every rule name, for the component's check and the editor guide. */
export const ruleNames = Object.keys(ruleParts) as RuleName[];
