import { expect, test } from './fixtures';
import { CampaignsPage } from './pages/campaigns';
import { CustomerPage, CustomersPage } from './pages/customers';
import { shot } from './screenshot';

test('a three-step thank-you plan for a segment is scheduled under the contact policy, shows on the calendar, and a touch done lands on the customer’s timeline', async ({ page, openDemo, shell }) => {
  test.setTimeout(180_000);
  const host = await openDemo();
  // a stamp card, so the customer page has a standing to show
  const program = await host.rpc('programs.create', { name: 'Coffee card', status: 'active', rules: { type: 'stampCard', rewardAt: 10, reward: { description: 'a free bag of coffee', costMinor: 4_800 } } });
  expect(program.body.ok, JSON.stringify(program.body)).toBe(true);
  await shell.go('Campaigns');
  const campaigns = new CampaignsPage(page);
  await expect(campaigns.plans).toContainText('No plans yet');

  // the plan: for the Champions, a year from today, with a budget
  await campaigns.newPlan({ name: 'Thank you', segments: ['Champions'], budget: '5000' });
  await campaigns.addStep(1, { name: 'Thank-you letter', trigger: 'Days after each purchase', days: '3', channel: 'Letter', template: 'Thank you for a large order', cost: '12' });
  await campaigns.addStep(2, { name: 'Welcome call', trigger: 'Days after the first purchase', days: '30', channel: 'Phone call', template: 'Account review call' });
  await campaigns.addStep(3, { name: 'Anniversary gift', trigger: 'Days before the customer-since anniversary', days: '7', channel: 'Gift', template: 'Gift card note', gift: 'Limited roast, 250 g' });
  // reorder: the call moves up and back down
  await campaigns.editor.getByRole('button', { name: 'Move step 2 up' }).click();
  await expect(campaigns.step(1)).toHaveAccessibleName(/Welcome call/);
  await campaigns.editor.getByRole('button', { name: 'Move step 1 down' }).click();
  await expect(campaigns.step(1)).toHaveAccessibleName(/Thank-you letter/);
  await campaigns.editor.getByRole('radio', { name: 'Active' }).click();
  await campaigns.editor.getByRole('heading', { name: 'Steps' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, '80-campaign-plan-editor');

  // save and schedule: the contact-pressure report
  await campaigns.editor.getByRole('button', { name: 'Save and schedule' }).click();
  await expect(campaigns.report).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: /Planned \d+ touch/ })).toBeVisible();
  const row = campaigns.planRow('Thank you');
  await expect(row).toContainText('Active');
  await expect(row).toContainText(/[1-9][\d,]* planned/);
  await expect(campaigns.report).toContainText('Contact pressure report');
  const reported = campaigns.report.getByTestId('moved-row').or(campaigns.report.getByTestId('dropped-row'));
  if ((await reported.count()) > 0) {
    // searchable by customer
    const first = (await reported.first().getByRole('rowheader').innerText()).trim();
    await campaigns.report.getByRole('searchbox', { name: 'Find a customer in the report' }).fill(first);
    await expect(reported.first().getByRole('rowheader')).toHaveText(first);
    await shot(page, '81-campaign-report');
    // the same report per customer
    await campaigns.report.getByRole('radio', { name: 'By customer' }).click();
    await expect(campaigns.report.getByTestId('report-customer').first()).toContainText(first);
    await shot(page, '81b-campaign-report-by-customer');
    await campaigns.report.getByRole('radio', { name: 'By plan' }).click();
    // a name in the report opens that customer
    await reported.first().getByRole('rowheader').getByRole('button', { name: first }).click();
    await expect(new CustomerPage(page).heading).toHaveText(first);
    await shell.go('Campaigns');
  } else {
    await shot(page, '81-campaign-report');
  }

  // the calendar, month and week, with touches on its days
  await campaigns.tab('Calendar');
  const days = campaigns.calendar.getByTestId('calendar-day');
  await expect(days.first()).toBeVisible();
  expect(await days.count()).toBeGreaterThanOrEqual(28);
  await expect(days.filter({ has: page.locator('.campaigns-day-touches li') }).first()).toBeVisible({ timeout: 15_000 });
  await shot(page, '82-campaign-calendar-month');
  // keyboard: the focused day moves with the arrows, Enter shows it
  await campaigns.calendar.locator('[role="gridcell"][tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(campaigns.calendar.getByTestId('calendar-day-detail')).toBeVisible();
  await campaigns.calendar.getByRole('radio', { name: 'Week' }).click();
  await expect(days).toHaveCount(7);
  await shot(page, '83-campaign-calendar-week');
  await campaigns.calendar.getByRole('button', { name: 'Next week' }).click();
  await campaigns.calendar.getByRole('button', { name: 'Today' }).click();

  // this week: mark one touch done, with undo offered
  await campaigns.tab('This week');
  const due = campaigns.week.getByTestId('due-touch');
  await expect(due.first()).toBeVisible({ timeout: 15_000 });
  await shot(page, '84-campaign-this-week');
  // the letters handed off as a DOCX in one click, with the step's template
  const letters = campaigns.week.locator('[data-channel="letter"]');
  const downloading = page.waitForEvent('download');
  await letters.getByRole('button', { name: /^Write letters \(\d+\)$/ }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: /Wrote \d+ documents?/ })).toBeVisible({ timeout: 30_000 });
  const touch = due.first();
  const customer = (await touch.getByRole('button').first().innerText()).trim();
  const step = (await touch.locator('.rt-Text').last().innerText()).trim();
  await touch.getByRole('button', { name: `Mark ${customer} done` }).click();
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: 'Marked 1 touch done' })).toBeVisible();
  // another is skipped, with a reason (one is asked for)
  const other = due.filter({ hasNot: page.getByRole('button', { name: customer, exact: true }) }).first();
  const otherName = (await other.getByRole('button').first().innerText()).trim();
  await other.getByRole('button', { name: `Skip ${otherName}…` }).click();
  const skip = page.getByRole('dialog', { name: 'Skip a touch' });
  await skip.getByRole('button', { name: 'Skip touch' }).click();
  await expect(skip).toContainText('Say why the touch is skipped.');
  await skip.getByLabel('Reason').fill('Spoke to them in the shop yesterday');
  await skip.getByRole('button', { name: 'Skip touch' }).click();
  await expect(skip).toBeHidden();
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: 'Skipped 1 touch' })).toBeVisible();

  // the contact policy panel
  await campaigns.tab('Contact policy');
  await expect(campaigns.policy.getByLabel('At most, touches per customer in any 30 days')).toHaveValue('2');
  await campaigns.policy.getByRole('button', { name: 'Add quiet period' }).click();
  await campaigns.policy.getByLabel('Name', { exact: true }).fill('Summer holiday');
  await campaigns.policy.getByLabel('From (MM-DD)').fill('07-01');
  await campaigns.policy.getByLabel('To (MM-DD)').fill('07-31');
  await campaigns.policy.getByRole('button', { name: 'Save policy' }).click();
  await expect(campaigns.policy.getByRole('button', { name: 'Reschedule all active plans' })).toBeVisible();
  await shot(page, '85-campaign-policy');
  // Settings links to the same panel
  await shell.go('Settings');
  await expect(page.getByTestId('settings-policy-summary')).toContainText('At most 2 touches per customer in 30 days');
  await page.getByRole('button', { name: 'Edit the contact policy' }).click();
  await expect(campaigns.policy).toBeVisible();
  await expect(campaigns.policy.getByLabel('Name', { exact: true })).toHaveValue('Summer holiday');

  // the customer: the done touch on the timeline, the planned contacts and programs cards
  // (the Customers section reopens the customer last opened from elsewhere, here the one from the report: back to the list)
  await shell.navItem('Customers').click();
  const person = new CustomerPage(page);
  const grid = new CustomersPage(page);
  await expect(person.back.or(grid.heading)).toBeVisible();
  if (await person.back.isVisible()) await person.back.click();
  await grid.searchFor(customer);
  await page.getByRole('main').locator('[role="row"][row-index] [col-id="displayName"]', { hasText: customer }).first().dblclick();
  await expect(person.heading).toHaveText(customer);
  await expect(person.entries.filter({ hasText: `Thank you: ${step.split(' · ')[1] ?? ''}` }).first()).toBeVisible();
  const planned = page.getByTestId('customer-planned');
  await expect(planned).toContainText('Done');
  await expect(page.getByTestId('customer-programs')).toContainText('Coffee card');
  await expect(page.getByTestId('customer-programs')).toContainText(/stamps? on the card/);
  await planned.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, '86-customer-planned-contacts');
  await person.timeline.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, '87-customer-timeline-touch-done');

  // a plan deleted comes back with Undo
  await shell.go('Campaigns');
  await campaigns.planRow('Thank you').getByRole('button', { name: 'Delete: Thank you' }).click();
  await expect(campaigns.plans).toContainText('No plans yet');
  await page.locator('[data-sonner-toast]').filter({ hasText: 'Deleted “Thank you”' }).getByRole('button', { name: 'Undo' }).click();
  await expect(campaigns.planRow('Thank you')).toBeVisible();
});
