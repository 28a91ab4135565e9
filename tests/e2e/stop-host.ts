import type { BrowserContext } from '@playwright/test';
import type { RunningHost } from '../support/host';

/**
 * Closes the browser context first, then stops the host gracefully (final snapshot, lock released).
 * The host closes connections a browser keeps open (tests/host/shutdown.test.ts proves it); if it still does
 * not exit within `graceMs`, it is killed and a warning printed, so one stuck host cannot stall the run.
 */
export async function closeAndStop(context: BrowserContext, host: RunningHost | null, graceMs = 15_000): Promise<void> {
  await context.close();
  if (!host) return;
  const stopped = await Promise.race([host.stop().then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), graceMs))]);
  if (!stopped) {
    console.warn(`host on port ${host.port} did not stop within ${graceMs} ms after SIGTERM; killed it`);
    await host.kill();
  }
}
