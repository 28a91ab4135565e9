import { expect, test } from './fixtures';

test('the sidebar can be used with the keyboard alone', async ({ page, openWorkspace, shell }) => {
  // --workspace with a path that does not exist yet makes the host create a workspace there.
  const host = await openWorkspace('Keys');
  await page.goto(host.url);
  await shell.expectShown('Keys');
  await expect(shell.navItem('Dashboard')).toHaveAttribute('aria-current', 'page');

  // Tab reaches the sidebar first.
  await page.keyboard.press('Tab');
  await expect(shell.navItem('Dashboard')).toBeFocused();

  // Arrow keys move between items; Enter opens one.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(shell.navItem('Programs')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.navItem('Programs')).toHaveAttribute('aria-current', 'page');
  await expect(shell.navItem('Dashboard')).not.toHaveAttribute('aria-current', 'page');
  await expect(shell.sectionHeading).toHaveText('Programs');
  await expect(page.getByRole('main')).not.toContainText('Not built yet');

  // End jumps to Settings, Space opens it; ArrowDown wraps round to the top.
  await page.keyboard.press('End');
  await expect(shell.navItem('Settings')).toBeFocused();
  await page.keyboard.press(' ');
  await expect(shell.sectionHeading).toHaveText('Settings');
  await shell.navItem('Settings').focus();
  await page.keyboard.press('ArrowDown');
  await expect(shell.navItem('Dashboard')).toBeFocused();

  // Tab walks through every item too.
  await page.keyboard.press('Tab');
  await expect(shell.navItem('Customers')).toBeFocused();
});
