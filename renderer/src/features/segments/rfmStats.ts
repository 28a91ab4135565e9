import { RFM_GROUPS, type RfmCustomer, type RfmGroup, type RfmScore } from '@shared/domain/rfm';
import type { SegmentRules } from '@shared/domain/segment';
import { rfmGroup } from '@shared/logic/rfm';

/** What the RFM view adds up from rfm.scores: pure, so the grid's figures are tested without a screen. */

export interface CellTotal {
  r: RfmScore;
  f: RfmScore;
  group: RfmGroup;
  customers: number;
  /** Spent, business currency major unit. */
  revenue: number;
}

export const SCORES: readonly RfmScore[] = [1, 2, 3, 4, 5];

/** The 5 × 5 grid, frequency 5 (top row) down to 1, recency 1 to 5 across; every cell present, empty ones at zero. */
export function gridCells(customers: readonly RfmCustomer[]): CellTotal[][] {
  const cells = new Map<string, CellTotal>();
  for (const f of SCORES) for (const r of SCORES) cells.set(`${r}${f}`, { r, f, group: rfmGroup(r, f), customers: 0, revenue: 0 });
  for (const c of customers) {
    const cell = cells.get(`${c.r}${c.f}`)!;
    cell.customers += 1;
    cell.revenue += c.spent;
  }
  return [...SCORES].reverse().map((f) => SCORES.map((r) => cells.get(`${r}${f}`)!));
}

export interface GroupTotal {
  group: RfmGroup;
  customers: number;
  revenue: number;
  averageHistoric: number | null;
  averagePredicted: number | null;
}

/** Every group in the schema's order, with its customers, revenue and average lifetime value (null when empty). */
export function groupTotals(customers: readonly RfmCustomer[]): GroupTotal[] {
  return RFM_GROUPS.map((group) => {
    const members = customers.filter((c) => c.group === group);
    return { group, customers: members.length, revenue: sum(members, 'spent'), ...averages(members) };
  });
}

/** Average historic and predicted value over a set of scored customers (null for none). */
export function averages(members: readonly RfmCustomer[]): { averageHistoric: number | null; averagePredicted: number | null } {
  if (members.length === 0) return { averageHistoric: null, averagePredicted: null };
  return { averageHistoric: sum(members, 'historicValue') / members.length, averagePredicted: sum(members, 'predictedValue') / members.length };
}

const sum = (list: readonly RfmCustomer[], key: 'spent' | 'historicValue' | 'predictedValue') => list.reduce((total, c) => total + c[key], 0);

/** The rules that pick one cell's customers: recency score R and frequency score F. */
export function cellRules(r: RfmScore, f: RfmScore): SegmentRules {
  return { kind: 'group', op: 'and', not: false, rules: [{ field: 'rScore', op: 'eq', value: r }, { field: 'fScore', op: 'eq', value: f }] };
}

/** Shading of a cell: its share of the busiest cell, so the eye finds where the customers are (0 to 1). */
export function cellWeight(cell: CellTotal, cells: readonly CellTotal[][]): number {
  const most = Math.max(0, ...cells.flat().map((c) => c.customers));
  return most === 0 ? 0 : cell.customers / most;
}

/** The first day of the year up to `asOf` (inclusive), for lifetime-value figures "over the last year". */
export function yearBefore(asOf: string): string {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - 1, m - 1, d + 1));
  return date.toISOString().slice(0, 10);
}
