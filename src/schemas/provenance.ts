import { z } from 'zod';

const perLanguage = { en: z.string().min(1), ru: z.string().min(1), sv: z.string().min(1) };

/** content/sources.yaml: each source by key, its name in every language and, when dated, its year. */
export const sourcesSchema = z.record(z.string(), z.strictObject({ year: z.string().optional(), ...perLanguage }));

/** content/labels.yaml: the on-screen labels a source shows word for word. */
export const labelsSchema = z.array(
  z.strictObject({
    /** The label exactly as the source shows it (letter case aside). */
    label: z.string().trim().min(1),
    /** The language of the label itself, not of the article quoting it. */
    lang: z.enum(['en', 'ru', 'sv']),
    /** A key of content/sources.yaml. */
    source: z.string().min(1),
  }),
);

/** content/glossary/<lang>.yaml: one term per concept, and the variants editors must not use. */
export const glossarySchema = z.array(
  z.strictObject({
    concept: z.string().min(1),
    term: z.string().min(1),
    /** Each matches the start of a word, letter case ignored. */
    avoid: z.array(z.string().trim().min(1)).default([]),
  }),
);

/** The sources file after validation. */
export type Sources = z.output<typeof sourcesSchema>;
/** The label registry after validation. */
export type Labels = z.output<typeof labelsSchema>;
/** One language's glossary after validation. */
export type Glossary = z.output<typeof glossarySchema>;

/** A label as it is compared: spaces collapsed, letter case and the е/ё difference ignored. */
export function labelKey(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase().replaceAll('ё', 'е');
}
