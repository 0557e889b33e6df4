import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { locales, type Locale } from '../../src/i18n/locales.ts';

/** Every HTML page of the built site, as the URL path a reader would open. */
export function builtPages(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name === '404.html' && dir === dist) {
        out.push('/404.html');
      } else if (entry.name === 'index.html') {
        const path = relative(dist, dir).split(sep).join('/');
        out.push(path ? `/${path}/` : '/');
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** The language a page must declare: its path prefix, or English for the root and the 404 page. */
export function expectedLang(path: string): Locale {
  const first = path.split('/')[1];
  return (locales as readonly string[]).includes(first ?? '') ? (first as Locale) : 'en';
}

/** Collects console errors, page errors and requests that leave the site's origin. */
export function watch(page: Page, origin: string): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
  });
  return { errors, foreign };
}
