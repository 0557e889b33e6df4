import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';

/** Every article in every language; its id is `<lang>/<path>` (e.g. `sv/recover/email`). CONTENT_DIR points the build at another tree (benchmarks, tests). */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.CONTENT_DIR ?? './content' }),
  schema: articleSchema,
});

export const collections = { articles };
