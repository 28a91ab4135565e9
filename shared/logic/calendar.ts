/**
 * Calendar days for anniversaries and "in the last N days", on 'YYYY-MM-DD' strings in the UTC calendar (dates
 * come from the caller, never from a clock here). One module, so the segment builder's "birthday within N days"
 * and the dashboard's "birthdays in the next 14 days" agree on every day, 29 February included.
 */

/** The day `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The days from `asOf` (0) to `days` after it, by 'MM-DD': when each month-day next falls. In a year without
 * 29 February, a 29 February birthday or anniversary falls on 1 March.
 */
export function monthDaysAhead(asOf: string, days: number): Map<string, { inDays: number; date: string }> {
  const ahead = new Map<string, { inDays: number; date: string }>();
  for (let inDays = 0; inDays <= days; inDays++) {
    const date = addDays(asOf, inDays);
    ahead.set(date.slice(5), { inDays, date });
    if (date.slice(5) === '03-01' && !isLeapYear(Number(date.slice(0, 4)))) ahead.set('02-29', { inDays, date });
  }
  return ahead;
}
