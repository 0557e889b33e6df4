import { locales } from '../../src/i18n/locales.ts';
import { labelKey } from '../../src/schemas/provenance.ts';
import type { ContentFile, Problem } from './content-rules.ts';
import { parseMdx } from './mdx-source.ts';
import type { Provenance } from './provenance-files.ts';

/** One `<Ui>` label of an article: its words, its line and whether it is marked approximate. */
export interface UiLabel {
  line: number;
  text: string;
  approx: boolean;
}

/** Every `<Ui …>…</Ui>` of an MDX source, with the line it starts on. */
export function uiLabels(source: string): UiLabel[] {
  const out: UiLabel[] = [];
  for (const match of source.matchAll(/<Ui(\s[^>]*)?>([\s\S]*?)<\/Ui>/g)) {
    // Stryker disable next-line StringLiteral: any text without "approx" stands in for no attributes alike.
    const attributes = match[1] ?? '';
    out.push({ line: source.slice(0, match.index).split('\n').length, text: match[2]!.trim(), approx: /\bapprox\b/.test(attributes) });
  }
  return out;
}

/** Every exact label must be in the registry; the rest must say `approx`. */
export function checkLabels(files: readonly ContentFile[], provenance: Provenance): Problem[] {
  const registered = new Set(provenance.labels.map((entry) => labelKey(entry.label)));
  return files.flatMap((file) =>
    uiLabels(file.source)
      .filter((label) => !label.approx && !registered.has(labelKey(label.text)))
      .map((label) => ({
        level: 'error' as const,
        file: file.path,
        line: label.line,
        what: `the label “${label.text}” is quoted as exact, but no source shows it`,
        fix: 'write <Ui approx> so readers know their screen may word it differently, or, if a reference text shows these exact words, add them to content/labels.yaml with the source',
      })),
  );
}

/** Every `sources:` key must be one of content/sources.yaml. */
export function checkSourceKeys(files: readonly ContentFile[], provenance: Provenance): Problem[] {
  return files.flatMap((file) => {
    const doc = parseMdx(file.source);
    const keys = Array.isArray(doc.data?.sources) ? (doc.data.sources as unknown[]) : [];
    return keys
      .filter((key) => typeof key !== 'string' || !Object.hasOwn(provenance.sources, key))
      .map((key) => ({
        level: 'error' as const,
        file: file.path,
        line: doc.keyLines.get('sources') ?? 1,
        what: `unknown source “${String(key)}”`,
        fix: `use one of: ${Object.keys(provenance.sources).join(', ')} (or add the source to content/sources.yaml)`,
      }));
  });
}

// What a glossary check reads: prose only. Labels, drawings, code, link targets and the keyword list
// (which holds readers' own variants on purpose) are blanked, keeping line numbers.
function proseLines(source: string): string[] {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/<Mockup\b[\s\S]*?\/>/g, blank)
    .replace(/<Ui(\s[^>]*)?>[\s\S]*?<\/Ui>/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank)
    .replace(/^(keywords|sources|lastReviewed|section|order):.*/gm, blank)
    .split('\n');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Flags the glossary's `avoid` variants in prose, and concepts missing from one language's glossary. */
export function checkGlossary(files: readonly ContentFile[], provenance: Provenance): Problem[] {
  const problems: Problem[] = [];
  const concepts = new Set(locales.flatMap((lang) => provenance.glossaries[lang].map((entry) => entry.concept)));
  for (const lang of locales) {
    const have = new Set(provenance.glossaries[lang].map((entry) => entry.concept));
    for (const concept of concepts) {
      if (!have.has(concept)) problems.push({ level: 'error', file: `content/glossary/${lang}.yaml`, line: 1, what: `no term for “${concept}”`, fix: 'add the concept with its term, as the other languages have it' });
    }
  }
  for (const file of files) {
    const rules = provenance.glossaries[file.lang].flatMap((entry) =>
      entry.avoid.map((avoid) => ({ entry, avoid, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(avoid)}`, 'iu') })),
    );
    proseLines(file.source).forEach((text, i) => {
      for (const rule of rules) {
        if (rule.pattern.test(text)) {
          problems.push({ level: 'error', file: file.path, line: i + 1, what: `“${rule.avoid}…” is not this site’s word for ${rule.entry.concept}`, fix: `write “${rule.entry.term}” (content/glossary/${file.lang}.yaml)` });
        }
      }
    });
  }
  return problems;
}
