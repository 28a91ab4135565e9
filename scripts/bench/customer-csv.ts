import { nameKey } from '../../shared/logic/match-keys';
import { seededRandom } from './fixtures';

/**
 * A deterministic customer file for the import benchmark: the columns a small shop's export has
 * (`First Name,Last Name,Email,Phone,Company,City,Country,Tags`), Danish, Czech and Norwegian names and places,
 * UTF-8. Every row is a different person to Rapport's matching (unique email, unique phone, unique
 * first+last name+company), so importing N rows must create N customers.
 */

export const CUSTOMER_CSV_HEADER = ['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'City', 'Country', 'Tags'] as const;

interface Locale {
  country: string;
  /** What people type in the Country column: the code, the English name, the local name. */
  countryNames: readonly string[];
  first: readonly string[];
  /** A second given name, as in "Anne Marie" (used on some rows). */
  second: readonly string[];
  last: readonly string[];
  cities: readonly string[];
  companies: readonly string[];
  phone: () => string;
}

const digits = (random: () => number, n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

function locales(random: () => number): Locale[] {
  return [
    {
      country: 'DK',
      countryNames: ['DK', 'Danmark', 'Denmark'],
      first: ['Søren', 'Mette', 'Jens', 'Anne', 'Lars', 'Birgitte', 'Mads', 'Sofie', 'Rasmus', 'Ida', 'Frederik', 'Kirsten', 'Jørgen', 'Maja', 'Bjørn', 'Helle', 'Asger', 'Freja', 'Ove', 'Line', 'Nikolaj', 'Signe', 'Poul', 'Karen'],
      second: ['Marie', 'Louise', 'Christian', 'Kristoffer', 'Sofie', 'Emil'],
      last: ['Nørgaard', 'Jensen', 'Sørensen', 'Østergaard', 'Hansen', 'Pedersen', 'Møller', 'Kjær', 'Lund', 'Bækgaard', 'Holm', 'Dahl', 'Mølgaard', 'Sønderby', 'Løkke', 'Kristensen', 'Ærenlund', 'Thomsen', 'Andersen', 'Vestergaard', 'Brønnum', 'Åberg', 'Frøsig', 'Skovgård', 'Nielsen', 'Laursen'],
      cities: ['København', 'Aarhus', 'Odense', 'Aalborg', 'Næstved', 'Køge', 'Helsingør', 'Ærøskøbing', 'Sønderborg', 'Frederiksberg', 'Nørresundby', 'Rønne', 'Græsted', 'Ålsgårde'],
      companies: ['Østergaard Bageri ApS', 'Brødrene Sørensen A/S', 'Møllers Kaffebar', 'Kjær & Søn ApS', 'Nørrebro Blomster', 'Grøn Købmand', 'Ærø Bryghus', 'Søndergade Optik', 'Dahl Tømrer ApS', 'Bøgely Gårdbutik'],
      phone: () => `+45 ${2 + Math.floor(random() * 8)}${digits(random, 1)} ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)}`,
    },
    {
      country: 'CZ',
      countryNames: ['CZ', 'Česko', 'Czech Republic', 'Česká republika'],
      first: ['Jiří', 'Petra', 'Tomáš', 'Kateřina', 'Lukáš', 'Zuzana', 'Ondřej', 'Markéta', 'Jaroslav', 'Lenka', 'Vojtěch', 'Tereza', 'Radek', 'Hana', 'Přemysl', 'Veronika', 'Miloš', 'Šárka', 'Dušan', 'Božena', 'Zdeněk', 'Jitka'],
      second: ['Marie', 'Josef', 'Anna', 'Václav'],
      last: ['Dvořák', 'Novák', 'Svoboda', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Pokorný', 'Marek', 'Růžička', 'Říha', 'Šťastný', 'Král', 'Beneš', 'Fiala', 'Sedláček', 'Doležal', 'Zeman', 'Kolář', 'Čermák', 'Žák', 'Hájek'],
      cities: ['Praha', 'Brno', 'Ostrava', 'Plzeň', 'České Budějovice', 'Ústí nad Labem', 'Hradec Králové', 'Olomouc', 'Liberec', 'Pardubice', 'Třebíč', 'Žďár nad Sázavou', 'Děčín'],
      companies: ['Pekárna Dvořák s.r.o.', 'Kavárna Čokoláda', 'Řeznictví Novák', 'Květinářství Růže', 'Pražírna Šťastný s.r.o.', 'Vinotéka Žižkov', 'Cukrárna U Kříže', 'Truhlářství Černý'],
      phone: () => `+420 ${6 + Math.floor(random() * 2)}${digits(random, 2)} ${digits(random, 3)} ${digits(random, 3)}`,
    },
    {
      country: 'NO',
      countryNames: ['NO', 'Norge', 'Norway'],
      first: ['Øystein', 'Ingrid', 'Håkon', 'Solveig', 'Bjørn', 'Kari', 'Ørjan', 'Åse', 'Torbjørn', 'Sigrid', 'Eirik', 'Ragnhild', 'Stein', 'Liv', 'Geir', 'Marit', 'Trond', 'Tone', 'Sindre', 'Hege'],
      second: ['Marie', 'Kristin', 'Andreas', 'Johan'],
      last: ['Bråten', 'Haugen', 'Sæther', 'Løvås', 'Ødegård', 'Kråkenes', 'Johansen', 'Berg', 'Strøm', 'Hågensen', 'Vik', 'Aasen', 'Lie', 'Fjærli', 'Bakke', 'Grønli', 'Myhre', 'Sætre', 'Nygård', 'Solberg', 'Halvorsen', 'Tveit'],
      cities: ['Oslo', 'Bergen', 'Trondheim', 'Tromsø', 'Stavanger', 'Bodø', 'Ålesund', 'Drammen', 'Fredrikstad', 'Lillehammer', 'Førde', 'Sandnessjøen', 'Kristiansand'],
      companies: ['Bakeriet på Løkka AS', 'Fjordkaffe AS', 'Grønnsaksbua', 'Sjøbua Fisk AS', 'Bøker & Brød', 'Håndverkeren AS', 'Blåbærgården'],
      phone: () => `+47 ${[4, 9][Math.floor(random() * 2)]}${digits(random, 2)} ${digits(random, 2)} ${digits(random, 3)}`,
    },
  ];
}

const TAGS = ['vip', 'nyhedsbrev', 'stamkunde', 'wholesale', 'messe 2024', 'věrný zákazník', 'sommer', 'kaffeklubb', 'gavekort', 'B2B', 'julegave', 'řemeslníci'];
const MAIL_DOMAINS = ['example.com', 'example.dk', 'example.cz', 'example.no', 'mail.example.org'];

/** Letters an address can hold: Søren Nørgaard → soren.norgaard, Jiří Říha → jiri.riha. */
const mailParts = new Map<string, string>();
function mailPart(value: string): string {
  let part = mailParts.get(value);
  if (part === undefined) mailParts.set(value, (part = foldForMail(value)));
  return part;
}

function foldForMail(value: string): string {
  return value
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[åÅ]/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** RFC 4180 quoting, only where needed. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface CustomerCsv {
  text: string;
  rows: number;
  /** Each row's email as written in the file (some in upper case), in row order. */
  emails: string[];
}

/** `rows` customers after a header line, CRLF line ends like most exports; the same text for the same seed. */
export function customerCsv(rows: number, seed: number): CustomerCsv {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const places = locales(random);
  const names = new Set<string>();
  const emails = new Map<string, number>(); // local@domain → how many have it
  const phones = new Set<string>();
  const lines = [CUSTOMER_CSV_HEADER.join(',')];
  const written: string[] = [];

  for (let i = 0; i < rows; i++) {
    const r = random();
    const locale = places[r < 0.5 ? 0 : r < 0.8 ? 1 : 2]!;
    let first: string;
    let last: string;
    let company: string;
    // redraw until the person differs from every earlier row by Rapport's name key (first + last + company)
    for (;;) {
      first = random() < 0.2 ? `${pick(locale.first)} ${pick(locale.second)}` : pick(locale.first);
      last = random() < 0.1 ? `${pick(locale.last)} ${pick(locale.last)}` : pick(locale.last);
      company = random() < 0.35 ? pick(locale.companies) : '';
      const key = nameKey(first, last, company);
      if (!names.has(key)) {
        names.add(key);
        break;
      }
    }
    // the second Søren Nørgaard at a domain becomes soren.norgaard2@…, the third soren.norgaard3@…
    const base = `${mailPart(first)}.${mailPart(last)}@${pick(MAIL_DOMAINS)}`;
    const taken = emails.get(base) ?? 0;
    emails.set(base, taken + 1);
    const email = taken === 0 ? base : base.replace('@', `${taken + 1}@`);
    let phone = '';
    if (random() < 0.85) {
      do phone = locale.phone();
      while (phones.has(phone.replace(/\D/g, '')));
      phones.add(phone.replace(/\D/g, ''));
    }
    const tagCount = Math.floor(random() * random() * 4); // mostly none or one
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))].join(', ');
    const cellEmail = random() < 0.05 ? email.toUpperCase() : email;
    written.push(cellEmail);
    const cells = [first, last, cellEmail, phone, company, pick(locale.cities), pick(locale.countryNames), tags];
    lines.push(cells.map(csvCell).join(','));
  }
  return { text: `${lines.join('\r\n')}\r\n`, rows, emails: written };
}
