import type { BatchInsert } from '../store/batch-insert';
import { B2B_EQUIPMENT, COURSES, GIFT_CARDS, type Preference, type Product, RETAIL_BEANS, RETAIL_EQUIPMENT, SUBSCRIPTIONS, WHOLESALE_BEANS } from './catalogue';
import type { Plan } from './customers';
import { GIFT_SEASON, type History, SEASON, isoDay, monthOf, timeOn, weekday } from './days';
import type { Random } from './random';

/** The demo customers' purchases: wholesale rounds, subscriptions and the occasional bag of beans or gift card. */

export interface Out {
  rng: Random;
  history: History;
  purchases: BatchInsert;
  touchpoints: BatchInsert;
  feedback: BatchInsert;
  refs: { web: number; shop: number; wholesale: number; fair: number };
}

/** What a customer bought, kept for the touchpoints and feedback that follow from it. */
export interface Bought {
  first: number | null;
  last: number | null;
  equipment: number[];
}

function price(plan: Plan, product: Product, quantity = 1): number {
  const step = plan.country.priceStepMinor;
  return Math.max(step, Math.round((product.priceDkkMinor * plan.country.perDkk) / step) * step) * quantity;
}

export function writePurchases(out: Out, plan: Plan): Bought {
  const bought: Bought = { first: null, last: null, equipment: [] };
  if (plan.style === 'lead') return bought;
  const { rng, history } = out;
  const start = Math.max(plan.sinceDay, history.start);
  const add = (day: number, product: Product, quantity: number, outlet: 'web' | 'shop' | 'wholesale' | 'trade fair') => {
    const ref =
      outlet === 'wholesale'
        ? `WH-${isoDay(day).slice(0, 4)}-${String(out.refs.wholesale++).padStart(5, '0')}`
        : outlet === 'shop'
          ? `S-${out.refs.shop++}`
          : outlet === 'trade fair'
            ? `TF-${String(out.refs.fair++).padStart(5, '0')}`
            : `W-${out.refs.web++}`;
    out.purchases.add([rng.uuid(), plan.id, isoDay(day), price(plan, product, quantity), plan.country.currency, product.name, product.category, outlet, ref, timeOn(rng, day)]);
    bought.first ??= day;
    bought.last = day;
    if (product.category === 'Equipment') bought.equipment.push(day);
  };

  if (plan.fair && plan.fair.day >= start) add(plan.fair.day, pickBeans(rng, plan), rng.int(1, 3), 'trade fair');

  if (plan.style === 'wholesale') {
    const interval = rng.pick([7, 14, 14, 21]);
    for (let day = start + rng.int(0, interval); day <= plan.endDay; day += interval + rng.int(-2, 2)) {
      let orderDay = day;
      if (weekday(orderDay) === 0) orderDay += 1;
      if (weekday(orderDay) === 6) orderDay += 2;
      const month = monthOf(orderDay);
      const date = isoDay(orderDay).slice(5);
      if (orderDay > plan.endDay || (date >= '12-24' && date <= '12-31') || (month === 7 && rng.chance(0.35))) continue;
      const product = pickWholesale(rng, plan.preference);
      const units = Math.max(2, Math.round((plan.orderDkkMinor * SEASON[month]! * (1 + 0.18 * rng.gaussian())) / product.priceDkkMinor));
      add(orderDay, product, units, 'wholesale');
      if (rng.chance(0.05)) add(orderDay, rng.pick(B2B_EQUIPMENT), 1, 'wholesale');
    }
    return bought;
  }

  if (plan.style === 'subscriber') {
    const subscriptionStart = Math.max(start, history.start + rng.int(0, 500));
    const cancelled = rng.chance(0.2) ? subscriptionStart + rng.int(90, 500) : Number.POSITIVE_INFINITY;
    const product = rng.pick(SUBSCRIPTIONS);
    for (let day = subscriptionStart; day <= Math.min(plan.endDay, cancelled); day += rng.int(29, 31)) add(day, product, 1, 'web');
  }

  // People buy now and then: more often before Christmas, in the shop mostly on Saturdays, never on Sundays.
  const meanGap = plan.style === 'subscriber' ? 150 : plan.meanGapDays;
  const peak = 1.8;
  for (let day = start + Math.floor(rng.exponential(meanGap / 2)); day <= plan.endDay; day += 1 + Math.floor(rng.exponential(meanGap / peak))) {
    const month = monthOf(day);
    if (!rng.chance(SEASON[month]! / peak)) continue;
    const inShop = plan.country.country === 'DK' && plan.fields.source !== 'Web shop' && rng.chance(0.55);
    let buyDay = day;
    if (inShop && weekday(buyDay) === 0) buyDay -= 1;
    if (inShop && weekday(buyDay) !== 6 && rng.chance(0.3)) buyDay += 6 - weekday(buyDay);
    if (buyDay > plan.endDay) break;
    const giftOdds = (plan.giftBuyer ? 0.25 : 0.04) * GIFT_SEASON[month]!;
    const roll = rng.next();
    if (roll < giftOdds) add(buyDay, rng.pick(GIFT_CARDS), 1, inShop ? 'shop' : 'web');
    else if (roll < giftOdds + 0.1 + (month >= 11 ? 0.1 : 0)) add(buyDay, rng.pick(RETAIL_EQUIPMENT), 1, inShop ? 'shop' : 'web');
    else if (roll < giftOdds + 0.13 + (month >= 11 ? 0.1 : 0)) add(buyDay, rng.pick(COURSES), 1, 'shop');
    else add(buyDay, pickBeans(rng, plan), rng.weighted([[1, 45], [2, 35], [3, 15], [4, 5]]), inShop ? 'shop' : 'web');
  }
  return bought;
}

const suiting = (products: readonly Product[], preference: Preference) => products.filter((p) => p.suits === preference || p.suits === 'both');
const BEANS_FOR: Record<Preference, readonly Product[]> = { espresso: suiting(RETAIL_BEANS, 'espresso'), filter: suiting(RETAIL_BEANS, 'filter') };
const WHOLESALE_FOR: Record<Preference, readonly Product[]> = { espresso: suiting(WHOLESALE_BEANS, 'espresso'), filter: suiting(WHOLESALE_BEANS, 'filter') };

export function pickBeans(rng: Random, plan: Plan): Product {
  return rng.chance(0.8) ? rng.pick(BEANS_FOR[plan.preference]) : rng.pick(RETAIL_BEANS);
}

function pickWholesale(rng: Random, preference: Preference): Product {
  const suitable = WHOLESALE_FOR[preference];
  return rng.chance(0.85) ? rng.pick(suitable.slice(0, 2)) : rng.pick(suitable);
}
