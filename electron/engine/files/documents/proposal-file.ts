import type { Document } from 'docx';
import type { Campaign, Step } from '../../../../shared/domain/campaign';
import type { DocumentExportAnswer, ProposalExportRequest } from '../../../../shared/domain/document';
import type { ExportedFile } from '../../../../shared/domain/export';
import { DEFAULT_BRAND_COLOUR } from '../../../../shared/domain/profile';
import { EconomicsAssumptionsSchema, type Program, ProgramInputSchema } from '../../../../shared/domain/program';
import { RFM_GROUPS } from '../../../../shared/domain/rfm';
import { addDays } from '../../../../shared/logic/calendar';
import { programEconomics } from '../../../../shared/logic/programs/economics';
import { addMonths } from '../../../../shared/logic/programs/standing';
import { recommendPrograms } from '../../../../shared/logic/programs/recommend';
import { formatMoney } from '../../../../shared/logic/template/formats';
import type { Reader } from '../../database';
import type { HandlerContext } from '../../handlers';
import type { JobControl } from '../../job-control';
import { listCampaigns } from '../../store/campaigns';
import { readRevenueByMonth } from '../../store/metrics';
import { readBusinessFacts, readFactsAndProgramBase, readProgramBase } from '../../store/program-facts';
import { readProfile } from '../../store/profile';
import { readProgram } from '../../store/programs';
import { countSegments, readSegments } from '../../store/segments';
import { proposalAdvice } from './proposal-advice';
import { type ProposalCalendarRow, type ProposalData, RFM_GROUP_NAMES, figureName, proposalDocument } from './proposal';

/**
 * The campaign proposal (documents.export kind 'proposal'): gathers the customer base, the program (or the best
 * recommendation when none is chosen) with its economics, the plans' calendar and budget from the workspace, and
 * lays them out with proposal.ts. Everything is measured up to the request's date.
 */

/** The saved segments listed with their sizes (the first ones, by name). */
const MAX_SEGMENTS = 12;

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Revenue by month over the two years to `asOf`, from the first whole month on (as the dashboard sums it). */
export function revenueByMonth(db: Reader, asOf: string): Array<{ month: string; revenueMinor: number }> {
  return readRevenueByMonth(db, addMonths(`${addDays(asOf, -730).slice(0, 7)}-01`, 1), asOf);
}

/** The Monday of a day's week. */
function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * Touches of the plans by week (Monday) and step, skipped ones left out. Read in one scan and grouped here: a
 * GROUP BY sorts hundreds of thousands of touches, and the campaign index fetches them row by row in random
 * order; both cost sql.js twice as long as reading the table straight through.
 */
export function calendarRows(db: Reader, plans: readonly Campaign[]): ProposalCalendarRow[] {
  if (plans.length === 0) return [];
  const steps = new Map<string, { plan: Campaign; step: Step }>();
  for (const plan of plans) for (const step of plan.steps) steps.set(`${plan.id}:${step.id}`, { plan, step });
  const weeks = new Map<string, ProposalCalendarRow & { key: string }>();
  const mondays = new Map<string, string>();
  const touches = db.all<{ campaign_id: string; step_id: string; date: string; cost_minor: number }>(
    "SELECT campaign_id, step_id, date, cost_minor FROM touches NOT INDEXED WHERE status <> 'skipped' AND campaign_id IN (SELECT value FROM json_each(?))",
    [JSON.stringify(plans.map((p) => p.id))],
  );
  for (const t of touches) {
    const found = steps.get(`${t.campaign_id}:${t.step_id}`);
    if (!found) continue;
    let week = mondays.get(t.date);
    if (week === undefined) mondays.set(t.date, (week = mondayOf(t.date)));
    const key = `${week}|${t.campaign_id}|${t.step_id}`;
    const row = weeks.get(key);
    if (row) (row.touches += 1), (row.costMinor += t.cost_minor);
    else weeks.set(key, { key, date: week, planName: found.plan.name, stepName: found.step.name, channel: found.step.channel, touches: 1, costMinor: t.cost_minor });
  }
  return [...weeks.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ key: _key, ...row }) => row);
}

