import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './tests/browser.ts';

const port = Number(process.env.TEST_PORT ?? 4399);

// Runs against the built site (npm run build) served by `astro preview`, as readers get it.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['./tests/summary-reporter.ts']] : [['list'], ['./tests/summary-reporter.ts']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: browserLaunchOptions(),
    trace: 'off',
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
