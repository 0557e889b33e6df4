import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { phrasesSchema } from './schemas/phrases.ts';

const base = process.env.CONTENT_DIR ?? './content';

/** Every article in every language; its id is `<lang>/<path>` (e.g. `sv/recover/email`). CONTENT_DIR points the build at another tree (benchmarks, tests). */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base }),
  schema: articleSchema,
});

/** Readers' own descriptions of their situation, one file per language (id `en`, `ru`, `sv`): article path → phrases. */
const phrases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${base}/phrases` }),
  schema: phrasesSchema,
});

export const collections = { articles, phrases };
