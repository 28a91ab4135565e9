import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface ParsedTable {
  delimiter: Delimiter;
  headers: string[];
  /** Data rows with the line of the file each starts on (quoted cells may span lines). */
  rows: Array<{ line: number; cells: string[] }>;
  /** Rows whose shape is broken (unclosed quote, …), with the line they start on. */
  problems: Array<{ line: number; reason: string }>;
}

/**
 * Splits text into a header and rows with papaparse. The delimiter is guessed unless given; a guess can be
 * wrong on files with decimal commas, so the preview shows it and lets the user change it.
 */
export function parseTable(text: string, delimiter?: Delimiter): ParsedTable {
  const guessed = delimiter ?? guessDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter: guessed, skipEmptyLines: 'greedy' });
  const records = result.data;
  const problems = result.errors
    .filter((error) => error.type === 'Quotes' || error.code === 'UndetectableDelimiter')
    .map((error) => ({ line: (error.row ?? 0) + 1, reason: error.message }));
  // papaparse does not report where each record starts; find it by scanning quote-aware.
  const starts = recordStartLines(text);
  const [header = [], ...data] = records;
  return {
    delimiter: guessed,
    headers: header.map((h) => h.trim().replace(/^\uFEFF/, '')),
    rows: data.map((cells, i) => ({ line: starts[i + 1] ?? i + 2, cells })),
    problems,
  };
}

/** The delimiter that splits the first lines into the most equal, largest number of cells. */
export function guessDelimiter(text: string): Delimiter {
  const sample = text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 20);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const candidate of DELIMITERS) {
    const counts = sample.map((line) => Papa.parse<string[]>(line, { delimiter: candidate }).data[0]?.length ?? 1);
    const first = counts[0] ?? 1;
    if (first < 2) continue;
    const consistent = counts.filter((count) => count === first).length / counts.length;
    const score = consistent * 100 + first;
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** The 1-based line on which each non-empty record starts, honouring quoted newlines. */
function recordStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let recordStarted = false;
  // character codes, not one-character strings: this walks every character of files of tens of megabytes
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!recordStarted && !isBlank(code, text, i)) {
      recordStarted = true;
      starts.push(line);
    }
    if (code === QUOTE) {
      if (inQuotes && text.charCodeAt(i + 1) === QUOTE) i++;
      else inQuotes = !inQuotes;
    } else if (code === NEWLINE) {
      line++;
      if (!inQuotes) recordStarted = false;
    }
  }
  return starts;
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** Whitespace as String.prototype.trim sees it; ASCII answered without making a string. */
function isBlank(code: number, text: string, index: number): boolean {
  if (code < 128) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return text[index]!.trim() === '';
}
