// Checks every link and #fragment of the built site (dist/), as readers would follow them.
// Usage: npm run links   (after npm run build; exit 1 on any broken link)
import { existsSync } from 'node:fs';
import { checkBuiltLinks, formatBroken } from './lib/link-check.ts';

const dist = 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error('links: no built site in dist/. Run npm run build first.');
  process.exit(2);
}
const started = performance.now();
const { checked, broken } = await checkBuiltLinks({ dist, site: process.env.SITE_URL ?? 'http://localhost:4321' });
for (const link of broken) console.log(formatBroken(link));
console.log(`links: ${checked} links checked in ${Math.round(performance.now() - started)} ms — ${broken.length} broken.`);
process.exit(broken.length ? 1 : 0);
