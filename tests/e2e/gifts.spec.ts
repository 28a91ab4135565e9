import { expect, test } from './fixtures';
import { CustomerPage, CustomersPage } from './pages/customers';
import { CustomerGiftsCard, GiftsTabPage } from './pages/gifts';
import { ShellPage } from './pages/shell';
import { shot } from './screenshot';

test('a gift added to the catalogue is given on a customer page, shows on the timeline, and the give can be undone', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Nordlys');
  await host.rpc('customers.create', { customer: { firstName: 'Jana', lastName: 'Nováková', city: 'Brno', country: 'CZ' } });
  await page.goto(host.url);
  const shell = new ShellPage(page);
  await shell.go('Templates & gifts');
  await page.getByRole('tab', { name: 'Gifts' }).click();
  const catalogue = new GiftsTabPage(page);
  await expect(catalogue.root).toContainText('No gifts yet');
  await shot(page, '60-gifts-empty');
  await catalogue.add({ name: 'Chocolate box', cost: '149,50', supplier: 'Sweet Co', occasions: ['Large order'] });
  await expect(catalogue.row('Chocolate box')).toContainText('Sweet Co');
  await expect(catalogue.row('Chocolate box')).toContainText('Large order');
  await shot(page, '61-gifts-catalogue');

  await shell.go('Customers');
  await new CustomersPage(page).open('Jana Nováková');
  const jana = new CustomerPage(page);
  const gifts = new CustomerGiftsCard(page);
  await expect(gifts.root).toContainText('No gifts given yet.');
  const dialog = await gifts.give('Chocolate box', 'Large order');
  // the cost starts at the gift's unit cost
  await expect(dialog.getByLabel(/Cost/)).toHaveValue(/149[.,]50/);
  await shot(page, '62-give-gift');
  await dialog.getByRole('button', { name: 'Give gift' }).click();
  await expect(dialog).toBeHidden();
  await expect(gifts.root).toContainText('Chocolate box');
  await expect(gifts.root).toContainText('Large order');
  await expect(jana.entries.filter({ hasText: 'Chocolate box' })).toHaveCount(1);
  await shot(page, '63-gift-given');

  // a second give warns that it was given already
  const again = await gifts.give('Chocolate box', 'Other');
  await expect(again.getByRole('radio', { name: 'Chocolate box' })).toContainText('Already given on');
  await again.getByRole('button', { name: 'Cancel' }).click();

  await page.locator('[data-sonner-toast]').filter({ hasText: 'Logged Chocolate box' }).getByRole('button', { name: 'Undo' }).click();
  await expect(gifts.root).toContainText('No gifts given yet.');
  await expect(jana.entries.filter({ hasText: 'Chocolate box' })).toHaveCount(0);
});
