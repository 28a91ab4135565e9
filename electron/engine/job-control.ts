/** What a long job (an import, an export, a bulk edit) is given to report progress and to notice a stop. */
export interface JobControl {
  progress(done: number, total: number): void;
  /** Throws RapportFailure('cancelled') when the user asked to stop. */
  checkCancelled(): void;
}
