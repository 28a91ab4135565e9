import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../electron/engine/import/amounts';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();

const engine = () => engineWithWorkspace(engines);

const file = (fileName: string, bytes: Buffer | string) => ({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });

describe('purchases import', () => {
  it('reads amounts as people write them', () => {
    expect(parseAmount('129,50', 'DK')).toBe(12950);
    expect(parseAmount('129.50', 'DK')).toBe(12950);
    expect(parseAmount('1.234,56', 'DK')).toBe(123456);
    expect(parseAmount('1,234.56', 'GB')).toBe(123456);
    expect(parseAmount('1 234,56 Kč', 'CZ')).toBe(123456);
    expect(parseAmount('1.234', 'DK')).toBe(123400);
    expect(parseAmount('-45.00', 'GB')).toBe(-4500);
    expect(parseAmount('free', 'GB')).toBeNull();
  });

  it('books a Shopify orders export order by order (its Total) on known and new customers, and undoes it', async () => {
    const e = await engine();
    const mette = callParsed(e, 'customers.create', { customer: { firstName: 'Mette', lastName: 'Kjær', email: 'mette@kaffebar.dk' } });
    const orders = readFileSync(join(__dirname, '../../fixtures/imports/shopify-orders.csv'));
    const preview = callParsed(e, 'imports.preview', file('orders_export.csv', orders));
    expect(preview).toMatchObject({ kind: 'purchases', format: { id: 'shopify-orders' }, counts: { created: 2, merged: 1, failed: 0 } });
    expect(preview.rows.map((r: any) => [r.line, r.action])).toEqual([[2, 'create'], [3, 'merge'], [4, 'create']]);
    expect(preview.rows[1]).toMatchObject({ name: 'Mette Kjær', reason: expect.stringContaining('order #1001 (line 2)') });
    expect(preview.rows[2].reason).toContain('new customer, Kari Nordmann');

    const result = callParsed(e, 'imports.run', file('orders_export.csv', orders));
    const facts = callParsed(e, 'customers.get', { id: mette.id }).facts;
    // the order's Total: two line items, shipping and taxes as Shopify added them up
    expect(facts).toMatchObject({ purchaseCount: 1, totalMinor: 46400, lastPurchase: '2025-11-02' });
    expect(callParsed(e, 'timeline.list', { customerId: mette.id })[0]).toMatchObject({ product: 'Ethiopia Guji 250 g, Kalita Wave 185', orderRef: '#1001' });
    const kari = callParsed(e, 'customers.list', { search: 'kari' }).rows[0];
    expect(kari).toMatchObject({ firstName: 'Kari', lastName: 'Nordmann', email: 'new.buyer@example.no', purchaseCount: 1 });
    expect(callParsed(e, 'timeline.list', { customerId: kari.id })[0]).toMatchObject({ amountMinor: 19900, currency: 'NOK', product: 'Gift card', orderRef: '#1002' });

    // importing the same file again books nothing twice
    expect(callParsed(e, 'imports.preview', file('orders_export.csv', orders)).counts).toMatchObject({ created: 0, skipped: 2 });

    callParsed(e, 'imports.undo', { importId: result.importId });
    expect(callParsed(e, 'customers.get', { id: mette.id }).facts.purchaseCount).toBe(0);
    expect(callParsed(e, 'customers.list', {}).total).toBe(1);
  });

  it('books a generic sales list with decimal commas and semicolons, reporting unreadable rows by line', async () => {
    const e = await engine();
    callParsed(e, 'customers.create', { customer: { firstName: 'Eva', lastName: 'Lund', email: 'eva@example.dk' } });
    const csv = 'Dato;E-mail;Beløb;Produkt\n12.03.2025;eva@example.dk;1.299,00;Espresso grinder\n13.03.2025;eva@example.dk;gratis;Sample\nnot a date;eva@example.dk;10;Beans\n';
    const preview = callParsed(e, 'imports.preview', file('salg.csv', csv));
    expect(preview.kind).toBe('purchases');
    expect(preview.rows.map((r: any) => [r.line, r.action])).toEqual([[2, 'create'], [3, 'error'], [4, 'error']]);
    expect(preview.rows[1].reason).toContain('gratis');
    callParsed(e, 'imports.run', file('salg.csv', csv));
    const eva = callParsed(e, 'customers.list', {}).rows[0];
    expect(eva).toMatchObject({ purchaseCount: 1, totalMinor: 129900, lastPurchase: '2025-03-12' });
  });
});
