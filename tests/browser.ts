import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium, where the machine has it; Playwright's own browser elsewhere. */
export const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Launch options that keep the browser off the network and use the system Chromium when present. */
export function browserLaunchOptions(): LaunchOptions {
  return {
    ...(systemChromium ? { executablePath: systemChromium } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  };
}
