import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningHost, startHost } from '../support/host';
import { closeAndStop } from './stop-host';
import { CapturePage } from './pages/capture';
import { ShellPage } from './pages/shell';

let host: RunningHost | null = null;

test.afterEach(async ({ context }) => {
  await closeAndStop(context, host);
  host = null;
});

test('capture leads at a fair: Enter saves and clears, the counter counts, a known visitor is flagged', async ({ page }) => {
  host = await startHost({ workspace: join(mkdtempSync(join(tmpdir(), 'rapport-capture-')), 'Fair.rapport') });
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

test('a lead without a name, company or email is not saved, and says why', async ({ page }) => {
  host = await startHost({ workspace: join(mkdtempSync(join(tmpdir(), 'rapport-capture-')), 'Fair.rapport') });
  await page.goto(host.url);
  const capture = new CapturePage(page);
  await capture.open();
  await capture.event.fill('Fair');
  await capture.field('Phone').fill('12345678');
  await capture.field('Phone').press('Enter');
  await expect(page.getByRole('alert')).toContainText('at least a name');
  expect((await host.rpc('customers.list')).body.value.total).toBe(0);
});
