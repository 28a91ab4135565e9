import { describe, expect, it } from 'vitest';
import { addDays, customPeriodProblem, daysIn, isIsoDate, localToday, presetPeriod, previousPeriod } from '../../../../renderer/src/features/dashboard/period';

describe('dashboard periods', () => {
  it('takes the last 12 months as the day after the same date a year ago up to today', () => {
    expect(presetPeriod('last12Months', '2026-12-02')).toEqual({ from: '2025-12-03', to: '2026-12-02' });
    // a leap day a year back does not exist: the month's last day stands in
    expect(presetPeriod('last12Months', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('counts the last 30 days with today as the 30th', () => {
    const period = presetPeriod('last30Days', '2026-03-01')!;
    expect(period).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(daysIn(period)).toBe(30);
  });

  it('takes the last full calendar quarter, across a year end too', () => {
    expect(presetPeriod('lastQuarter', '2026-12-02')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('lastQuarter', '2026-02-15')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('lastQuarter', '2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('takes this year to today and the whole of last year', () => {
    expect(presetPeriod('thisYear', '2026-12-02')).toEqual({ from: '2026-01-01', to: '2026-12-02' });
    expect(presetPeriod('lastYear', '2026-12-02')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('custom', '2026-12-02')).toBeNull();
  });

  it('compares with the period of the same length that ends the day before', () => {
    const last12 = presetPeriod('last12Months', '2026-12-02')!;
    const before = previousPeriod(last12);
    expect(before).toEqual({ from: '2024-12-03', to: '2025-12-02' });
    expect(daysIn(before)).toBe(daysIn(last12));
    // not whole months (364 days of a leap year): the 364 days before
    expect(previousPeriod({ from: '2028-01-02', to: '2028-12-30' })).toEqual({ from: '2027-01-03', to: '2028-01-01' });
    expect(daysIn({ from: '2027-01-03', to: '2028-01-01' })).toBe(daysIn({ from: '2028-01-02', to: '2028-12-30' }));
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-10' })).toEqual({ from: '2026-03-09', to: '2026-03-09' });
  });

  it('compares whole calendar months with as many whole months before (a year with the year before, leap or not)', () => {
    expect(previousPeriod({ from: '2028-01-01', to: '2028-12-31' })).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(previousPeriod({ from: '2026-07-01', to: '2026-09-30' })).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-02-28' })).toEqual({ from: '2025-11-01', to: '2025-12-31' });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('checks a custom period and says what is wrong', () => {
    expect(customPeriodProblem('2026-01-01', '2026-12-31')).toBeNull();
    expect(customPeriodProblem('2026-01-01', '2026-01-01')).toBeNull();
    expect(customPeriodProblem('', '2026-12-31')).toBe('fromInvalid');
    expect(customPeriodProblem('2026-02-30', '2026-12-31')).toBe('fromInvalid');
    expect(customPeriodProblem('2026-01-01', '31/12/2026')).toBe('toInvalid');
    expect(customPeriodProblem('2026-12-31', '2026-01-01')).toBe('order');
  });

  it('refuses what is not a calendar date, clearly', () => {
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(() => addDays('yesterday', 1)).toThrow('Not a date (YYYY-MM-DD): yesterday');
  });

  it('writes the local calendar date of a moment', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
