import type { BatchInsert } from '../store/batch-insert';
import type { Plan } from './customers';
import { type History, isoDay } from './days';
import type { Random } from './random';

/** The demo customers' consents: what each one agreed to, when and with what evidence. */

export function addDemoConsents(rng: Random, out: BatchInsert, plan: Plan, history: History): void {
  const at = (day: number) => `${isoDay(Math.min(day, history.today))}T${String(rng.int(8, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
  if (plan.fields.doNotContact) {
    const day = plan.sinceDay + rng.int(30, 400);
    for (const medium of ['email', 'post', 'phone', 'sms']) out.add([plan.id, medium, 'withdrawn', at(day), 'do-not-contact', 'Asked not to be contacted']);
    return;
  }
  const b2b = plan.style === 'wholesale';
  const source = plan.fair ? plan.fair.name : b2b ? 'Wholesale agreement' : plan.fields.source === 'Walk-in' ? 'Shop sign-up sheet' : 'Web shop checkout';
  const evidence = plan.fair
    ? `Consent box ticked on the lead form at ${plan.fair.name}`
    : b2b
      ? 'Clause 7 of the signed wholesale agreement'
      : source === 'Shop sign-up sheet'
        ? 'Signed sheet kept in the shop folder'
        : 'Newsletter box ticked at checkout';

  const emailRoll = rng.next();
  if (plan.fields.email !== '' && emailRoll < 0.72) out.add([plan.id, 'email', 'granted', at(plan.sinceDay), source, evidence]);
  else if (plan.fields.email !== '' && emailRoll < 0.8) {
    out.add([plan.id, 'email', 'withdrawn', at(plan.sinceDay + rng.int(60, 500)), 'Unsubscribe link', 'Clicked unsubscribe in a newsletter']);
  }
  if (rng.chance(b2b ? 0.6 : 0.2)) out.add([plan.id, 'post', 'granted', at(plan.sinceDay), source, evidence]);
  if (plan.fields.phone !== '' && rng.chance(b2b ? 0.7 : 0.1)) out.add([plan.id, 'phone', 'granted', at(plan.sinceDay), source, evidence]);
  if (!b2b && plan.fields.phone !== '' && rng.chance(0.15)) out.add([plan.id, 'sms', 'granted', at(plan.sinceDay), source, evidence]);
}
