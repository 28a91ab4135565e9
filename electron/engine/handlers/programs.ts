import { programEconomics } from '../../../shared/logic/programs/economics';
import { recommendPrograms } from '../../../shared/logic/programs/recommend';
import { programStanding } from '../../../shared/logic/programs/standing';
import type { ProgramStanding } from '../../../shared/domain/program';
import { readBusinessFacts, readProgramBase } from '../store/program-facts';
import { insertProgram, listPrograms, markProgramDeleted, readProgram, restoreProgram, updateProgram } from '../store/programs';
import type { EngineHandler } from './types';

/**
 * programs.*: recommendations from the business and its data, the designer's programs, their economics before
 * launch and each customer's standing. The reasoning is pure (shared/logic/programs); this module measures and stores.
 */

const recommend: EngineHandler<'programs.recommend'> = ({ db }, { asOf }) => recommendPrograms(readBusinessFacts(db, asOf));

const list: EngineHandler<'programs.list'> = ({ db }) => listPrograms(db);

const create: EngineHandler<'programs.create'> = ({ db, now, newId }, input) => {
  const id = newId();
  insertProgram(db, id, input, now());
  return readProgram(db, id);
};

const update: EngineHandler<'programs.update'> = ({ db, now }, { id, patch }) => {
  updateProgram(db, id, patch, now());
  return readProgram(db, id);
};

/** A copy as a draft named "… (copy)", to change one thing and compare the two. */
const duplicate: EngineHandler<'programs.duplicate'> = ({ db, now, newId }, { id }) => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = readProgram(db, id);
  const copy = newId();
  insertProgram(db, copy, { ...fields, name: `${fields.name} (copy)`.slice(0, 120), status: 'draft' }, now());
  return readProgram(db, copy);
};

const remove: EngineHandler<'programs.delete'> = ({ db, now }, { id }) => {
  markProgramDeleted(db, id, now());
  return { id };
};

const restore: EngineHandler<'programs.restore'> = ({ db }, { id }) => {
  restoreProgram(db, id);
  return readProgram(db, id);
};

const economics: EngineHandler<'programs.economics'> = ({ db }, { programId, asOf, assumptions }) => {
  const program = readProgram(db, programId);
  return programEconomics(program, readProgramBase(db, program, asOf), assumptions);
};

/** Each program with balances (stamp card, points, tiers) that is not ended, from the customer's purchases in the business currency. */
const standing: EngineHandler<'programs.standing'> = ({ db }, { customerId, asOf }) => {
  const programs = listPrograms(db).filter((p) => p.status !== 'ended' && (p.rules.type === 'stampCard' || p.rules.type === 'points' || p.rules.type === 'tiers'));
  if (programs.length === 0) return [];
  const purchases = db.all<{ date: string; amountMinor: number }>(
    `SELECT p.date, CAST(round(p.amount_minor * x.factor) AS INTEGER) AS amountMinor
       FROM purchases p JOIN exchange_factors x ON x.currency = p.currency WHERE p.customer_id = ? AND p.date <= ? ORDER BY p.date`,
    [customerId, asOf],
  );
  return programs.map((p) => programStanding(p, purchases, asOf)).filter((s): s is ProgramStanding => s !== null);
};

export const programHandlers = {
  'programs.recommend': recommend,
  'programs.list': list,
  'programs.create': create,
  'programs.update': update,
  'programs.duplicate': duplicate,
  'programs.delete': remove,
  'programs.restore': restore,
  'programs.economics': economics,
  'programs.standing': standing,
};
