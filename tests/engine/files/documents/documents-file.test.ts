import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { RapportFailure } from '../../../../shared/contract/result';
import { contract } from '../../../../shared/contract/channels';
import type { Template } from '../../../../shared/domain/template';
import { WorkspaceMemory } from '../../../../electron/engine/handlers';
import type { JobControl } from '../../../../electron/engine/job-control';
import { type Personalise, type PersonalisedPiece, documentsFile } from '../../../../electron/engine/files/documents/documents-file';
import { formatDate as realFormatDate } from '../../../../shared/logic/template';
import { AT, bookWith, id } from '../../store/support';

const TEMPLATE_ID = '00000000-0000-4000-8000-0000000000aa';
const template = { id: TEMPLATE_ID, name: 'Spring note', kind: 'letter', occasion: '', versions: {}, starterKey: null, unchangedStarter: false, createdAt: '', updatedAt: '' } as unknown as Template;

function pieceFor(name: string, over: Partial<PersonalisedPiece> = {}): PersonalisedPiece {
  return { customerId: id(name.length), name, language: 'cs', fellBackFrom: null, subject: 'Jaro', text: `Milý ${name},\n\njaro je tu.`, warnings: [],
    postalAddress: [name, 'Praha'], context: { company: { type: 'text', value: 'Káva s.r.o.' }, phone: { type: 'text', value: '+420 600 000 000' }, lastPurchaseDate: { type: 'date', value: '2026-02-03' }, lastPurchaseProduct: { type: 'text', value: 'Espresso' }, rfmGroup: { type: 'text', value: 'Champions' } }, ...over };
}

/** A stand-in for the engine's personalise that records the channel it was asked for. */
function fakePersonalise(pieces: PersonalisedPiece[]) {
  const calls: string[] = [];
  const personalise: Personalise = (_db, request) => {
    calls.push(request.channel);
    return { template, pieces, excluded: [{ customerId: id(77), name: 'Ida Nørgaard', reason: 'no-consent' }] };
  };
  return { personalise, calls };
}

const formatDate = (iso: string, language: string) => `${language}:${iso}`;
const job = (stopAt = Infinity): JobControl & { checks: number } => {
  const j = { checks: 0, progress: () => undefined, checkCancelled: () => { j.checks += 1; if (j.checks >= stopAt) throw new RapportFailure('cancelled', 'Stopped.'); } };
  return j;
};
const request = (kind: string) => contract['documents.export'].request.parse({ kind, templateId: TEMPLATE_ID, recipients: { customerIds: [id(1)] }, date: '2026-03-31' });

async function context() {
  const db = await bookWith([[1, { firstName: 'Eva', lastName: 'Lund' }]]);
  return { db, now: () => AT, newId: () => id(99), memory: new WorkspaceMemory(), workspaceName: 'Nordlys' };
}

describe('documents.export producer', () => {
  it('asks personalise for the channel each kind implies and answers who is in and out', async () => {
    const ctx = await context();
    for (const [kind, channel] of [['letters', 'letter'], ['giftCards', 'gift'], ['callList', 'phone']] as const) {
      const fake = fakePersonalise([pieceFor('Antonín Dvořák'), pieceFor('Jana Šťastná')]);
      const { bytes, answer } = documentsFile({ personalise: fake.personalise, formatDate }).produce(ctx, request(kind), job());
      expect(fake.calls).toEqual([channel]);
      expect(answer).toEqual({ kind, documents: 2, includedIds: [id(14), id(12)], excluded: [{ customerId: id(77), name: 'Ida Nørgaard', reason: 'no-consent' }] });
      const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      expect(text).toContain('Jana Šťastná');
      if (kind === 'letters') { expect(text).toContain('cs:2026-03-31'); expect(text).toContain('Not included'); }
      if (kind === 'callList') expect(text).toContain('cs:2026-02-03 · Espresso');
    }
  });

  it('fails the whole export when a piece carries an unclosed tag', async () => {
    const ctx = await context();
    const fake = fakePersonalise([pieceFor('Eva'), pieceFor('Bo', { warnings: [{ code: 'unclosed-tag', at: 5 }] })]);
    expect(() => documentsFile({ personalise: fake.personalise, formatDate }).produce(ctx, request('letters'), job())).toThrow(/"Spring note".*character 5/);
  });

  it('stops when asked before packing', async () => {
    const ctx = await context();
    const fake = fakePersonalise([pieceFor('Eva')]);
    expect(() => documentsFile({ personalise: fake.personalise, formatDate }).produce(ctx, request('giftCards'), job(1))).toThrow(/Stopped/);
  });

  it('uses the profile paper size read from the workspace and suggests a .docx name', async () => {
    const ctx = await context();
    const producer = documentsFile({ personalise: fakePersonalise([pieceFor('Eva')]).personalise, formatDate });
    const xml = strFromU8(unzipSync(producer.produce(ctx, request('letters'), job()).bytes)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<w:pgSz w:w="(1190[56]|12240)"/);
    expect(producer.suggestedName(ctx, request('callList'))).toBe('Nordlys - call list 2026-03-31.docx');
  });
});

describe('documents.export with the template logic formatDate', () => {
  it('prints the letter date in each recipient language', async () => {
    const fake = fakePersonalise([pieceFor('Antonín Dvořák'), pieceFor('Søren Ærø', { language: 'da' })]);
    const { bytes } = documentsFile({ personalise: fake.personalise, formatDate: realFormatDate }).produce(await context(), request('letters'), job());
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain('31. března 2026');
    expect(text).toContain('31. marts 2026');
  });
});
