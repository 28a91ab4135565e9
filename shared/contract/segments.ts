import type { CustomerRow } from '../domain/customer';
import {
  type Segment,
  SegmentInputSchema,
  SegmentMembersSchema,
  SegmentPreviewSchema,
  type SegmentSnapshot,
  SegmentUpdateSchema,
} from '../domain/segment';
import { z } from 'zod';
import { isoDate } from '../domain/dates';
import { channel, domain, returns } from './define';
import { byId, empty } from './schemas';

/** Saved segments and their rules (shared/domain/segment.ts); the engine compiles rules to parameterised SQL. */
export const segmentsContract = domain('segments', {
  /** The live count and first rows of rules not saved yet (the builder asks as the rules change). */
  'segments.preview': channel({ request: SegmentPreviewSchema, response: returns<{ count: number; rows: CustomerRow[] }>(), mutates: false, runs: 'engine' }),
  /** Saved segments with their current member counts, in the order they were made. */
  'segments.list': channel({ request: empty, response: returns<(Segment & { count: number })[]>(), mutates: false, runs: 'engine' }),
  'segments.create': channel({ request: SegmentInputSchema, response: returns<Segment>(), mutates: true, runs: 'engine' }),
  'segments.update': channel({ request: SegmentUpdateSchema, response: returns<Segment>(), mutates: true, runs: 'engine' }),
  /** Deletes a segment; `segments.restore` brings it back with its snapshots (undo). */
  'segments.delete': channel({ request: byId, response: returns<{ id: string }>(), mutates: true, runs: 'engine' }),
  'segments.restore': channel({ request: byId, response: returns<Segment>(), mutates: true, runs: 'engine' }),
  /** The members now (or of a frozen snapshot). */
  'segments.members': channel({ request: SegmentMembersSchema, response: returns<{ count: number; ids: string[] }>(), mutates: false, runs: 'engine' }),
  /** Freezes today's members as a snapshot kept with its date. */
  'segments.freeze': channel({
    request: z.object({ id: z.string().uuid(), asOf: isoDate.optional() }).strict(),
    response: returns<SegmentSnapshot>(),
    mutates: true,
    runs: 'engine',
  }),
});
