import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './tests/browser.ts';

const port = Number(process.env.TEST_PORT ?? 4399);
const headersPort = port - 2;

// Runs against the built site (npm run build) as readers get it: served by `astro preview` for the whole
// suite, and by a static server applying dist/_headers (as Netlify or Cloudflare Pages would) for the checks
// a header policy could break.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Playwright's default (half the cores) is a single worker on a 2-core machine; two keep a local `npm test` as
  // fast as CI's, and larger machines still get half their cores.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  timeout: 60_000,
  use: {
    launchOptions: browserLaunchOptions(),
    trace: 'off',
  },
  projects: [
    { name: 'preview', testIgnore: /headers-server\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'headers', testMatch: /headers-server\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${headersPort}` } },
  ],
  webServer: [
    {
      command: `astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-headers.ts ${headersPort}`,
      url: `http://127.0.0.1:${headersPort}/en/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
