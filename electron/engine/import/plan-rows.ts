import type { ImportPlanRow } from '../../../shared/domain/import';

/**
 * Puts plan rows in file order. They are written in order except for the rows the parser rejected (listed
 * first), so the sort is skipped when nothing is out of place: sorting a million rows costs most of a second.
 */
export function sortByLine(rows: ImportPlanRow[]): void {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i - 1]!.line > rows[i]!.line) {
      rows.sort((a, b) => a.line - b.line);
      return;
    }
  }
}
