import type { z } from 'zod';
import type { CaptureSchema } from '../../../shared/domain/capture';
import { type CustomerFields, EMPTY_CUSTOMER } from '../../../shared/domain/customer';
import { emailKey, foldText, phoneKey } from '../../../shared/logic/match-keys';
import type { Writer } from '../database';
import { recordConsent } from '../store/consents';
import { insertCustomer, readCustomer } from '../store/customers';
import { readProfile } from '../store/profile';
import { insertEntry } from '../store/timeline';
import { countEventTouchpoints } from '../store/touchpoints';
import { updateCustomer } from './customers/edit';
import type { EngineHandler } from './types';

type Lead = z.output<typeof CaptureSchema>;

/**
 * Saves a lead: as a new customer, or (with `updateId`, when staff chose *update the known customer*) into the
 * customer who is already known. Either way the meeting is a touchpoint of the event and a ticked consent box is
 * recorded with the time and the event as evidence.
 */
const save: EngineHandler<'capture.save'> = ({ db, now, newId }, lead) => {
  const at = now();
  const id = lead.updateId ?? newId();
  if (lead.updateId) updateKnown(db, lead.updateId, lead, at);
  else insertLead(db, id, lead, at);
  if (lead.consent) {
    // the box ticked now is the newest word on email, whatever was recorded before
    recordConsent(db, id, 'email', {
      status: 'granted',
      at: at.toISOString(),
      source: lead.event,
      evidence: `Consent box ticked on the capture form at ${lead.event}, ${at.toISOString()}`,
    });
  }
  insertEntry(
    db,
    newId(),
    id,
    {
      kind: 'touchpoint',
      date: at.toISOString().slice(0, 10),
      medium: 'event',
      department: 'sales',
      direction: 'inbound',
      summary: `${MET_AT}${lead.event}${lead.interest ? `${INTERESTED_IN}${lead.interest}` : ''}`,
      outcome: '',
    },
    at,
  );
  return readCustomer(db, id, at);
};

const MET_AT = 'Met at ';
const INTERESTED_IN = ' — interested in ';

function leadNotes(lead: Lead): string {
  return [lead.interest && `Interest: ${lead.interest}`, lead.notes].filter(Boolean).join('\n');
}

function insertLead(db: Writer, id: string, lead: Lead, at: Date): void {
  insertCustomer(
    db,
    id,
    {
      ...EMPTY_CUSTOMER,
      kind: lead.firstName || lead.lastName ? 'person' : 'company',
      firstName: lead.firstName,
      lastName: lead.lastName,
      company: lead.company,
      email: lead.email,
      phone: lead.phone,
      source: lead.event,
      customerSince: at.toISOString().slice(0, 10),
      notes: leadNotes(lead),
      tags: ['lead'],
    },
    at,
    readProfile(db).country,
  );
}

/** The lead's fields that the known customer has no value for; values that differ are kept in a note, never overwritten. */
const FILLABLE = ['firstName', 'lastName', 'company', 'email', 'phone'] as const;

/**
 * Fills the known customer's empty fields from the lead and appends what the lead said (interest, notes, values
 * that differ from the stored ones) as a dated note. The customer keeps their source, tags and customer-since:
 * they are not a new lead, they were met again.
 */
function updateKnown(db: Writer, targetId: string, lead: Lead, at: Date): void {
  const known = readCustomer(db, targetId, at);
  const country = known.country || readProfile(db).country;
  const patch: Partial<CustomerFields> = {};
  const differing: string[] = [];
  for (const field of FILLABLE) {
    const given = lead[field];
    if (given === '') continue;
    if (known[field] === '') patch[field] = given;
    else if (!sameValue(field, known[field], given, country)) differing.push(`${FIELD_WORDS[field]}: ${given}`);
  }
  const said = [leadNotes(lead), differing.length > 0 ? `Also gave ${differing.join(', ')}` : ''].filter(Boolean).join('\n');
  if (said) patch.notes = [known.notes, `${lead.event}, ${at.toISOString().slice(0, 10)}:\n${said}`].filter(Boolean).join('\n\n');
  updateCustomer(db, targetId, patch, at);
}

const FIELD_WORDS: Record<(typeof FILLABLE)[number], string> = { firstName: 'first name', lastName: 'last name', company: 'company', email: 'email', phone: 'phone' };

function sameValue(field: (typeof FILLABLE)[number], stored: string, given: string, country: string): boolean {
  if (field === 'email') return emailKey(stored) === emailKey(given);
  if (field === 'phone') return phoneKey(stored, country) === phoneKey(given, country);
  return foldText(stored) === foldText(given);
}

/** Leads met at the event since a moment: one touchpoint per lead, new or known. */
const count: EngineHandler<'capture.count'> = ({ db }, { event, since }) => {
  const summary = `${MET_AT}${event}`;
  return { count: countEventTouchpoints(db, new Date(since).toISOString(), summary, summary + INTERESTED_IN) };
};

export const captureHandlers = {
  'capture.save': save,
  'capture.count': count,
};
