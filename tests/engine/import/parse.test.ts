import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTable, recordStartLines } from '../../../electron/engine/import/parse';

/** The plain definition: walk every character, a quote toggles, "" inside quotes is an escaped quote. */
function referenceStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let recordStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!recordStarted && ch.trim() !== '') {
      recordStarted = true;
      starts.push(line);
    }
    if (ch === '"') {
      if (inQuotes && text[i + 1] === '"') i++;
      else inQuotes = !inQuotes;
    } else if (ch === '\n') {
      line++;
      if (!inQuotes) recordStarted = false;
    }
  }
  return starts;
}

describe('recordStartLines', () => {
  it('finds where each record starts, a quoted cell spanning lines included', () => {
    expect(recordStartLines('a,b\n1,"two\nlines"\n\n3,x\r\n')).toEqual([1, 2, 5]);
    expect(recordStartLines('')).toEqual([]);
    expect(recordStartLines('  \n\t\nx')).toEqual([3]);
    expect(recordStartLines('"unclosed\nstill, in it\n')).toEqual([1]);
  });

  it('agrees with walking every character, for any text of quotes, commas, spaces and line ends', () => {
    const piece = fc.constantFrom('"', '""', ',', ' ', '\t', '\n', '\r\n', 'a', 'ø', '\u00a0', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(recordStartLines(text)).toEqual(referenceStartLines(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives parsed rows the line they start on', () => {
    const table = parseTable('Name,Note\nAnna,"first\nsecond"\nBo,plain\n');
    expect(table.rows.map((row) => [row.line, row.cells[0]])).toEqual([[2, 'Anna'], [4, 'Bo']]);
  });
});
