import { AlignmentType, LineRuleType, BorderStyle, Document, HeightRule, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { RapportFailure } from '../../../../shared/contract/result';
import type { Profile } from '../../../../shared/domain/profile';
import { DOCUMENT_FONT, type DocumentPiece, hex, pageProperties, textParagraphs, twip } from './layout';
import { assertNoUnclosedTags } from './letters';

/**
 * A6 is 105 x 148 mm: four fit an A4 page (2 x 2) with no margin; the page gets 0 margins and fixed cells. Rows
 * are 144 mm (4 mm short of A6) so the page break and the paragraph Word requires after a table still fit.
 */
export const CARDS_PER_PAGE = 4;
const CARD_W = 105;
const CARD_H = 148;

function cardCell(profile: Profile, piece: DocumentPiece | null, cutMarks: boolean): TableCell {
  const border = cutMarks ? { style: BorderStyle.DASHED, size: 4, color: '999999' } : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new TableCell({
    width: { size: twip(CARD_W), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: twip(12), bottom: twip(8), left: twip(12), right: twip(12) },
    borders: { top: border, bottom: border, left: border, right: border },
    children: piece
      ? [
          ...textParagraphs(piece.text, 24),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [new TextRun({ text: profile.name, size: 14, font: DOCUMENT_FONT, color: hex(profile.brandColour) })] }),
        ]
      : [new Paragraph('')],
  });
}

/** Gift cards, four A6 cards per A4 page (2 x 2, fixed row heights), optional dashed cut marks. */
export function giftCardsDocument(profile: Profile, templateName: string, pieces: DocumentPiece[], cutMarks: boolean): Document {
  assertNoUnclosedTags(templateName, pieces);
  if (pieces.length === 0) throw new RapportFailure('invalid-request', 'There is nobody to make a card for.');
  const children: (Table | Paragraph)[] = [];
  for (let start = 0; start < pieces.length; start += CARDS_PER_PAGE) {
    const page = pieces.slice(start, start + CARDS_PER_PAGE);
    const at = (i: number) => page[i] ?? null;
    // A tiny (1 pt, exact) paragraph carries the page break, so the 2 x 144 mm rows still fit the 297 mm sheet.
    if (start > 0) children.push(new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] }));
    children.push(
      new Table({
        width: { size: twip(2 * CARD_W), type: WidthType.DXA },
        columnWidths: [twip(CARD_W), twip(CARD_W)],
        rows: [0, 2].map((first) => new TableRow({ cantSplit: true, height: { value: twip(CARD_H - 4), rule: HeightRule.EXACT }, children: [cardCell(profile, at(first), cutMarks), cardCell(profile, at(first + 1), cutMarks)] })),
      }),
    );
  }
  // The cards need the whole A4 sheet: margins 0 (a tiny bottom one so the table does not spill a blank page).
  return new Document({
    creator: profile.name,
    title: templateName,
    styles: { default: { document: { run: { font: DOCUMENT_FONT, size: 24 } } } },
    sections: [{ properties: pageProperties('A4', false, { top: 0, right: 0, bottom: 0, left: 0 }), children }],
  });
}
