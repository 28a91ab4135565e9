import type { FileSpec } from '../../../shared/contract/channels';

/**
 * What the app needs from the operating system, behind small interfaces so the session and handlers run without
 * Electron: the Electron shell implements them with dialogs and shell (electron-ports.ts), the browser host
 * with folders it was given (electron/host/host-ports.ts), tests with their own answers.
 */
export interface NativePorts {
  /** Where to create a new workspace; null when the user cancels. */
  chooseNewWorkspacePath(suggestedFileName: string): Promise<string | null>;
  /** Which workspace to open; null when the user cancels or there is no chooser. */
  chooseWorkspaceToOpen(): Promise<string | null>;
  /** Where to write a copy of the open workspace; null when the user cancels. */
  chooseCopyPath(suggestedFileName: string): Promise<string | null>;
  /** Where to write a file a channel produces (a CSV file, a person's data, a document); null when the user cancels. */
  chooseExportPath(suggestedFileName: string, file: FileSpec): Promise<string | null>;
  revealInFolder(path: string): void;
  /** Whether revealInFolder shows the file to the user (a desktop shell), so "Show in folder" can be offered. */
  readonly canRevealFiles: boolean;
  /**
   * Hands a file the app has just written (an export) to the user as well: the browser host answers a one-time
   * download URL the renderer follows; a desktop shell, whose save dialog already put it where the user
   * wanted, answers null.
   */
  offerDownload(path: string): string | null;
  /** Opens an https address in the system browser. */
  openExternal(url: string): Promise<void>;
  /** Adds a document to the operating system's recent list. */
  addRecentDocument(path: string): void;
  readonly hasNativeFileChooser: boolean;
}
