import { z } from 'zod';
import { TIMELINE_KINDS, TimelineEntrySchema, type TimelineItem } from '../domain/timeline';
import { channel, domain, returns } from './define';

export const timelineContract = domain('timeline', {
  /** Purchases, touchpoints and feedback of one customer, newest first. */
  'timeline.list': channel({
    request: z.object({ customerId: z.string().uuid() }).strict(),
    response: returns<TimelineItem[]>(),
    mutates: false,
    runs: 'engine',
  }),
  'timeline.add': channel({
    request: z.object({ customerId: z.string().uuid(), entry: TimelineEntrySchema }).strict(),
    response: returns<TimelineItem>(),
    mutates: true,
    runs: 'engine',
  }),
  'timeline.update': channel({
    request: z.object({ id: z.string().uuid(), entry: TimelineEntrySchema }).strict(),
    response: returns<TimelineItem>(),
    mutates: true,
    runs: 'engine',
  }),
  'timeline.delete': channel({
    request: z.object({ kind: z.enum(TIMELINE_KINDS), id: z.string().uuid() }).strict(),
    response: returns<{ deleted: number }>(),
    mutates: true,
    runs: 'engine',
  }),
});
