import { expect, test } from './fixtures';

test('the welcome screen offers the demo, which opens a made-up coffee roaster', async ({ page, startHost, welcome, shell }) => {
  const host = await startHost();
  await page.goto(host.url);
  await welcome.expectShown();
  await expect(page.getByText(/made-up coffee roaster/)).toBeVisible();
  await welcome.demoButton.click();

  // generating the demo takes a moment (about half a second on a quiet machine)
  await expect(shell.status).toContainText('Nordlys Kafferisteri', { timeout: 30_000 });
  await shell.expectShown('Nordlys Kafferisteri');
  await expect(shell.status).toContainText('Nordlys Kafferisteri (demo).rapport');
  await expect(shell.saveState).toContainText('Saved');
});
