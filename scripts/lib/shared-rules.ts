// A safety rule that pages share is written once, in the locale files, and shown with <Rule name="…" />.
// A page that words it again in its own text is flagged, so the wordings cannot drift apart.
import type { Locale } from '../../src/i18n/locales.ts';
import type { ContentFile, Problem } from './content-rules.ts';
import { parseMdx } from './mdx-source.ts';

// "Ends in aliexpress.com" in each language: the wording that let look-alikes through. The sender's
// domain (notice.alibaba.com) is another fact and may be named.
const domainRestatement: Record<Locale, RegExp> = {
  en: /\b(?:ends?|ending) (?:in|with)\b[^.!?]{0,60}?(?<!notice\.)\b(?:aliexpress|alibaba)\.(?:com|ru)/i,
  sv: /\bslutar (?:på|med)\s[^.!?]{0,60}?(?<!notice\.)\b(?:aliexpress|alibaba)\.(?:com|ru)/i,
  ru: /(?:оканчива|заканчива)[^.!?]{0,60}?(?<!notice\.)\b(?:aliexpress|alibaba)\.(?:com|ru)/i,
};

/** Lines that restate the genuine-domain rule instead of showing `<Rule name="domain" />`. */
export function restatedRules(files: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const doc = parseMdx(file.source);
    doc.bodyLines.forEach((line, i) => {
      if (domainRestatement[file.lang].test(line)) {
        problems.push({
          level: 'error',
          file: file.path,
          line: doc.bodyStart + i,
          what: 'the rule for genuine domains in the page’s own words',
          fix: 'show <Rule name="domain" /> instead: the rule is written once, in rules.domain of the locale file',
        });
      }
    });
  }
  return problems;
}
