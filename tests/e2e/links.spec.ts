// Every link and #fragment of the built site lands: pages, wizard steps, home tiles, interface strings,
// canonical and language links. linkinator reads the served HTML, so an id changed by typesetting fails here.
import { expect, test } from '@playwright/test';
import { checkBuiltLinks, formatBroken } from '../../scripts/lib/link-check.ts';
import { builtPages } from './site.ts';

test('no link or fragment on the built site points nowhere, and none leaves the site', async () => {
  const { checked, broken } = await checkBuiltLinks({ dist: 'dist', site: process.env.SITE_URL ?? 'http://localhost:4321' });
  expect(broken.map(formatBroken)).toEqual([]);
  // Each page links to several others and to its language versions: far fewer checked links means the crawl broke.
  expect(checked).toBeGreaterThan(builtPages().length * 2);
});