export function buildProposal(ctx: Pick<HandlerContext<Reader>, 'db' | 'memory'>, request: ProposalExportRequest, job: JobControl): { doc: Document; answer: Omit<DocumentExportAnswer, keyof ExportedFile> } {
  const { db } = ctx;
  const asOf = request.date;
  const stored = readProfile(db);
  const language = stored.language;
  const steps = 6;
  job.progress(0, steps);

  // a chosen program's base and the facts in one pass where they measure the same customers
  const chosenProgram = request.programId ? readProgram(db, request.programId) : null;
  const together = chosenProgram ? readFactsAndProgramBase(db, chosenProgram, asOf) : null;
  const facts = together?.facts ?? readBusinessFacts(db, asOf);
  const recommended = recommendPrograms(facts, language);
  job.checkCancelled();
  job.progress(1, steps);

  let program: Program | null = chosenProgram;
  let reasons: string[] = [];
  if (program) reasons = recommended.recommendations.find((r) => r.key === program!.recommendation)?.reasons ?? [];
  else if (recommended.recommendations[0]) {
    const best = recommended.recommendations[0];
    program = { ...ProgramInputSchema.parse(best.draft), id: '', createdAt: '', updatedAt: '' };
    reasons = best.reasons;
  }
  const assumptions = request.assumptions ?? EconomicsAssumptionsSchema.parse({});
  const economics = program ? programEconomics(program, together?.base ?? readProgramBase(db, program, asOf), assumptions) : null;
  job.checkCancelled();
  job.progress(2, steps);

  const months = revenueByMonth(db, asOf);
  const fromMonth = addDays(asOf, -365).slice(0, 7);
  const revenue12mMinor = months.filter((m) => m.month > fromMonth).reduce((sum, m) => sum + m.revenueMinor, 0);
  job.checkCancelled();
  job.progress(3, steps);

  // the saved segments' sizes and the RFM groups' in one pass (the RFM chain computed once)
  const saved = readSegments(db).slice(0, MAX_SEGMENTS);
  const counted = countSegments(db, saved.map((s) => s.rules), asOf, RFM_GROUPS);
  const rfmGroups = RFM_GROUPS.map((g, i) => ({ label: RFM_GROUP_NAMES[language][g], customers: counted.groups[i] ?? 0 }));
  const segments = saved.map((s, i) => ({ name: s.name, members: counted.segments[i] ?? 0 }));
  job.checkCancelled();
  job.progress(4, steps);

  const all = listCampaigns(db);
  const chosen = request.campaignIds.length > 0 ? all.filter((c) => request.campaignIds.includes(c.id)) : [];
  const forProgram = program?.id ? all.filter((c) => c.programId === program!.id) : [];
  const plans = chosen.length > 0 ? chosen : forProgram.length > 0 ? forProgram : all.filter((c) => c.status === 'active');
  const calendar = calendarRows(db, plans);
  job.progress(5, steps);

  const lines = plans.map((p) => ({ label: p.name, amountMinor: p.progress.plannedCostMinor }));
  const figure = (key: string) => economics?.figures.find((f) => f.key === key)?.value ?? 0;
  for (const key of ['rewardCost', 'fixedCost']) if (figure(key) > 0) lines.push({ label: figureName(key, language), amountMinor: Math.round(figure(key)) });
  const averageBasketMinor = Math.round(facts.averageBasketMinor);
  const advice = proposalAdvice(language, {
    repeatRate: percent(facts.repeatRate),
    lapsedShare: percent(facts.lapsedShare),
    averageBasket: formatMoney(averageBasketMinor, stored.currency, language),
    hasRewards: program !== null && ['stampCard', 'points', 'referral'].includes(program.rules.type),
  });
  const data: ProposalData = {
    profile: { name: stored.name, logo: stored.logo ?? '', brandColour: stored.brandColour ?? DEFAULT_BRAND_COLOUR, paperSize: stored.paperSize ?? 'A4', senderAddress: stored.senderAddress ?? '' },
    agencyName: stored.agencyName ?? '',
    language,
    date: asOf,
    base: {
      customers: facts.customers, buyers12m: facts.buyers, revenue12mMinor, currency: stored.currency, repeatRate: facts.repeatRate, averageBasketMinor,
      purchasesPerBuyer: facts.purchasesPerBuyer, topFifthRevenueShare: facts.topFifthRevenueShare, referralShare: facts.referralShare, lapsedShare: facts.lapsedShare,
    },
    revenueByMonth: months,
    rfmGroups,
    segments,
    program,
    reasons,
    economics,
    calendar,
    budget: { lines, totalMinor: lines.reduce((sum, l) => sum + l.amountMinor, 0) },
    kpis: advice.kpis,
    nextSteps: advice.nextSteps,
  };
  const doc = proposalDocument(data);
  job.progress(6, steps);
  return { doc, answer: { kind: 'proposal', documents: 1, includedIds: [], excluded: [] } };
}
