import { describe, expect, it } from 'vitest';
import type { RfmCustomer, RfmScore } from '../../../../shared/domain/rfm';
import { SegmentRulesSchema } from '../../../../shared/domain/segment';
import { cellRules, cellWeight, gridCells, groupTotals, yearBefore } from '../../../../renderer/src/features/segments/rfmStats';

const buyer = (id: string, r: RfmScore, f: RfmScore, spent: number, historicValue = spent * 0.4, predictedValue = 0): RfmCustomer => ({
  customerId: id, recencyDays: 10, purchases: f, spent, r, f, m: 3, group: 'champions', historicValue, predictedValue,
});

describe('the RFM grid figures', () => {
  it('puts frequency 5 on the top row and recency 1 to 5 across, every cell present with its group', () => {
    const rows = gridCells([]);
    expect(rows.map((row) => row[0]!.f)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[0]!.map((cell) => cell.r)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]![4]).toMatchObject({ r: 5, f: 5, group: 'champions', customers: 0, revenue: 0 });
    expect(rows[4]![0]).toMatchObject({ r: 1, f: 1, group: 'lost' });
    expect(rows[0]![0]!.group).toBe('cantLoseThem');
  });

  it('counts customers and adds their spending into their cell', () => {
    const rows = gridCells([buyer('a', 5, 5, 100), buyer('b', 5, 5, 250.5), buyer('c', 1, 2, 30)]);
    expect(rows[0]![4]).toMatchObject({ customers: 2, revenue: 350.5 });
    expect(rows[3]![0]).toMatchObject({ r: 1, f: 2, customers: 1, revenue: 30 });
    expect(rows.flat().reduce((n, cell) => n + cell.customers, 0)).toBe(3);
    expect(cellWeight(rows[0]![4]!, rows)).toBe(1);
    expect(cellWeight(rows[3]![0]!, rows)).toBe(0.5);
    expect(cellWeight(rows[2]![2]!, rows)).toBe(0);
  });

  it('totals each group with its average lifetime value, empty groups without one', () => {
    const customers = [
      { ...buyer('a', 5, 5, 100, 40, 300), group: 'champions' as const },
      { ...buyer('b', 5, 4, 200, 80, 100), group: 'champions' as const },
      { ...buyer('c', 1, 1, 10, 4, 0), group: 'lost' as const },
    ];
    const totals = groupTotals(customers);
    expect(totals).toHaveLength(11);
    expect(totals.find((g) => g.group === 'champions')).toEqual({ group: 'champions', customers: 2, revenue: 300, averageHistoric: 60, averagePredicted: 200 });
    expect(totals.find((g) => g.group === 'lost')).toMatchObject({ customers: 1, averageHistoric: 4 });
    expect(totals.find((g) => g.group === 'loyal')).toEqual({ group: 'loyal', customers: 0, revenue: 0, averageHistoric: null, averagePredicted: null });
  });

  it('picks a cell by rules the schema accepts', () => {
    const rules = cellRules(3, 4);
    expect(SegmentRulesSchema.parse(rules).rules).toEqual([{ field: 'rScore', op: 'eq', value: 3 }, { field: 'fScore', op: 'eq', value: 4 }]);
  });

  it('counts a year back from the as-of date, the as-of day included', () => {
    expect(yearBefore('2026-12-02')).toBe('2025-12-03');
    expect(yearBefore('2026-01-01')).toBe('2025-01-02');
    expect(yearBefore('2028-02-29')).toBe('2027-03-02');
  });
});
