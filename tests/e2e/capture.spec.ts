import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { CapturePage } from './pages/capture';
import { ShellPage } from './pages/shell';

test('capture leads at a fair: Enter saves and clears, the counter counts, a known visitor is flagged', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Fair');
  await host.rpc('customers.create', { customer: { firstName: 'Mette', lastName: 'Kjær', email: 'mette@kaffebar.dk' } });
  await page.goto(host.url);
  await new ShellPage(page).expectShown('Fair');
  const capture = new CapturePage(page);
  await capture.open();

  // the event comes first; without it Enter explains what is missing
  await expect(capture.event).toBeFocused();
  await capture.event.fill('Copenhagen Coffee Festival');
  await capture.field('First name').fill('Jonas');
  await capture.field('Last name').fill('Berg');
  await capture.field('Company').fill('Café Vest');
  await capture.field('Email').fill('jonas@cafevest.dk');
  await capture.field('Interested in').fill('Filter beans');
  await capture.consent.check();
  await capture.field('Email').press('Enter');

  // saved: the form is empty again, focus is back on the first field, the counter says 1
  await expect(capture.field('First name')).toHaveValue('');
  await expect(capture.field('First name')).toBeFocused();
  await expect(capture.consent).not.toBeChecked();
  await expect(capture.counter).toHaveText('1 captured today');

  // a second visitor who is already known is flagged while typing
  await capture.field('Email').fill('Mette@Kaffebar.dk');
  await expect(capture.duplicate).toContainText('Mette Kjær');
  await expect(capture.duplicate).toContainText('email address');

  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/20-capture.png' });

  // Esc leaves the capture screen
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

  // the lead is an ordinary customer with the event as source and consent on record
  const { body } = await host.rpc('customers.list', { search: 'jonas' });
  expect(body.value.total).toBe(1);
  const lead = (await host.rpc('customers.get', { id: body.value.rows[0].id })).body.value;
  expect(lead).toMatchObject({ source: 'Copenhagen Coffee Festival', company: 'Café Vest', notes: 'Interest: Filter beans' });
  expect(lead.consents.email).toMatchObject({ status: 'granted' });
});

test('a lead without a name, company or email is not saved, and says why', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Fair');
  await page.goto(host.url);
  const capture = new CapturePage(page);
  await capture.open();
  await capture.event.fill('Fair');
  await capture.field('Phone').fill('12345678');
  await capture.field('Phone').press('Enter');
  await expect(page.getByRole('alert')).toContainText('at least a name');
  expect((await host.rpc('customers.list')).body.value.total).toBe(0);
});

test('leads typed at 40 ms a key with Enter between are saved exactly: no keystroke is lost', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Fair');
  await page.goto(host.url);
  const capture = new CapturePage(page);
  await capture.open();
  await capture.event.fill('Besøg 2026');
  await capture.field('First name').focus();
  const leads = [
    ['Besøg1', 'Ågård'],
    ['Besøg2', 'Ødegaard'],
    ['Esben', 'Æble'],
    ['Besøg4', 'Hansen'],
  ];
  for (const [first, last] of leads) {
    await page.keyboard.type(first!, { delay: 40 });
    await page.keyboard.press('Tab');
    await page.keyboard.type(last!, { delay: 40 });
    await page.keyboard.press('Enter');
  }
  await expect(capture.counter).toHaveText('4 captured today');
  const { body } = await host.rpc('customers.list', { limit: 10 });
  const saved = body.value.rows.map((row: { firstName: string; lastName: string }) => `${row.firstName} ${row.lastName}`).sort();
  expect(saved).toEqual(leads.map(([first, last]) => `${first} ${last}`).sort());
  await expect(capture.field('First name')).toHaveValue('');
});

test('a visitor known by email updates that customer by default; "save as new" makes a second one', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Fair');
  const known = (await host.rpc('customers.create', { customer: { firstName: 'Mette', lastName: 'Kjær', email: 'mette@kaffebar.dk' } })).body.value;
  await page.goto(host.url);
  const capture = new CapturePage(page);
  await capture.open();
  await capture.event.fill('Coffee Fair');
  await capture.field('First name').fill('Mette');
  await capture.field('Email').fill('Mette@Kaffebar.dk');
  await capture.field('Phone').fill('22 33 44 55');
  await expect(capture.duplicate).toContainText('Mette Kjær');
  await expect(capture.updateKnown).toBeChecked();
  await capture.field('Phone').press('Enter');
  await expect(page.getByText('Updated: Mette Kjær')).toBeVisible();
  await expect(capture.duplicate).toBeHidden();
  let list = (await host.rpc('customers.list', {})).body.value;
  expect(list.total).toBe(1);
  expect((await host.rpc('customers.get', { id: known.id })).body.value.phone).toBe('22 33 44 55');

  // the same visitor again, this time on purpose as a new customer
  await capture.field('First name').fill('Mette');
  await capture.field('Email').fill('mette@kaffebar.dk');
  await expect(capture.updateKnown).toBeChecked();
  await capture.saveAsNew.check();
  await capture.field('Email').press('Enter');
  await expect(page.getByText('Saved: Mette')).toBeVisible();
  list = (await host.rpc('customers.list', {})).body.value;
  expect(list.total).toBe(2);
  await expect(capture.counter).toHaveText('2 captured today');
});

test("email and phone are checked by the app's own rules, and a message goes away once it no longer applies", async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Fair');
  await page.goto(host.url);
  const capture = new CapturePage(page);
  await capture.open();
  await expect(capture.form).toHaveAttribute('novalidate', '');
  await capture.event.fill('Fair');
  await capture.field('First name').fill('Ingrid');
  await capture.field('Email').fill('ingrid@kafefjord');
  await capture.field('Phone').fill('abc-not-a-phone');
  await capture.field('Phone').press('Enter');
  await expect(capture.message('Email')).toHaveText('That is not an email address.');
  await expect(capture.message('Phone')).toContainText('That is not a phone number');
  // nothing saved, nothing lost: the lead is still in the form
  await expect(capture.field('First name')).toHaveValue('Ingrid');
  expect((await host.rpc('customers.list')).body.value.total).toBe(0);

  await capture.field('Email').fill('ingrid@kafefjord.no');
  await expect(capture.message('Email')).toBeHidden();
  // a number written like one but not a real one is a warning, and kept as typed
  await capture.field('Phone').fill('12 34');
  await expect(capture.message('Phone')).toContainText('does not look like a complete phone number');
  await capture.field('Phone').press('Enter');
  await expect(capture.field('First name')).toHaveValue('');
  await expect(capture.counter).toHaveText('1 captured today');
  const row = (await host.rpc('customers.list')).body.value.rows[0];
  expect(row).toMatchObject({ firstName: 'Ingrid', email: 'ingrid@kafefjord.no', phone: '12 34' });
});
