import { z } from 'zod';

/** The sections an article can belong to; they group the home page, breadcrumbs and the search filter. */
export const sections = ['recover', 'account', 'guides'] as const;

/** Frontmatter of every article in `content/<lang>/`; `npm run validate` and the build both check it. */
export const articleSchema = z.strictObject({
  /** The page heading and its title in search results. */
  title: z.string().trim().min(3, 'the title is too short').max(90, 'the title is longer than 90 characters'),
  /** The meta description and home-page summary: 50–160 characters. */
  description: z
    .string()
    .trim()
    .min(50, 'the description is shorter than 50 characters')
    .max(160, 'the description is longer than 160 characters'),
  /** The day the facts were last checked (YYYY-MM-DD); older than 12 months shows readers a notice. */
  lastReviewed: z.coerce.date({ error: 'lastReviewed must be a date written as YYYY-MM-DD' }),
  /** Which group the article belongs to. */
  section: z.enum(sections, { error: `section must be one of: ${sections.join(', ')}` }),
  /** Position inside its section (smaller first); defaults to the end. */
  order: z.number().int().optional(),
  /** Words readers search with that the text may not contain; indexed, not shown. */
  keywords: z.array(z.string().trim().min(1)).default([]),
  /** Keys of content/sources.yaml: where this article's facts come from (shown at its end). */
  sources: z.array(z.string().trim().min(1)).min(1, 'list at least one source key from content/sources.yaml'),
  /** What the sources could not confirm, in the article's language (shown at its end). */
  unconfirmed: z.array(z.string().trim().min(1)).default([]),
  /** Every `##` heading is a question: the page gets FAQPage structured data built from its text. */
  faq: z.boolean().default(false),
  /** This language's version is not written yet: readers see a notice pointing to the others. */
  translationPending: z.boolean().default(false),
  /** A new article as `npm run new` wrote it, its text still to write: it previews, but validate refuses to ship it. */
  pending: z.literal(true).optional(),
});

/** An article's frontmatter after validation and defaults. */
export type ArticleData = z.output<typeof articleSchema>;
