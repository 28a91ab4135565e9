import { strToU8, zipSync } from 'fflate';
import {
  AlignmentType, type Document, Packer, Footer, Header, ImageRun, PageNumber, PageOrientation, Paragraph, TextRun,
  convertMillimetersToTwip, type ISectionOptions,
} from 'docx';
import type { PaperSize, Profile } from '../../../../shared/domain/profile';
import type { ExclusionReason } from '../../../../shared/domain/recipients';
import type { TemplateWarning } from '../../../../shared/domain/template';

/**
 * The font of every document. "Arial" is in every Word; LibreOffice here substitutes "Liberation Sans" for it
 * (`fc-match Arial`), which is metric-compatible and covers Latin Extended-A, so Czech (ř, ů, ť), Slovenian
 * (č, š, ž) and Nordic (æ, ø, å) letters print in both. Calibri would fall back to DejaVu Sans here (Carlito is
 * not installed), which changes line breaks between Word and the PDF.
 */
export const DOCUMENT_FONT = 'Arial';

/** One rendered piece of writing for one customer (a subset of the engine's personalise Piece). */
export interface DocumentPiece {
  customerId: string;
  name: string;
  subject: string;
  text: string;
  warnings: TemplateWarning[];
  postalAddress: string[];
}

export const PAGE_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** Words of the "Not included" summary (English for now; one small table). */
export const EXCLUSION_WORDS: Record<ExclusionReason, string> = {
  'do-not-contact': 'does not want to be contacted',
  'no-consent': 'no consent for this way of contact',
  'no-postal-address': 'no postal address',
  'no-email': 'no email address',
  'no-phone': 'no phone number',
  'left-company': 'has left the company',
  erased: 'erased',
};

export const twip = (mm: number): number => Math.round(convertMillimetersToTwip(mm));

/** #RRGGBB → RRGGBB as docx wants it. */
export const hex = (colour: string): string => colour.replace(/^#/, '').toUpperCase();

export function pageProperties(paper: PaperSize, landscape = false, margins = { top: 20, right: 20, bottom: 20, left: 25 }): ISectionOptions['properties'] {
  const size = PAGE_MM[paper];
  return {
    page: {
      // docx swaps width and height itself for landscape; give the portrait size.
      size: { width: twip(size.width), height: twip(size.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: twip(margins.top), right: twip(margins.right), bottom: twip(margins.bottom), left: twip(margins.left), header: twip(8), footer: twip(8) },
    },
  };
}

/** Pixels (at 96 per inch, as docx's `transformation` counts them) of a length in millimetres. */
export const pixels = (mm: number): number => Math.round((mm / 25.4) * 96);

/**
 * The pixel size a PNG (IHDR) or JPEG (first SOFn marker) says it has, or null when the bytes are neither, so an
 * image can be placed without stretching it.
 */
export function imageSize(data: Uint8Array): { width: number; height: number } | null {
  const at = (i: number) => data[i] ?? 0;
  if (data.length >= 24 && at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) {
    const u32 = (i: number) => ((at(i) << 24) >>> 0) + (at(i + 1) << 16) + (at(i + 2) << 8) + at(i + 3);
    return { width: u32(16), height: u32(20) };
  }
  if (at(0) === 0xff && at(1) === 0xd8) {
    let i = 2;
    while (i + 9 < data.length) {
      if (at(i) !== 0xff) { i += 1; continue; }
      const marker = at(i + 1);
      const length = (at(i + 2) << 8) + at(i + 3);
      // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: (at(i + 5) << 8) + at(i + 6), width: (at(i + 7) << 8) + at(i + 8) };
      }
      i += 2 + length;
    }
  }
  return null;
}

/**
 * Decodes the profile's logo data URL (validated by the profile schema) into an image run, or null. The logo keeps
 * its proportions: `heightMm` high, unless that would make it wider than `maxWidthMm` (then it is that wide).
 */
export function logoRun(profile: Pick<Profile, 'logo'>, heightMm = 12, maxWidthMm = heightMm * 3): ImageRun | null {
  const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(profile.logo);
  if (!match?.[2]) return null;
  const data = Buffer.from(match[2], 'base64');
  const size = imageSize(data);
  let height = pixels(heightMm);
  let width = size && size.height > 0 ? Math.round((height * size.width) / size.height) : height * 3;
  if (width > pixels(maxWidthMm)) {
    height = Math.max(1, Math.round((height * pixels(maxWidthMm)) / width));
    width = pixels(maxWidthMm);
  }
  return new ImageRun({ type: match[1] === 'png' ? 'png' : 'jpg', data, transformation: { width, height } });
}

/** Header with the logo (if any) and the business name in the brand colour. */
export function businessHeader(profile: Pick<Profile, 'name' | 'logo' | 'brandColour'>): Header {
  const logo = logoRun(profile);
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [...(logo ? [logo, new TextRun({ text: '  ' })] : []), new TextRun({ text: profile.name, bold: true, color: hex(profile.brandColour), font: DOCUMENT_FONT, size: 20 })],
      }),
    ],
  });
}

/**
 * Footer "Page X of Y" with Word fields, so the numbers are right in Word and LibreOffice. `words` word it in
 * another language (Danish: { page: 'Side', of: 'af' }); `left` is printed before it (a document's title).
 */
export function pageFooter(words: { page: string; of: string } = { page: 'Page', of: 'of' }, left = ''): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          ...(left ? [new TextRun({ text: `${left}  ·  `, font: DOCUMENT_FONT, size: 16, color: '666666' })] : []),
          new TextRun({ font: DOCUMENT_FONT, size: 16, children: [`${words.page} `, PageNumber.CURRENT, ` ${words.of} `, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** Text split into paragraphs at blank lines; single newlines become line breaks. */
export function textParagraphs(text: string, size = 22): Paragraph[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map((block) => new Paragraph({ spacing: { after: 160 }, children: lineRuns(block, { size }) }));
}

/** Lines as runs with breaks between them. */
export function lineRuns(text: string, style: { size?: number; bold?: boolean; color?: string } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i === 0 ? undefined : 1, font: DOCUMENT_FONT, ...style }));
}

interface DocxCompiler { compile(file: Document, prettify?: boolean): Map<string, string | Uint8Array | ArrayBuffer> }

/**
 * The DOCX bytes of a document, synchronously, so the one file flow (produce.ts, sync) needs no change. docx's
 * `Packer.toBuffer` is only async by its wrapper: inside it compiles the parts (sync) and zips them with fflate's
 * `zipSync`. We call the same compiler (Packer's static `compiler`, docx 9.15.2, pinned) and zip with fflate
 * ourselves; tests/engine/files/documents/layout.test.ts checks the result matches Packer.toBuffer's parts.
 */
export function packSync(doc: Document): Uint8Array {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (!compiler || typeof compiler.compile !== 'function') throw new Error('This docx version has no Packer.compiler; packSync needs updating.');
  const files: Record<string, Uint8Array> = {};
  for (const [path, data] of compiler.compile(doc)) {
    files[path] = typeof data === 'string' ? strToU8(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
  }
  return zipSync(files);
}
