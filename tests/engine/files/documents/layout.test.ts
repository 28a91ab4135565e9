import { Packer } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RapportFailure } from '../../../../shared/contract/result';
import { defaultProfile, type Profile } from '../../../../shared/domain/profile';
import type { ExcludedRecipient } from '../../../../shared/domain/recipients';
import { callListDocument, type CallRow } from '../../../../electron/engine/files/documents/call-list';
import { giftCardsDocument } from '../../../../electron/engine/files/documents/gift-cards';
import { packSync } from '../../../../electron/engine/files/documents/layout';
import { lettersDocument, type LetterPiece } from '../../../../electron/engine/files/documents/letters';
import { documentXml, pageBreaks, pdfPages, rawText, soffice } from './support';

const profile: Profile = { ...defaultProfile('Nordlys Kafferisteri'), senderAddress: 'Havnegade 4\n8000 Aarhus', signature: 'Med venlig hilsen\nAnna' };
const NAMES = ['Antonín Dvořák', 'Jana Šťastná', 'Søren Ærø'];
const DATES = ['31. března 2026', '31. března 2026', '31. marts 2026'];

function piece(i: number, over: Partial<LetterPiece> = {}): LetterPiece {
  const name = NAMES[i % NAMES.length] ?? 'x';
  return {
    customerId: `c${i}`, name, subject: `Tak, ${name}`, text: `Kære ${name},\n\ntak for sidst.\nVi ses.`, warnings: [],
    postalAddress: [name, 'Hlavní 1', '110 00 Praha', 'Czech Republic'], dateText: DATES[i % DATES.length] ?? '', ...over,
  };
}
const excluded: ExcludedRecipient[] = [{ customerId: 'x1', name: 'Ida Nørgaard', reason: 'no-consent' }];

const docx = async (doc: Parameters<typeof Packer.toBuffer>[0]) => Promise.resolve(packSync(doc));

describe('letters', () => {
  it('writes one letter per piece with diacritics, dates, subject and the not-included summary', async () => {
    const bytes = await docx(lettersDocument(profile, 'Thanks', [piece(0), piece(1), piece(2)], excluded));
    const text = await rawText(bytes);
    for (const name of NAMES) expect(text).toContain(`Tak, ${name}`);
    expect(text).toContain('31. března 2026');
    expect(text).toContain('31. marts 2026');
    expect(text).toContain('Med venlig hilsen');
    expect(text).not.toContain('{{');
    const summary = text.slice(text.indexOf('Not included'));
    expect(text.indexOf('Not included')).toBeGreaterThan(text.lastIndexOf('Vi ses.'));
    expect(summary).toContain('Ida Nørgaard');
    expect(summary).toContain('no consent for this way of contact');
    expect(text.slice(0, text.indexOf('Not included'))).not.toContain('Ida Nørgaard');
    const xml = documentXml(bytes);
    expect(pageBreaks(xml)).toBe(3); // between 3 letters (2) and before the summary (1)
    expect(xml).toContain('w:orient="portrait"');
    expect(xml).toMatch(/<w:pgSz w:w="1190[56]" w:h="1683[78]"/); // A4
  });

  it('uses US Letter when the profile says so', async () => {
    const xml = documentXml(await docx(lettersDocument({ ...profile, paperSize: 'Letter' }, 'T', [piece(0)], [])));
    expect(xml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('fails loudly with the template name and position when a piece has an unclosed tag', () => {
    const bad = piece(0, { warnings: [{ code: 'unclosed-tag', at: 17 }], text: 'Hello {{firstName' });
    expect(() => lettersDocument(profile, 'Spring', [piece(1), bad], [])).toThrow(RapportFailure);
    expect(() => lettersDocument(profile, 'Spring', [bad], [])).toThrow(/"Spring".*character 17/);
  });

  it('refuses a document for nobody', () => {
    expect(() => lettersDocument(profile, 'T', [], [])).toThrow(/nobody/);
  });

  it.skipIf(!soffice)('prints one page per letter plus the summary in LibreOffice', async () => {
    const bytes = await docx(lettersDocument(profile, 'Thanks', [piece(0), piece(1), piece(2)], excluded));
    expect(pdfPages(bytes)).toBe(4);
  }, 90_000);
});

describe('packSync', () => {
  it('makes the same parts as docx Packer.toBuffer, without a promise', async () => {
    const doc = () => lettersDocument(profile, 'Thanks', [piece(0), piece(2)], excluded);
    const mine = unzipSync(packSync(doc()));
    const theirs = unzipSync(new Uint8Array(await Packer.toBuffer(doc())));
    expect(Object.keys(mine).sort()).toEqual(Object.keys(theirs).sort());
    expect(strFromU8(mine['word/document.xml'] ?? new Uint8Array())).toBe(strFromU8(theirs['word/document.xml'] ?? new Uint8Array()));
    expect(await rawText(packSync(doc()))).toContain('Søren Ærø');
  });
});

describe('gift cards', () => {
  it('puts four cards on a page with dashed cut marks, and none without', async () => {
    const pieces = Array.from({ length: 9 }, (_, i) => piece(i));
    const xml = documentXml(await docx(giftCardsDocument(profile, 'Gift', pieces, true)));
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(3);
    expect(pageBreaks(xml)).toBe(2);
    expect(xml).toContain('w:val="dashed"');
    expect(xml).toContain('Søren Ærø');
    const plain = documentXml(await docx(giftCardsDocument(profile, 'Gift', pieces.slice(0, 4), false)));
    expect(plain).not.toContain('w:val="dashed"');
  });

  it.skipIf(!soffice)('prints 9 cards on 3 pages in LibreOffice', async () => {
    const pieces = Array.from({ length: 9 }, (_, i) => piece(i));
    expect(pdfPages(await docx(giftCardsDocument(profile, 'Gift', pieces, true)))).toBe(3);
  }, 90_000);
});

describe('call list', () => {
  const row = (i: number): CallRow => ({ ...piece(i), text: `Ask ${NAMES[i % 3]} about the beans`, company: 'Kaffe A/S', phone: `+45 20 00 00 0${i}`, lastPurchase: '3 March 2026 · Espresso', lastTouchpoint: '1 March 2026', rfmGroup: 'Champions' });
  it('writes a landscape table with a header and one row per customer', async () => {
    const bytes = await docx(callListDocument(profile, 'Calls', [row(0), row(1), row(2)]));
    const xml = documentXml(bytes);
    expect(xml).toContain('w:orient="landscape"');
    expect((xml.match(/<w:tr>|<w:tr /g) ?? []).length).toBe(4);
    const text = await rawText(bytes);
    expect(text).toContain('Talking points');
    expect(text).toContain('Ask Jana Šťastná about the beans');
    expect(text).toContain('+45 20 00 00 02');
  });
  it('refuses an empty list', () => {
    expect(() => callListDocument(profile, 'Calls', [])).toThrow(/nobody/);
  });
});
