import { z } from 'zod';

/** Schemas several domain contracts share. */
export const empty = z.object({}).strict();
export const byId = z.object({ id: z.string().uuid() }).strict();
