import { z } from 'zod';
import {
  EconomicsAssumptionsSchema,
  type EconomicsAnswer,
  type Program,
  ProgramInputSchema,
  type ProgramStanding,
  ProgramUpdateSchema,
  type RecommendAnswer,
} from '../domain/program';
import { isoDate } from '../domain/dates';
import { channel, domain, returns } from './define';
import { byId, empty } from './schemas';

/** Relationship programs: recommendations from the business and its data, the designer's programs, their economics. */
export const programsContract = domain('programs', {
  /** Program types that suit this business, with the reasons and the numbers used (shared/logic/programs/recommend.ts). */
  'programs.recommend': channel({ request: z.object({ asOf: isoDate }).strict(), response: returns<RecommendAnswer>(), mutates: false, runs: 'engine' }),
  'programs.list': channel({ request: empty, response: returns<Program[]>(), mutates: false, runs: 'engine' }),
  'programs.create': channel({ request: ProgramInputSchema, response: returns<Program>(), mutates: true, runs: 'engine' }),
  'programs.update': channel({ request: ProgramUpdateSchema, response: returns<Program>(), mutates: true, runs: 'engine' }),
  /** A copy named "… (copy)", as a draft. */
  'programs.duplicate': channel({ request: byId, response: returns<Program>(), mutates: true, runs: 'engine' }),
  /** Deletes a program (its plans stay, unlinked); `programs.restore` is its undo. */
  'programs.delete': channel({ request: byId, response: returns<{ id: string }>(), mutates: true, runs: 'engine' }),
  'programs.restore': channel({ request: byId, response: returns<Program>(), mutates: true, runs: 'engine' }),
  /** Expected members, rewards, costs, profit, payback and sensitivity from the workspace's real purchases. */
  'programs.economics': channel({
    request: z.object({ programId: z.string().uuid(), asOf: isoDate, assumptions: EconomicsAssumptionsSchema.default(EconomicsAssumptionsSchema.parse({})) }).strict(),
    response: returns<EconomicsAnswer>(),
    mutates: false,
    runs: 'engine',
  }),
  /** A customer's stamps, points or tier in each program that keeps balances. */
  'programs.standing': channel({ request: z.object({ customerId: z.string().uuid(), asOf: isoDate }).strict(), response: returns<ProgramStanding[]>(), mutates: false, runs: 'engine' }),
});
