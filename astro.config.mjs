// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { satteri } from '@astrojs/markdown-satteri';
import { typesetPlugin } from './src/typography/hast-typeset.ts';
import { headingIdsPlugin } from './src/typography/hast-heading-ids.ts';
import { jsClassScript } from './src/scripts/js-class.ts';
import { contentCheck } from './scripts/lib/dev-check-plugin.ts';

// The public address is set at deploy time (SITE_URL); locally the site is served where `npm start` puts it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// Another content tree (tests, benchmarks) gets its own cache, so it never mixes with the real one.
const alt = process.env.CONTENT_DIR;
const cacheDir = alt ? `./node_modules/.astro-alt/${createHash('sha256').update(alt).digest('hex').slice(0, 12)}` : undefined;

export default defineConfig({
  site,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Four pages at a time: one page's files are written while the next renders (a tenth of the page phase was
  // spent waiting on the disk with one at a time).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Typography (quotes, dashes, non-breaking spaces) is typograf's, per language, so SmartyPants' English quotes are off.
  // Heading ids come first, from the text as written, so links match them after typesetting.
  markdown: { processor: satteri({ hastPlugins: [headingIdsPlugin, typesetPlugin], features: { smartPunctuation: false } }) },
  // The sitemap leaves out the 404 page and the editors' status pages. In `astro dev`, saving a content file
  // shows what `npm run validate` finds in it, in the terminal and the error overlay.
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(404|[a-z]{2}\/editors)\/?$/.test(page) }), contentCheck()],
  devToolbar: { enabled: false },
  // Hashes for every inline style and script; nothing from another origin; pagefind's WebAssembly needs wasm-unsafe-eval.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // The inline script sits before the meta policy, so only a header policy would check it: hash it for that.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [`sha256-${createHash('sha256').update(jsClassScript).digest('base64')}`] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
});
