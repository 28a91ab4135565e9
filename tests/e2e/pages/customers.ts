import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningHost } from '../../support/host';

const FIRST = ['Anna', 'Bo', 'Camilla', 'David', 'Eva', 'Frederik', 'Gustav', 'Hana', 'Ivan', 'Jana', 'Karel', 'Lars', 'Marta', 'Nils', 'Ola', 'Petra', 'Rasmus', 'Sofie', 'Tomaž', 'Ursula'];
const LAST = ['Andersen', 'Berg', 'Dvořák', 'Hansen', 'Horvat', 'Jensen', 'Kovač', 'Larsen', 'Novák', 'Olsen', 'Řehoř', 'Smith', 'Svoboda', 'Taylor', 'Zupan'];
const PLACES: [string, string][] = [
  ['Aarhus', 'DK'],
  ['Bergen', 'NO'],
  ['Brno', 'CZ'],
  ['Copenhagen', 'DK'],
  ['Ljubljana', 'SI'],
  ['London', 'GB'],
  ['Oslo', 'NO'],
  ['Prague', 'CZ'],
];

/** The n-th seeded customer (20 first × 15 last names: the first 300 are unique), with places, tags, some do-not-contact. */
export function seededCustomer(i: number) {
  const firstName = FIRST[i % FIRST.length]!;
  const lastName = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const [city, country] = PLACES[i % PLACES.length]!;
  return {
    firstName,
    lastName,
    company: i % 4 === 0 ? `${lastName} & Co` : '',
    email: `${firstName.normalize('NFD').replace(/[\u0300-\u036f]/g, '')}.${i}@example.com`.toLowerCase(),
    phone: `+45 20 ${String(100000 + i).slice(-6)}`,
    city,
    country,
    tags: i % 5 === 0 ? ['vip'] : i % 7 === 0 ? ['wholesale', 'trade-fair'] : [],
    doNotContact: i % 23 === 0,
  };
}

/** Creates `count` customers through the RPC, a few calls at a time. */
export async function seedCustomers(host: RunningHost, count: number): Promise<void> {
  for (let start = 0; start < count; start += 25) {
    const batch = Array.from({ length: Math.min(25, count - start) }, (_, k) => host.rpc('customers.create', { customer: seededCustomer(start + k) }));
    for (const { body } of await Promise.all(batch)) expect(body.ok, JSON.stringify(body)).toBe(true);
  }
}

/** The Customers screen: the grid, its toolbar, the selection actions and the Add customer dialog. */
export class CustomersPage {
  readonly heading: Locator;
  readonly total: Locator;
  readonly search: Locator;
  readonly matching: Locator;
  readonly grid: Locator;
  readonly addButton: Locator;
  readonly columnsButton: Locator;
  readonly selection: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Customers' });
    this.total = page.getByTestId('customers-total');
    this.search = main.getByRole('searchbox', { name: 'Search customers' });
    this.matching = page.getByTestId('customers-matching');
    this.grid = main.getByRole('treegrid').or(main.getByRole('grid'));
    this.addButton = main.getByRole('button', { name: 'Add customer' }).first();
    this.columnsButton = main.getByRole('button', { name: 'Columns' });
    this.selection = main.getByRole('group', { name: 'Selected customers' });
    this.emptyState = main.getByRole('heading', { name: 'No customers yet' });
  }

  /** Cells of one column, in display order (only rendered rows). */
  cells(colId: string): Locator {
    // rows of data only (they carry row-index): the filter row under the headings has grid cells too
    return this.grid.locator(`[role="row"][row-index] [role="gridcell"][col-id="${colId}"]`);
  }

  /** The rendered names, top to bottom. */
  async names(): Promise<string[]> {
    await expect(this.cells('displayName').first()).not.toBeEmpty();
    const rows = await this.grid.locator('[role="row"][row-index]').evaluateAll((els) =>
      els
        .map((el) => ({
          index: Number(el.getAttribute('row-index')),
          name: el.querySelector('[col-id="displayName"]')?.textContent ?? '',
        }))
        .filter((r) => r.name !== '')
        .sort((a, b) => a.index - b.index),
    );
    return [...new Map(rows.map((r) => [r.index, r.name])).values()];
  }

  row(name: string): Locator {
    return this.grid.locator('[role="row"]').filter({ has: this.page.locator('[col-id="displayName"]', { hasText: new RegExp(`^${escape(name)}$`) }) });
  }

  cell(name: string, colId: string): Locator {
    return this.row(name).locator(`[col-id="${colId}"]`);
  }

  header(name: string): Locator {
    return this.grid.getByRole('columnheader', { name, exact: true });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async select(name: string): Promise<void> {
    await this.row(name).getByRole('checkbox').check();
  }

  async deselect(name: string): Promise<void> {
    await this.row(name).getByRole('checkbox').uncheck();
  }

  async open(name: string): Promise<void> {
    await this.cell(name, 'displayName').dblclick();
  }

  /** Edits one cell in place: F2, the new text, Enter. */
  async editCell(name: string, colId: string, value: string): Promise<void> {
    const cell = this.cell(name, colId);
    await cell.click();
    await cell.press('F2');
    const editor = cell.locator('input');
    await editor.fill(value);
    await editor.press('Enter');
  }

  bulkButton(name: string | RegExp): Locator {
    return this.selection.getByRole('button', { name });
  }

  /** The text box under a column's heading that filters it ("contains"). */
  columnFilter(colId: string): Locator {
    return this.grid.locator(`.ag-floating-filter[col-id="${colId}"] input, [role="gridcell"][aria-colindex] .ag-floating-filter-input input`).and(
      this.grid.locator(`[col-id="${colId}"] input`),
    );
  }

  /** The toolbar above the grid (search, selection actions, Columns, Export). */
  get toolbar(): Locator {
    return this.page.locator('.customers-toolbar');
  }

  /** Our own "nothing matches" message over the grid. */
  get noMatch(): Locator {
    return this.page.locator('.customers-no-match');
  }

  /** Words anywhere on the page: a message that pops up (saved, deleted, restored), the empty state's text. */
  message(text: string, options?: { exact?: boolean }): Locator {
    return this.page.getByText(text, options);
  }

  /** The "Add customer" button of the empty state (the toolbar has one too). */
  get emptyStateAddButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: 'Add customer' }).last();
  }

  /** An entry of a menu the toolbar opened (Tags and consent). */
  menuItem(name: string): Locator {
    return this.page.getByRole('menuitem', { name });
  }

  /** A column's check box in the Columns menu. */
  columnChoice(name: string): Locator {
    return this.page.getByRole('menuitemcheckbox', { name });
  }

  /** The text box under a column's heading, by the heading's name (ag-grid labels it "<name> Filter Input"). */
  filterInput(name: string): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`${escape(name)} Filter Input`, 'i') });
  }

  /** Undo in the message after a delete. */
  get undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo' });
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export CSV…' });
  }

  /** The export dialog's choice of separator. */
  exportDelimiter(name: RegExp): Locator {
    return this.page.getByRole('radio', { name });
  }

  get exportConfirm(): Locator {
    return this.page.getByRole('button', { name: 'Export', exact: true });
  }
}

