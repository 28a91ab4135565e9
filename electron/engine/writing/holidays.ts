import Holidays from 'date-holidays';

/**
 * Public holidays of a country between two days (date-holidays; only the 'public' ones, the days businesses and
 * post offices close), as date → the holiday's name in English. An unknown country or '' gives none. Kept per
 * country and year: a year's holidays do not change while the app runs.
 */

const byCountryYear = new Map<string, Array<{ date: string; name: string }>>();

function holidaysOf(country: string, year: number): Array<{ date: string; name: string }> {
  const key = `${country}:${year}`;
  let days = byCountryYear.get(key);
  if (!days) {
    const calendar = new Holidays();
    const known = country in calendar.getCountries('en');
    if (known) calendar.init(country, { languages: ['en'], types: ['public'] });
    days = known ? calendar.getHolidays(year, 'en').filter((h) => h.type === 'public').map((h) => ({ date: h.date.slice(0, 10), name: h.name })) : [];
    byCountryYear.set(key, days);
  }
  return days;
}

export function publicHolidays(country: string, from: string, to: string): Map<string, string> {
  const days = new Map<string, string>();
  if (!/^[A-Z]{2}$/.test(country)) return days;
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const h of holidaysOf(country, year)) if (h.date >= from && h.date <= to && !days.has(h.date)) days.set(h.date, h.name);
  }
  return days;
}
