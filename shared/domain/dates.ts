import { z } from 'zod';

/** A calendar date as the contract carries it: YYYY-MM-DD, no time, no zone. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written YYYY-MM-DD, such as 2026-03-31.');
