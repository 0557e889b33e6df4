// Every link of the built site, fragments included, checked by linkinator (Google's link checker, kept
// up to date and able to validate #fragments against the served HTML) over a static server of dist/.
import { createServer } from 'node:net';
import { LinkChecker, LinkState } from 'linkinator';

/** A link that leads nowhere: its target, the page it is on, and why. */
export interface BrokenLink {
  url: string;
  page: string;
  why: string;
}

/** What to check: the built folder and the public address the pages were built with. */
export interface LinkCheckOptions {
  dist: string;
  /** The `site` the build used (SITE_URL): canonical and hreflang links point there and are checked against dist. */
  site: string;
  /** Where linkinator serves dist; a free port when left out. */
  port?: number;
}

/** A port nothing listens on now, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Checks every page of `dist` and the links on it; returns the broken ones and how many links were checked. */
export async function checkBuiltLinks({ dist, site, port: wanted }: LinkCheckOptions): Promise<{ checked: number; broken: BrokenLink[] }> {
  const port = wanted ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const siteOrigin = new URL(site).origin;
  const local = (url: string) => url.startsWith(origin) || url.startsWith(siteOrigin);
  const result = await new LinkChecker().check({
    serverRoot: dist,
    path: ['**/*.html'],
    port,
    recurse: true,
    checkFragments: true,
    concurrency: 16,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: origin }],
    // The site makes no request to other sites, so it has no business linking to them either: report, never fetch.
    linksToSkip: async (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) && !local(url),
  });
  // Pages are served as …/index.html; readers know them by their folder address.
  const path = (url: string) => `/${url.replace(origin, '').replace(/^\/+/, '').replace(/(^|\/)index\.html(?=#|$)/, '$1')}`;
  const page = (parent: string | undefined) => path(parent ?? '');
  const broken: BrokenLink[] = [];
  for (const link of result.links) {
    if (link.state === LinkState.BROKEN) {
      const fragment = link.failureDetails?.find((d) => d instanceof Error && /fragment/i.test(d.message)) as Error | undefined;
      broken.push({ url: path(link.url), page: page(link.parent), why: fragment ? 'no element with that id' : `HTTP ${link.status ?? 'error'}` });
    } else if (link.state === LinkState.SKIPPED && /^https?:/i.test(link.url)) {
      broken.push({ url: link.url, page: page(link.parent), why: 'a link to another site' });
    }
  }
  return { checked: result.links.filter((l) => l.state === LinkState.OK).length, broken };
}

/** One broken link as a line to read: the page, the target, and why. */
export function formatBroken(link: BrokenLink): string {
  return `${link.page} → ${link.url} (${link.why})`;
}
