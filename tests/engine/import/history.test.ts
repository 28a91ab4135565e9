import { describe, expect, it } from 'vitest';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();
const csv = (fileName: string, text: string) => ({ fileName, dataBase64: Buffer.from(text).toString('base64') });
const PEOPLE = csv('kunder.csv', 'First Name,Last Name,Email\nEva,Lund,eva@example.dk\nOla,Nordmann,ola@example.no\n');
const SALES = csv('salg.csv', 'Date,Email,Amount\n2025-03-01,eva@example.dk,100.00\n2025-03-02,eva@example.dk,250.00\n');

async function imported(file = PEOPLE) {
  const e = await engineWithWorkspace(engines);
  const { importId } = callParsed(e, 'imports.run', file);
  const eva = callParsed(e, 'customers.list', { search: 'eva@example.dk' }).rows[0];
  return { e, importId, eva };
}

const entry = (e: any, importId: string) => callParsed(e, 'imports.history', {}).find((x: any) => x.id === importId);

describe('import history', () => {
  it('lists past imports with date, file, counts and who was touched, undoable while nothing changed', async () => {
    const { e, importId } = await imported();
    const [first] = callParsed(e, 'imports.history', {});
    expect(first).toMatchObject({ id: importId, fileName: 'kunder.csv', kind: 'customers', counts: { created: 2 }, touched: 2, touchedNames: ['Eva Lund', 'Ola Nordmann'], undoneAt: '', undoBlockers: [] });
    expect(Date.parse(first.at)).not.toBeNaN();
    callParsed(e, 'imports.undo', { importId });
    expect(entry(e, importId)).toMatchObject({ undoneAt: expect.any(String), undoBlockers: [] });
    expect(entry(e, importId).undoneAt).not.toBe('');
  });

  it('is unsafe once a customer it created was edited, and says who; undo is refused and changes nothing', async () => {
    const { e, importId, eva } = await imported();
    callParsed(e, 'customers.update', { id: eva.id, patch: { city: 'Aarhus' } });
    const blockers = entry(e, importId).undoBlockers;
    expect(blockers).toEqual([expect.stringContaining('Eva Lund was changed after the import')]);
    expect(() => callParsed(e, 'imports.undo', { importId })).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringContaining('Eva Lund') }));
    expect(callParsed(e, 'customers.list', {}).total).toBe(2);
  });

  it('is unsafe once a customer it updated was edited by someone else', async () => {
    const e = await engineWithWorkspace(engines);
    const known = callParsed(e, 'customers.create', { customer: { firstName: 'Eva', lastName: 'Lund', email: 'eva@example.dk' } });
    const { importId } = callParsed(e, 'imports.run', csv('more.csv', 'Email,City\neva@example.dk,Aarhus\n'));
    expect(entry(e, importId).undoBlockers).toEqual([]);
    callParsed(e, 'customers.bulkUpdate', { ids: [known.id], addTags: ['vip'] });
    expect(entry(e, importId).undoBlockers[0]).toContain('Eva Lund was changed');
  });

  it('is unsafe once a customer it created was deleted or merged', async () => {
    const { e, importId, eva } = await imported();
    callParsed(e, 'customers.delete', { ids: [eva.id] });
    expect(entry(e, importId).undoBlockers).toEqual([expect.stringContaining('1 customer it created was deleted or merged')]);

    const second = await imported();
    const other = callParsed(second.e, 'customers.create', { customer: { firstName: 'Eva', lastName: 'Lund', email: 'eva.lund@work.dk' } });
    callParsed(second.e, 'customers.merge', { keepId: other.id, mergeId: second.eva.id });
    expect(entry(second.e, second.importId).undoBlockers).toEqual(
      expect.arrayContaining([expect.stringContaining('Eva Lund was merged with another customer after the import (undo the merge first)')]),
    );
  });

  it('is unsafe once a customer it created got a purchase typed by hand', async () => {
    const { e, importId, eva } = await imported();
    callParsed(e, 'timeline.add', { customerId: eva.id, entry: { kind: 'purchase', date: '2025-04-01', amountMinor: 5000, currency: 'DKK' } });
    expect(entry(e, importId).undoBlockers).toEqual([expect.stringContaining('Eva Lund got purchases, contacts or feedback after the import')]);
  });

  it('is unsafe once a purchase it booked was changed or deleted', async () => {
    const e = await engineWithWorkspace(engines);
    const eva = callParsed(e, 'customers.create', { customer: { firstName: 'Eva', lastName: 'Lund', email: 'eva@example.dk' } });
    const { importId } = callParsed(e, 'imports.run', SALES);
    expect(entry(e, importId)).toMatchObject({ kind: 'purchases', counts: { created: 2 }, touched: 1, touchedNames: ['Eva Lund'], undoBlockers: [] });
    const [latest] = callParsed(e, 'timeline.list', { customerId: eva.id });
    callParsed(e, 'timeline.update', { id: latest.id, entry: { kind: 'purchase', date: latest.date, amountMinor: 26000, currency: 'DKK' } });
    expect(entry(e, importId).undoBlockers).toEqual(['A purchase it booked was changed or deleted since.']);
  });

  it('stays safe when other customers change, and an undone import shows as undone', async () => {
    const { e, importId } = await imported();
    const stranger = callParsed(e, 'customers.create', { customer: { firstName: 'Karl', email: 'karl@example.dk' } });
    callParsed(e, 'customers.update', { id: stranger.id, patch: { city: 'Odense' } });
    expect(entry(e, importId).undoBlockers).toEqual([]);
    expect(callParsed(e, 'imports.undo', { importId })).toMatchObject({ removed: 2 });
    expect(callParsed(e, 'customers.list', {}).total).toBe(1);
  });
});
