import { findMatches } from '../../store/customer-matches';
import { readProfile } from '../../store/profile';
import type { EngineHandler } from '../types';

/** Who a customer being typed may already be (the capture form and the customer form ask while typing). */
const matches: EngineHandler<'customers.findMatches'> = ({ db }, query) => findMatches(db, query, readProfile(db).country);

export const matchHandlers = {
  'customers.findMatches': matches,
};
