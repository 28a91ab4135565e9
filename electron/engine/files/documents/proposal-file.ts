import type { Document } from 'docx';
import type { Campaign, Step } from '../../../../shared/domain/campaign';
import type { DocumentExportAnswer, ProposalExportRequest } from '../../../../shared/domain/document';
import type { ExportedFile } from '../../../../shared/domain/export';
import { DEFAULT_BRAND_COLOUR } from '../../../../shared/domain/profile';
import { EconomicsAssumptionsSchema, type Program, ProgramInputSchema } from '../../../../shared/domain/program';
import { RFM_GROUPS } from '../../../../shared/domain/rfm';
import { addDays } from '../../../../shared/logic/calendar';
import { programEconomics } from '../../../../shared/logic/programs/economics';
import { recommendPrograms } from '../../../../shared/logic/programs/recommend';
import { formatMoney } from '../../../../shared/logic/template/formats';
import type { Reader } from '../../database';
import type { HandlerContext } from '../../handlers';
import { bookRfm } from '../../handlers/rfm-cache';
import type { JobControl } from '../../job-control';
import { listCampaigns } from '../../store/campaigns';
import { readBusinessFacts, readProgramBase } from '../../store/program-facts';
import { readProfile } from '../../store/profile';
import { readProgram } from '../../store/programs';
import { readSegments, rulesMembersSql } from '../../store/segments';
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

function revenueByMonth(db: Reader, asOf: string): Array<{ month: string; revenueMinor: number }> {
  return db.all<{ month: string; revenueMinor: number }>(
    `SELECT substr(p.date, 1, 7) AS month, CAST(round(sum(p.amount_minor * x.factor)) AS INTEGER) AS revenueMinor
       FROM purchases p JOIN exchange_factors x ON x.currency = p.currency
      WHERE p.date > ? AND p.date <= ? GROUP BY month ORDER BY month`,
    [`${addDays(asOf, -730).slice(0, 7)}-31`, asOf],
  );
}

/** Touches of the plans by week (Monday) and step, skipped ones left out. */
function calendarRows(db: Reader, plans: readonly Campaign[]): ProposalCalendarRow[] {
  if (plans.length === 0) return [];
  const steps = new Map<string, { plan: string; step: Step }>();
  for (const plan of plans) for (const step of plan.steps) steps.set(`${plan.id}:${step.id}`, { plan: plan.name, step });
  return db
    .all<{ week: string; campaign_id: string; step_id: string; touches: number; cost: number }>(
      `SELECT date(date, '-6 days', 'weekday 1') AS week, campaign_id, step_id, count(*) AS touches, sum(cost_minor) AS cost
         FROM touches WHERE status <> 'skipped' AND campaign_id IN (SELECT value FROM json_each(?))
        GROUP BY week, campaign_id, step_id ORDER BY week, campaign_id, step_id`,
      [JSON.stringify(plans.map((p) => p.id))],
    )
    .flatMap((r) => {
      const found = steps.get(`${r.campaign_id}:${r.step_id}`);
      return found ? [{ date: r.week, planName: found.plan, stepName: found.step.name, channel: found.step.channel, touches: r.touches, costMinor: r.cost }] : [];
    });
}

export function buildProposal(ctx: Pick<HandlerContext<Reader>, 'db' | 'memory'>, request: ProposalExportRequest, job: JobControl): { doc: Document; answer: Omit<DocumentExportAnswer, keyof ExportedFile> } {
  const { db } = ctx;
  const asOf = request.date;
  const stored = readProfile(db);
  const language = stored.language;
  const steps = 6;
  job.progress(0, steps);

  const facts = readBusinessFacts(db, asOf);
  const recommended = recommendPrograms(facts);
  job.checkCancelled();
  job.progress(1, steps);

  let program: Program | null = request.programId ? readProgram(db, request.programId) : null;
  let reasons: string[] = [];
  if (program) reasons = recommended.recommendations.find((r) => r.key === program!.recommendation)?.reasons ?? [];
  else if (recommended.recommendations[0]) {
    const best = recommended.recommendations[0];
    program = { ...ProgramInputSchema.parse(best.draft), id: '', createdAt: '', updatedAt: '' };
    reasons = best.reasons;
  }
  const assumptions = request.assumptions ?? EconomicsAssumptionsSchema.parse({});
  const economics = program ? programEconomics(program, readProgramBase(db, program, asOf), assumptions) : null;
  job.checkCancelled();
  job.progress(2, steps);

  const months = revenueByMonth(db, asOf);
  const fromMonth = addDays(asOf, -365).slice(0, 7);
  const revenue12mMinor = months.filter((m) => m.month > fromMonth).reduce((sum, m) => sum + m.revenueMinor, 0);
  const rfm = bookRfm(ctx, asOf);
  const perGroup = new Map<string, number>();
  for (const score of rfm.values()) perGroup.set(score.group, (perGroup.get(score.group) ?? 0) + 1);
  const rfmGroups = RFM_GROUPS.map((g) => ({ label: RFM_GROUP_NAMES[language][g], customers: perGroup.get(g) ?? 0 }));
  job.checkCancelled();
  job.progress(3, steps);

  const segments = readSegments(db)
    .slice(0, MAX_SEGMENTS)
    .map((s) => {
      const source = rulesMembersSql(db, s.rules, asOf);
      return { name: s.name, members: db.get<{ n: number }>(`SELECT count(*) AS n FROM (${source.sql})`, source.params)?.n ?? 0 };
    });
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
