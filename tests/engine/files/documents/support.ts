import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

/** Reading DOCX files back in the documents tests: their XML parts, their text, and LibreOffice's PDF of them. */

export const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
export const rawText = async (bytes: Uint8Array): Promise<string> => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
export const pageBreaks = (xml: string): number => (xml.match(/<w:pageBreakBefore\/>/g) ?? []).length;

function installed(tool: string, args: string[]): boolean {
  try { execFileSync(tool, args, { stdio: 'ignore', timeout: 30_000 }); return true; } catch { return false; }
}

export const soffice = installed('soffice', ['--version']) && installed('pdfinfo', ['-v']);
if (!soffice) console.log('soffice or pdfinfo is not installed: the PDF page-count checks are skipped');

/**
 * Converts DOCX files with LibreOffice in one run (a private profile, so parallel runs do not clash) and answers
 * each PDF's page count, in order.
 */
export function pdfPageCounts(documents: Uint8Array[]): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-docx-'));
  try {
    const names = documents.map((bytes, i) => { writeFileSync(join(dir, `doc${i}.docx`), bytes); return join(dir, `doc${i}.docx`); });
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names], { stdio: 'ignore', timeout: 60_000 + 30_000 * documents.length });
    return documents.map((_, i) => {
      const info = execFileSync('pdfinfo', [join(dir, `doc${i}.pdf`)]).toString();
      return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    });
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

/** One document's page count in LibreOffice. */
export const pdfPages = (bytes: Uint8Array): number => pdfPageCounts([bytes])[0] ?? NaN;
