// The built-site link check on a small site with one link of each kind: it must name the missing page,
// the missing fragment, the typeset-heading id that a link no longer matches, and the link to another site.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkBuiltLinks, formatBroken } from '../../scripts/lib/link-check.ts';

const dist = mkdtempSync(join(tmpdir(), 'links-'));
after(() => rmSync(dist, { recursive: true, force: true }));
const page = (path: string, body: string) => {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title><link rel="canonical" href="https://help.example.org/${path}${path ? '/' : ''}"></head><body>${body}</body></html>`);
};
page('', '<a href="/en/email/#lost-inbox">fine</a> <a href="/en/email/#you-cannot-open-the-inbox">typeset id</a> <a href="/en/gone/">gone</a> <a href="#nowhere">same page</a> <a href="#top">top, which HTML always has</a> <a href="https://%E2%80%9D">autolinked quote</a>');
page('en/email', '<h2 id="lost-inbox">Lost inbox</h2><h2 id="you-cannot-open-theinbox">You cannot open the inbox</h2><a href="/">home</a>');

test('an injected broken page, fragment and foreign link are each named, and sound links pass', async () => {
  const { checked, broken } = await checkBuiltLinks({ dist, site: 'https://help.example.org' });
  const lines = broken.map(formatBroken).sort();
  assert.deepEqual(lines, [
    '/ → /#nowhere (no element with that id)',
    '/ → /en/email/#you-cannot-open-the-inbox (no element with that id)',
    '/ → /en/gone/ (HTTP 404)',
    '/ → https://xn--ivg/ (a link to another site)',
  ]);
  assert.ok(checked >= 3, `the sound links and the canonical addresses were checked (${checked})`);
});
