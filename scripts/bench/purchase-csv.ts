import { seededRandom } from './fixtures';

/**
 * A deterministic purchases file for the import benchmark: `Date,Email,Amount,Product,Order`, one purchase per
 * row as an orders export has them, booked on the customers of the customer file (their emails, in lower case as
 * shops export them), so every row matches an existing customer. Dates run over two years in order, order
 * numbers rise with them, amounts are a product's price times a small quantity (`129.50`).
 */

export const PURCHASE_CSV_HEADER = ['Date', 'Email', 'Amount', 'Product', 'Order'] as const;

/** A small roaster's range: name and price in minor units. */
const PRODUCTS: ReadonlyArray<readonly [string, number]> = [
  ['Espresso Blend 500 g', 12950],
  ['Filter Roast 250 g', 6950],
  ['Single Origin Ethiopia 250 g', 8950],
  ['Decaf 250 g', 7450],
  ['Cold Brew Kit', 24900],
  ['Hand Grinder', 59900],
  ['Pour-over Dripper', 18950],
  ['Paper Filters x100', 3950],
  ['Gift Card', 50000],
  ['Barista Course', 89500],
  ['Coffee Subscription (month)', 19900],
  ['Travel Mug', 14950],
];

const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 730;
const DAY_MS = 86_400_000;

export interface PurchaseCsv {
  text: string;
  rows: number;
}

/** `rows` purchases after a header line, CRLF line ends; the same text for the same emails and seed. */
export function purchaseCsv(emails: readonly string[], rows: number, seed: number): PurchaseCsv {
  if (emails.length === 0) throw new Error('purchaseCsv needs at least one customer email');
  const random = seededRandom(seed);
  const lowered = emails.map((email) => email.toLowerCase());
  const lines: string[] = new Array(rows + 1);
  lines[0] = PURCHASE_CSV_HEADER.join(',');
  let lastDay = -1;
  let date = '';
  for (let i = 0; i < rows; i++) {
    const day = Math.floor((i * DAYS) / rows);
    if (day !== lastDay) {
      date = new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
      lastDay = day;
    }
    const email = lowered[Math.floor(random() * lowered.length)]!;
    const [product, price] = PRODUCTS[Math.floor(random() * PRODUCTS.length)]!;
    const quantity = random() < 0.8 ? 1 : 2 + Math.floor(random() * 3);
    const amount = ((price * quantity) / 100).toFixed(2);
    lines[i + 1] = `${date},${email},${amount},${product},${100_000 + i}`;
  }
  return { text: `${lines.join('\r\n')}\r\n`, rows };
}
