import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { type RunningHost, startHost } from '../support/host';
import { CustomersPage, seedCustomers } from './pages/customers';
import { ShellPage } from './pages/shell';
import { WelcomePage } from './pages/welcome';
import { closeAndStop } from './stop-host';

export type HostOptions = NonNullable<Parameters<typeof startHost>[0]>;

/**
 * What every e2e spec sets up the same way: a temp folder, browser hosts that are stopped after the test (the
 * browser context first, then a graceful stop; see stop-host.ts), and the page objects on the test's page.
 */
export interface HostFixtures {
  /** A new temp folder for this test's files. */
  tempDir: string;
  /** Starts a browser host; every host started is stopped when the test ends, however it ends. */
  startHost: (options?: HostOptions) => Promise<RunningHost>;
  /**
   * A host on a new workspace `<tempDir>/<name>.rapport` (the host creates it at start), with `seed` made-up
   * customers added over the RPC. The page is not navigated yet: a test may add more first.
   */
  openWorkspace: (name: string, options?: { seed?: number } & Omit<HostOptions, 'workspace'>) => Promise<RunningHost>;
  /** A host with nothing open, the page on its welcome screen, and the demo opened from there (generated first). */
  openDemo: () => Promise<RunningHost>;
  shell: ShellPage;
  welcome: WelcomePage;
  customers: CustomersPage;
}

export const test = base.extend<HostFixtures>({
  tempDir: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'rapport-e2e-')));
  },
  startHost: async ({ context }, use) => {
    const started: RunningHost[] = [];
    await use(async (options) => {
      const host = await startHost(options);
      started.push(host);
      return host;
    });
    // a test that stopped a host itself leaves nothing to do here: stop and close are idempotent
    for (const host of started.reverse()) await closeAndStop(context, host);
  },
  openWorkspace: async ({ startHost, tempDir }, use) => {
    await use(async (name, { seed = 0, ...options } = {}) => {
      const host = await startHost({ ...options, workspace: join(tempDir, `${name}.rapport`) });
      if (seed > 0) await seedCustomers(host, seed);
      return host;
    });
  },
  openDemo: async ({ startHost, page, shell, welcome }, use) => {
    await use(async () => {
      const host = await startHost();
      await page.goto(host.url);
      await welcome.demoButton.click();
      // generating the demo takes a moment, longer while other tests share the machine
      await expect(shell.nav).toBeVisible({ timeout: 30_000 });
      await shell.expectShown('Nordlys Kafferisteri');
      return host;
    });
  },
  shell: async ({ page }, use) => {
    await use(new ShellPage(page));
  },
  welcome: async ({ page }, use) => {
    await use(new WelcomePage(page));
  },
  customers: async ({ page }, use) => {
    await use(new CustomersPage(page));
  },
});

export { expect };
