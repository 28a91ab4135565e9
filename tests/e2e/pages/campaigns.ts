import { expect, type Locator, type Page } from '@playwright/test';

export interface StepSpec {
  name: string;
  trigger: string;
  days?: string;
  channel: string;
  template?: string;
  gift?: string;
  cost?: string;
}

/** The Campaigns section: its tabs, the plans table, the New plan dialog, the plan editor and its steps. */
export class CampaignsPage {
  readonly root: Locator;
  readonly plans: Locator;
  readonly editor: Locator;
  readonly report: Locator;
  readonly calendar: Locator;
  readonly week: Locator;
  readonly policy: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('campaigns-screen');
    this.plans = page.getByTestId('plans-tab');
    this.editor = page.getByTestId('plan-editor');
    this.report = page.getByTestId('schedule-report');
    this.calendar = page.getByTestId('campaign-calendar');
    this.week = page.getByTestId('this-week');
    this.policy = page.getByTestId('policy-panel');
  }

  async tab(name: 'Plans' | 'Calendar' | 'This week' | 'Contact policy'): Promise<void> {
    await this.root.getByRole('tab', { name }).click();
    await expect(this.root.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  planRow(name: string): Locator {
    return this.plans.getByTestId('plan-row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(name) }) });
  }

  /** New plan: the dialog's fields; it opens the editor of the new draft. */
  async newPlan(plan: { name: string; segments?: string[]; budget?: string }): Promise<void> {
    await this.plans.getByRole('button', { name: 'New plan' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New plan' });
    await dialog.getByLabel('Name', { exact: true }).fill(plan.name);
    for (const segment of plan.segments ?? []) await dialog.getByRole('checkbox', { name: segment }).check();
    if (plan.budget) await dialog.getByLabel(/Budget/).fill(plan.budget);
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.editor).toBeVisible();
  }

  step(n: number): Locator {
    return this.editor.getByRole('listitem', { name: new RegExp(`^Step ${n}:`) });
  }

  private async choose(scope: Locator, label: string, option: string | RegExp): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  }

  async addStep(n: number, spec: StepSpec): Promise<void> {
    await this.editor.getByRole('button', { name: 'Add step' }).click();
    const step = this.step(n);
    await step.getByLabel('Step name').fill(spec.name);
    await this.choose(step, 'When', spec.trigger);
    if (spec.days !== undefined) await step.getByLabel('Days', { exact: true }).fill(spec.days);
    await this.choose(step, 'Channel', spec.channel);
    if (spec.template) await this.choose(step, 'Template', spec.template);
    // a gift is offered with its unit cost: "Limited roast, 250 g · DKK 48.00"
    if (spec.gift) await this.choose(step, 'Gift', new RegExp(`^${spec.gift.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
    if (spec.cost) await step.getByLabel(/Cost per touch/).fill(spec.cost);
  }
}
