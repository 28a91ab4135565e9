import { z } from 'zod';
import { CaptureSchema } from '../domain/capture';
import type { Customer } from '../domain/customer';
import { channel, domain, returns } from './define';

export const captureContract = domain('capture', {
  /** Trade-fair capture: one lead becomes an ordinary customer with the event as its source. */
  'capture.save': channel({ request: CaptureSchema, response: returns<Customer>(), mutates: true, runs: 'engine' }),
  'capture.count': channel({
    request: z.object({ event: z.string().trim().min(1).max(120), since: z.string().datetime({ offset: true }) }).strict(),
    response: returns<{ count: number }>(),
    mutates: false,
    runs: 'engine',
  }),
});
