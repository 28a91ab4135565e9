import type { JobControl } from '../job-control';
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

/** Called with the number of rows done so far. */
export type RowProgress = (done: number) => void;

/**
 * Every `every` rows: tells the wizard how far the work is (job.progress events) and stops it when the user
 * asked (throwing `cancelled`; a run then rolls back, a preview just ends).
 */
export function rowProgress(job: JobControl | undefined, total: number, every = 500): RowProgress {
  if (!job) return () => {};
  return (done) => {
    if (done % every !== 0) return;
    job.checkCancelled();
    job.progress(done, total);
  };
}