/** One customer's page. */
export class CustomerPage {
  readonly heading: Locator;
  readonly back: Locator;
  readonly form: Locator;
  readonly save: Locator;
  readonly discard: Locator;
  readonly facts: Locator;
  readonly consents: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.back = main.getByRole('button', { name: 'All customers' });
    this.form = main.getByRole('region', { name: 'Profile' });
    this.save = this.form.getByRole('button', { name: 'Save changes' });
    this.discard = this.form.getByRole('button', { name: 'Discard changes' });
    this.facts = main.getByRole('region', { name: 'At a glance' });
    this.consents = main.getByRole('region', { name: 'Consent' });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  get timeline(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Timeline' });
  }

  get relations(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Relationships' });
  }

  get privacy(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Privacy' });
  }

  /** The timeline's entries, newest first. */
  get entries(): Locator {
    return this.timeline.getByRole('listitem');
  }

  /** One derived fact's value ("Purchases", "Total spent", …). */
  fact(label: string): Locator {
    return this.facts.locator('.rt-DataListItem').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${escape(label)}$`) }) }).locator('dd');
  }

  /** Opens the timeline's Add menu and the dialog for one kind ("Purchase", "Contact", "Feedback"). */
  async addEntry(kind: 'Purchase' | 'Contact' | 'Feedback'): Promise<TimelineEntryDialog> {
    await this.timeline.getByRole('button', { name: 'Add to the timeline' }).click();
    await this.page.getByRole('menuitem', { name: kind }).click();
    const dialog = new TimelineEntryDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** Picks a customer in one of the relationship pickers ("Referred by", "Successor") by typing part of a name. */
  async pick(picker: 'Referred by' | 'Successor', search: string, name: string): Promise<void> {
    await this.relations.getByRole('button', { name: new RegExp(`^(Choose…|Change) \\(${picker}\\)$`) }).click();
    const box = this.page.getByRole('dialog', { name: picker }).getByRole('searchbox', { name: 'Search customers' });
    await box.fill(search);
    await this.page.getByRole('listbox', { name: picker }).getByRole('option').filter({ hasText: name }).first().getByRole('button').click();
  }
}

/** The dialog that adds or edits one timeline entry. */
export class TimelineEntryDialog {
  readonly root: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog');
    this.save = this.root.getByRole('button', { name: 'Save' });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** Chooses an option of one of the dialog's selects (Channel, Department). */
  async choose(label: string, option: string): Promise<void> {
    await this.root.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}

/** The Find duplicates dialog and its merge view. */
export class DuplicatesDialog {
  readonly root: Locator;
  readonly openButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog');
    this.openButton = page.getByRole('main').getByRole('button', { name: 'Find duplicates' });
  }

  get groups(): Locator {
    return this.root.getByRole('list', { name: 'Possible duplicates' }).getByRole('listitem');
  }

  /** The radio that keeps `value` for the field labelled `field` in the merge view. */
  choice(field: string, value: string): Locator {
    return this.root.getByRole('radio', { name: new RegExp(`^${escape(field)}: ${escape(value)} \\(`) });
  }
}

/** The Add customer dialog. */
export class AddCustomerDialog {
  readonly root: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Add customer' });
    this.submit = this.root.getByRole('button', { name: 'Add customer' });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  kind(name: string): Locator {
    return this.root.getByRole('radio', { name });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
