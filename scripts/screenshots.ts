// Takes screenshots of pages of the built, served site (npm start), for a person to look at.
// Usage: node scripts/screenshots.ts [--dark] [--width 360] [--first-screen] /en/ /sv/recover/email/ …   → screenshots/*.png
// --first-screen keeps only what shows before scrolling (800 px tall), as a reader first sees it.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '../tests/browser.ts';

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const firstScreen = args.includes('--first-screen');
const widthArg = args.indexOf('--width');
const widths = widthArg >= 0 ? [Number(args[widthArg + 1])] : [360, 1280];
const paths = args.filter((arg, i) => arg.startsWith('/') && args[i - 1] !== '--width');
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(browserLaunchOptions());
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: dark ? 'dark' : 'light' });
  for (const path of paths) {
    await page.goto(base + path);
    const file = `screenshots/${path.replace(/\W+/g, '_')}${width}${dark ? '_dark' : ''}.png`;
    await page.screenshot({ path: file, fullPage: !firstScreen });
    console.log(file);
  }
  await page.close();
}
await browser.close();
