import { expect, test } from '@playwright/test';
import { type RunningHost, startHost } from '../support/host';
import { closeAndStop } from './stop-host';
import { ShellPage } from './pages/shell';
import { WelcomePage } from './pages/welcome';

let host: RunningHost | null = null;

test.afterEach(async ({ context }) => {
  await closeAndStop(context, host);
  host = null;
});

test('the welcome screen offers the demo, which opens a made-up coffee roaster', async ({ page }) => {
  host = await startHost();
  await page.goto(host.url);
  const welcome = new WelcomePage(page);
  await welcome.expectShown();
  await expect(page.getByText(/made-up coffee roaster/)).toBeVisible();
  await welcome.demoButton.click();

  const shell = new ShellPage(page);
  // generating the demo takes a moment (about half a second on a quiet machine)
  await expect(shell.status).toContainText('Nordlys Kafferisteri', { timeout: 30_000 });
  await shell.expectShown('Nordlys Kafferisteri');
  await expect(shell.status).toContainText('Nordlys Kafferisteri (demo).rapport');
  await expect(shell.saveState).toContainText('Saved');
});
