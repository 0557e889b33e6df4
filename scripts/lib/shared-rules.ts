// A rule or fact that pages share is written once, in the locale files, and shown with <Rule name="…" />.
// A page that words it again in its own text is flagged, so the wordings cannot drift apart.
import type { Locale } from '../../src/i18n/locales.ts';
import type { RuleName } from '../../src/utils/rules.ts';
import type { ContentFile, Problem } from './content-rules.ts';
import { parseMdx } from './mdx-source.ts';

/** One shared rule's tell-tale wording: a line matching every pattern of its language restates it. */
interface Restatement {
  rule: RuleName;
  what: string;
  patterns: Record<Locale, readonly RegExp[]>;
}

// Each pattern names the part of the fact that only a restatement needs; a step that merely uses the fact
// ("type the first 6 and last 4 digits") matches one pattern, not all of them.
const restatements: readonly Restatement[] = [
  {
    rule: 'domain',
    what: 'the rule for genuine domains',
    // "Ends in aliexpress.com": the wording that let look-alikes through. The sender's domain
    // (notice.alibaba.com) is another fact and may be named.
    patterns: {
      en: [/\b(?:ends?|ending) (?:in|with)\b[^.!?]{0,60}?(?<!notice\.)\b(?:aliexpress|alibaba)\.(?:com|ru)/i],
      sv: [/\bslutar (?:på|med)\s[^.!?]{0,60}?(?<!notice\.)\b(?:aliexpress|alibaba)\.(?:com|ru)/i],
      ru: [/(?:оканчива|заканчива)[^.!?]{0,60}?(?<!notice\.)\b(?:aliexpress|alibaba)\.(?:com|ru)/i],
    },
  },
  {
    rule: 'sender',
    what: 'the rule about what a sender’s address proves',
    // The sender's domain next to a word for genuine or fake: "a genuine email comes from notice.alibaba.com"
    // read the other way round lets a forged sender pass.
    patterns: {
      en: [/notice\.alibaba\.com/i, /\b(?:genuine|real|authentic|fake|forged|spoofed)\b/i],
      sv: [/notice\.alibaba\.com/i, /(?:äkta|falsk|förfalska)/i],
      ru: [/notice\.alibaba\.com/i, /(?:настоящ|подлинн|поддел|фальшив|мошенн)/i],
    },
  },
  {
    rule: 'order',
    what: 'the order-number format',
    // The first digits of recent order numbers: the part of the format pages used to word differently.
    patterns: {
      en: [/\b(?:16|sixteen)\b/i, /\b8 or 3\b/i],
      sv: [/\b(?:16|sexton)\b/i, /\b8 eller 3\b/i],
      ru: [/(?:16|шестнадцат)/i, /\b8 или 3\b/i],
    },
  },
  {
    rule: 'card',
    what: 'the card lookup’s fields',
    patterns: {
      en: [/\bfirst (?:6|six)\b/i, /\blast (?:4|four)\b/i, /\bamount\b/i, /\bdate\b/i],
      sv: [/\b(?:sex|6) första\b/i, /\b(?:fyra|4) sista\b/i, /\bbelopp/i, /\bdatum/i],
      // \b does not see Cyrillic letters, so a letter before the word is ruled out by hand.
      ru: [/(?<![а-яё])перв(?:ые|ых) (?:6|шест)/i, /(?<![а-яё])последн(?:ие|их) (?:4|четыр)/i, /(?<![а-яё])сумм/i, /(?<![а-яё])дат[аеуы]/i],
    },
  },
  {
    rule: 'phones',
    what: 'the list of countries with reset by phone',
    // Two country codes of the global site's list in one line: a list, not a mention of one number.
    patterns: {
      en: [/\+(?:33|39|34|31|966|971)\b[^]*\+(?:33|39|34|31|966|971)\b/],
      sv: [/\+(?:33|39|34|31|966|971)\b[^]*\+(?:33|39|34|31|966|971)\b/],
      ru: [/\+(?:33|39|34|31|966|971)\b[^]*\+(?:33|39|34|31|966|971)\b/],
    },
  },
];

/** Lines that restate a shared rule or fact instead of showing it with `<Rule name="…" />`. */
export function restatedRules(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const doc = parseMdx(file.source);
    doc.bodyLines.forEach((line, i) => {
      // A drawing's description names what the drawing shows; it is not the page restating the fact.
      if (/^\s*(?:alt|caption)=/.test(line)) return;
      for (const { rule, what, patterns } of restatements) {
        if (!patterns[file.lang].every((pattern) => pattern.test(line))) continue;
        problems.push({
          level: 'error',
          file: file.path,
          line: doc.bodyStart + i,
          what: `${what} in the page’s own words`,
          fix: `show <Rule name="${rule}" /> instead: it is written once, in rules.${rule} of the locale file`,
        });
      }
    });
  }
  return problems;
}
