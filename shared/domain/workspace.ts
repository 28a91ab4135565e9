import type { Profile } from './profile';

/** Whether what the user sees is on disk. "saved" means every acknowledged edit is durable (journaled and fsync'd). */
export type SaveState =
  | { state: 'saved'; at: string | null }
  | { state: 'saving' }
  | { state: 'error'; message: string };

export interface WorkspaceInfo {
  open: true;
  /** Absolute path, for display only: the renderer never sends a path back. */
  path: string;
  fileName: string;
  schemaVersion: number;
  profile: Profile;
  save: SaveState;
  /** Present when opening had to recover the journal (see JournalRecovery). */
  recovery?: JournalRecovery;
}

export type WorkspaceStatus = WorkspaceInfo | { open: false };

/**
 * What opening found in the journal when it was not simply whole: edits recovered, edits that could not be
 * applied, and where the damaged journal was kept. The renderer tells the user once.
 */
export interface JournalRecovery {
  /** Edits replayed from the journal into the workspace. */
  recovered: number;
  /** Of those, edits read back by mending a flipped bit. */
  repaired: number;
  /** Edits found intact but not applied: they come after a missing or unusable one, so their order is broken. */
  notApplied: number;
  /** The number of the first edit that was missing or could not be applied, if any. */
  missingSeq: number | null;
  /** Whether the journal was damaged (not just cut short by a crash); it is then kept at `keptAs`. */
  damaged: boolean;
  keptAs: string | null;
  /** A crash interrupted the last edit before it was saved (normal; that edit was never confirmed). */
  unfinishedEditDropped: boolean;
  /** The journal beside the file names another workspace (e.g. a file copied over another): kept aside, not applied. */
  otherWorkspace: boolean;
}

export interface RecentWorkspace {
  /** Opaque id: the renderer opens a recent workspace by id, so it never hands main a path. */
  id: string;
  name: string;
  fileName: string;
  path: string;
  openedAt: string;
  exists: boolean;
}

export interface AppInfo {
  version: string;
  /** 'electron' in the desktop app, 'browser' when served by the browser host. */
  shell: 'electron' | 'browser';
  /** Whether Open… shows a native file chooser (the browser host has none). */
  nativeFileChooser: boolean;
  platform: string;
}
