import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();
const orders = readFileSync(join(__dirname, '../../fixtures/imports/shopify-orders-shipping.csv'));
const file = { fileName: 'orders_export.csv', dataBase64: orders.toString('base64') };

describe('a Shopify orders export', () => {
  it("books each order's Total (line items, shipping, taxes, discount), so the total matches Shopify's Total Spent", async () => {
    const e = await engineWithWorkspace(engines);
    const preview = callParsed(e, 'imports.preview', file);
    expect(preview.counts).toMatchObject({ created: 2, merged: 2, failed: 0 });
    callParsed(e, 'imports.run', file);
    const lars = callParsed(e, 'customers.list', { search: 'lars@example.dk' }).rows[0];
    // Shopify's own "Total Spent" for Lars: 589.00 + 229.00; summing line items would give 540.00 + 190.00
    expect(lars).toMatchObject({ purchaseCount: 2, totalMinor: 58900 + 22900 });
    const timeline = callParsed(e, 'timeline.list', { customerId: lars.id });
    expect(timeline.map((p: any) => [p.orderRef, p.amountMinor, p.product])).toEqual([
      ['#2010', 22900, 'Kenya AA 250 g'],
      ['#2001', 58900, 'Ethiopia Guji 250 g, Kalita Wave 185, Filter papers'],
    ]);
  });
});
