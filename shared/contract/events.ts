import type { SaveState, WorkspaceStatus } from '../domain/workspace';

/** Push events from main to the renderer. The renderer refreshes its queries on `workspace.changed`. */
export interface EventMap {
  /** Data in the open workspace changed; `channels` names the mutations, so views can refresh selectively. */
  'workspace.changed': { channels: string[] };
  /** A workspace was opened, created or closed. */
  'workspace.switched': WorkspaceStatus;
  'workspace.saveState': SaveState;
  /** Progress of a long job (import, export, bulk edit); `total` is null while unknown. */
  'job.progress': { jobId: string; label: string; done: number; total: number | null; finished: boolean };
  /**
   * The engine worker stopped unexpectedly and was started again; `reopened` names the workspace opened again
   * (journal replayed), `error` says why it could not be, or why the engine was not restarted (`restarted: false`).
   */
  'engine.restarted': { restarted: boolean; reopened: string | null; error: string | null };
  /** A native menu item the renderer has to act on (it owns the forms). */
  'app.command': { command: 'new-workspace' | 'open-settings' | 'close-workspace' };
}

export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = [
  'workspace.changed',
  'workspace.switched',
  'workspace.saveState',
  'job.progress',
  'app.command',
  'engine.restarted',
];
