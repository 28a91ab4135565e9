import { channel, domain, returns } from './define';
import { empty } from './schemas';

export const jobsContract = domain('jobs', {
  /** Asks the running long job (an import, an export) to stop; it rolls back and answers `cancelled`. */
  'jobs.cancel': channel({ request: empty, response: returns<null>(), mutates: false, runs: 'shell' }),
});
