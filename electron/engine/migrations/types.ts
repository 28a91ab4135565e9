export interface Migration {
  /** Equals the migration's position in the list (1-based); becomes `PRAGMA user_version`. */
  version: number;
  name: string;
  /** SQL run inside the migration transaction; deterministic (no clock, no random). */
  up: string;
}
