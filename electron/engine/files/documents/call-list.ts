import { Document, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, ShadingType } from 'docx';
import { RapportFailure } from '../../../../shared/contract/result';
import type { Profile } from '../../../../shared/domain/profile';
import { DOCUMENT_FONT, type DocumentPiece, businessHeader, hex, lineRuns, pageFooter, pageProperties } from './layout';
import { assertNoUnclosedTags } from './letters';

/** One call-list row: the piece (talking points = the rendered call script) and the columns already worded. */
export interface CallRow extends DocumentPiece {
  company: string;
  phone: string;
  lastPurchase: string;
  lastTouchpoint: string;
  rfmGroup: string;
}

export const CALL_LIST_COLUMNS = ['Name', 'Company', 'Phone', 'Last purchase', 'Last touchpoint', 'RFM group', 'Talking points'] as const;
const WIDTHS: readonly number[] = [12, 11, 10, 13, 12, 8, 34];

/** The call list: one landscape table, a row per customer, the header row repeated on every page. */
export function callListDocument(profile: Profile, templateName: string, rows: CallRow[]): Document {
  assertNoUnclosedTags(templateName, rows);
  if (rows.length === 0) throw new RapportFailure('invalid-request', 'There is nobody to call.');
  const cell = (text: string, i: number, head = false) =>
    new TableCell({
      width: { size: WIDTHS[i] ?? 10, type: WidthType.PERCENTAGE },
      shading: head ? { type: ShadingType.CLEAR, fill: hex(profile.brandColour), color: 'auto' } : undefined,
      children: [new Paragraph({ children: lineRuns(text, { size: 18, bold: head, color: head ? 'FFFFFF' : undefined }) })],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: CALL_LIST_COLUMNS.map((c, i) => cell(c, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: [r.name, r.company, r.phone, r.lastPurchase, r.lastTouchpoint, r.rfmGroup, r.text.trim()].map((t, i) => cell(t, i)) })),
    ],
  });
  return new Document({
    creator: profile.name,
    title: templateName,
    styles: { default: { document: { run: { font: DOCUMENT_FONT, size: 18 } } } },
    sections: [{
      properties: pageProperties(profile.paperSize, true, { top: 15, right: 12, bottom: 15, left: 12 }),
      headers: { default: businessHeader(profile) },
      footers: { default: pageFooter() },
      children: [new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: templateName, bold: true, size: 26, font: DOCUMENT_FONT })] }), table],
    }],
  });
}
