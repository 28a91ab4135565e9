import { AlignmentType, Document, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, HeightRule, VerticalAlign } from 'docx';
import { RapportFailure } from '../../../../shared/contract/result';
import type { Profile } from '../../../../shared/domain/profile';
import type { ExcludedRecipient } from '../../../../shared/domain/recipients';
import { DOCUMENT_FONT, type DocumentPiece, EXCLUSION_WORDS, businessHeader, hex, lineRuns, pageFooter, pageProperties, textParagraphs, twip } from './layout';

/** A letter's piece with its date already formatted in the recipient's language (formatDate). */
export interface LetterPiece extends DocumentPiece {
  dateText: string;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/**
 * Fails loudly when a piece still carries an unresolved `{{` from the template, so no document prints one.
 * Names the template and the position the editor points at.
 */
export function assertNoUnclosedTags(templateName: string, pieces: DocumentPiece[]): void {
  for (const piece of pieces) {
    const warning = piece.warnings.find((w) => w.code === 'unclosed-tag');
    if (warning) {
      throw new RapportFailure('invalid-request', `The template "${templateName}" has a "{{" without "}}" at character ${warning.at ?? 0}; fix it in the editor before making documents.`, { templateName, at: warning.at ?? 0 });
    }
  }
}

/**
 * DIN 5008 form B for a C5/DL window envelope: the margin is 25 mm left, the address field starts 45 mm from the
 * top (page margin 20 mm + 25 mm spacer) and is 85 x 45 mm: a 5 mm return line (sender, small) above the
 * recipient's lines. The date is right-aligned below, then the bold subject, the body and the signature.
 */
function letterBlocks(profile: Profile, piece: LetterPiece, pageBreak: boolean): (Paragraph | Table)[] {
  const sender = [profile.name, ...profile.senderAddress.split('\n').map((l) => l.trim()).filter(Boolean)].join(' · ');
  const addressCell = new TableCell({
    width: { size: twip(85), type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: [
      new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: sender, size: 14, font: DOCUMENT_FONT, underline: {} })] }),
      ...piece.postalAddress.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 22, font: DOCUMENT_FONT })] })),
    ],
  });
  return [
    new Paragraph({ pageBreakBefore: pageBreak, spacing: { before: 0, after: 0 }, children: [] }),
    // Spacer row: 45 mm from the top edge minus the 20 mm top margin minus the empty paragraph.
    new Table({
      width: { size: twip(85), type: WidthType.DXA },
      columnWidths: [twip(85)],
      borders: NO_BORDERS,
      rows: [
        new TableRow({ height: { value: twip(21), rule: HeightRule.EXACT }, children: [new TableCell({ borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: [new Paragraph('')] })] }),
        new TableRow({ height: { value: twip(45), rule: HeightRule.EXACT }, children: [addressCell] }),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 360, after: 360 }, children: [new TextRun({ text: piece.dateText, size: 22, font: DOCUMENT_FONT })] }),
    ...(piece.subject.trim() ? [new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: piece.subject, bold: true, size: 24, font: DOCUMENT_FONT, color: hex(profile.brandColour) })] })] : []),
    ...textParagraphs(piece.text),
    ...(profile.signature.trim() ? [new Paragraph({ spacing: { before: 240 }, children: lineRuns(profile.signature, { size: 22 }) })] : []),
  ];
}

/** The "Not included" summary after the letters: name and reason of everyone left out. */
export function notIncludedSection(excluded: ExcludedRecipient[], heading = 'Not included'): (Paragraph | Table)[] {
  if (excluded.length === 0) return [];
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 20, font: DOCUMENT_FONT })] })] });
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { after: 200 }, children: [new TextRun({ text: heading, bold: true, size: 28, font: DOCUMENT_FONT })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: [cell('Name', true), cell('Reason', true)] }),
        ...excluded.map((e) => new TableRow({ children: [cell(e.name), cell(EXCLUSION_WORDS[e.reason])] })),
      ],
    }),
  ];
}

/** One letter per recipient, a page break between them, the summary of those left out last. */
export function lettersDocument(profile: Profile, templateName: string, pieces: LetterPiece[], excluded: ExcludedRecipient[]): Document {
  assertNoUnclosedTags(templateName, pieces);
  if (pieces.length === 0 && excluded.length === 0) throw new RapportFailure('invalid-request', 'There is nobody to write to.');
  const children = pieces.flatMap((piece, i) => letterBlocks(profile, piece, i > 0));
  children.push(...notIncludedSection(excluded));
  return new Document({
    creator: profile.name,
    title: templateName,
    styles: { default: { document: { run: { font: DOCUMENT_FONT, size: 22 } } } },
    sections: [{ properties: pageProperties(profile.paperSize), headers: { default: businessHeader(profile) }, footers: { default: pageFooter() }, children }],
  });
}
