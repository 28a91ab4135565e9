import { describe, expect, it } from 'vitest';
import { addDays, isLeapYear, monthDaysAhead } from '../../../shared/logic/calendar';

describe('calendar days', () => {
  it('adds and subtracts days across months, years and 29 February', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect([1900, 2000, 2024, 2027].map(isLeapYear)).toEqual([false, true, true, false]);
  });

  it('says when each month-day next falls, and puts 29 February on 1 March in other years', () => {
    const ahead = monthDaysAhead('2027-02-27', 3);
    expect(ahead.get('02-27')).toEqual({ inDays: 0, date: '2027-02-27' });
    expect(ahead.get('03-02')).toEqual({ inDays: 3, date: '2027-03-02' });
    expect(ahead.get('02-29')).toEqual({ inDays: 2, date: '2027-03-01' });
    expect(monthDaysAhead('2028-02-28', 1).get('02-29')).toEqual({ inDays: 1, date: '2028-02-29' });
    expect(monthDaysAhead('2028-02-28', 0).size).toBe(1);
  });
});
