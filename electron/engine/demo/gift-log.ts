import { GiftInputSchema } from '../../../shared/domain/gift';
import type { Writer } from '../database';
import { giveGift, insertGift } from '../store/gifts';
import { DEMO_GIFTS } from './gifts';

/**
 * The demo's gift catalogue, a few gifts already given (so the customer page's gift log and the "already given"
 * warning have something to show) and a salutation on some Czech and Slovenian customers (letters in those
 * languages greet with it). Deterministic: the same book gives the same picks.
 */

/**
 * Formal greetings as a Czech or Slovenian letter writes them. Only forms that need no guessing at grammar: a Czech
 * surname in -ová/-á is its own vocative ("Vážená paní Nováková"; a man's "pane Nováku" is left to the user), and
 * Slovenian addresses with the nominative ("Spoštovani gospod Novak"; a first name in -a is taken as a woman's).
 */
const SALUTATIONS: Record<string, (first: string, last: string) => string | null> = {
  cs: (_first, last) => (/á$/.test(last) ? `Vážená paní ${last}` : null),
  sl: (first, last) => (/a$/.test(first) ? `Spoštovana gospa ${last}` : `Spoštovani gospod ${last}`),
};

export function addDemoGifts(db: Writer, now: Date, newId: () => string): void {
  const giftIds = DEMO_GIFTS.map((input) => {
    const id = newId();
    insertGift(db, id, GiftInputSchema.parse(input), now);
    return id;
  });
  // a gift for every 25th buyer with a postal address, dated a month after their first purchase
  const buyers = db.all<{ id: string; first: string }>(
    `SELECT c.id, min(p.date) AS first FROM customers c JOIN purchases p ON p.customer_id = c.id
      WHERE trim(c.street) <> '' GROUP BY c.id ORDER BY c.display_key, c.id`,
  );
  buyers.forEach((buyer, i) => {
    if (i % 25 !== 0 || giftIds.length === 0) return;
    const giftId = giftIds[(i / 25) % giftIds.length]!;
    const stock = db.get<{ stock: number | null }>('SELECT stock FROM gifts WHERE id = ?', [giftId])!.stock;
    if (stock !== null && stock <= 0) return;
    const date = new Date(Date.parse(buyer.first) + 30 * 86_400_000);
    if (date > now) return;
    giveGift(db, { given: newId(), touchpoint: newId() }, {
      customerId: buyer.id, giftId, date: date.toISOString().slice(0, 10), occasion: 'first-purchase', note: '', reaction: i % 50 === 0 ? 'thanked' : 'none',
    }, now);
  });
  // Czech and Slovenian people: a salutation in the formal form (the user sets it per customer; the demo shows how)
  for (const row of db.all<{ id: string; first_name: string; last_name: string; language: string }>(
    "SELECT id, first_name, last_name, language FROM customers WHERE language IN ('cs', 'sl') AND kind = 'person' AND last_name <> '' ORDER BY display_key, id",
  )) {
    const salutation = SALUTATIONS[row.language]!(row.first_name, row.last_name);
    if (salutation) db.run('UPDATE customers SET salutation = ? WHERE id = ?', [salutation, row.id]);
  }
}
