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
}

export type WorkspaceStatus = WorkspaceInfo | { open: false };

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
