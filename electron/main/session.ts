import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { type EngineChannel, type FileChannel, type ParsedRequestOf, type ResponseOf, contract } from '../../shared/contract/channels';
import type { EventMap, EventName } from '../../shared/contract/events';
import { RapportFailure, type RapportError, type Result } from '../../shared/contract/result';
import type { Profile } from '../../shared/domain/profile';
import type { WorkspaceInfo, WorkspaceStatus } from '../../shared/domain/workspace';
import { backupFolderFor } from '../engine/persistence/backups';
import { DEMO_FILE_NAME } from '../engine/demo/generate';
import type { EngineClient } from '../engine/client';
import { safeFileStem } from '../engine/files/file-name';
import type { ExportedFile } from '../../shared/domain/export';
import type { NativePorts } from './native/ports';
import type { RecentStore } from './recent-store';

const MAX_REMEMBERED_EXPORTS = 50;

export type Emit = <E extends EventName>(event: E, payload: EventMap[E]) => void;

/** What the session needs of the engine: the worker's client in the app, an in-process engine in tests. */
export type EngineConnection = Pick<EngineClient, 'request' | 'cancelJob'>;

/**
 * Which workspace is open, in the main process: opens, creates and closes through the engine worker, keeps the
 * recent list, and remembers why the last open failed so the renderer can say so.
 */
export class WorkspaceSession {
  private lastOpenError: RapportError | null = null;
  /** Files exported in this session, by the id "Show in folder" sends back (never a path from the renderer). */
  private readonly exported = new Map<string, string>();

  constructor(
    private readonly engine: EngineConnection,
    private readonly recents: RecentStore,
    private readonly ports: NativePorts,
    private readonly emit: Emit,
    /** The app's data folder: the demo workspace lives in its Demo folder. */
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async status(): Promise<WorkspaceStatus> {
    const status = unwrap(await this.engine.request<WorkspaceStatus>({ op: 'status' }));
    if (!status.open && this.lastOpenError) throw new RapportFailure(this.lastOpenError.code, this.lastOpenError.message, this.lastOpenError.details);
    return status;
  }

  async openPath(path: string): Promise<WorkspaceInfo> {
    const result = await this.engine.request<WorkspaceInfo>({ op: 'open', path });
    return this.afterSwitch(result);
  }

  async createAt(path: string, profile: Profile): Promise<WorkspaceInfo> {
    const result = await this.engine.request<WorkspaceInfo>({ op: 'create', path, profile });
    return this.afterSwitch(result);
  }

  /** Where the demo workspace lives: `<data folder>/Demo/Nordlys Kafferisteri (demo).rapport`. */
  get demoPath(): string {
    return join(this.dataDir, 'Demo', DEMO_FILE_NAME);
  }

  /** Opens the demo workspace, generating it first if it is not there yet (first run, or after it was deleted). */
  async createDemo(): Promise<WorkspaceInfo> {
    const path = this.demoPath;
    if (existsSync(path)) return this.openPath(path);
    const result = await this.engine.request<WorkspaceInfo>({ op: 'createDemo', path });
    return this.afterSwitch(result);
  }

  async close(): Promise<void> {
    unwrap(await this.engine.request({ op: 'close' }));
    this.lastOpenError = null;
    this.recents.markClosed();
    this.emit('workspace.switched', { open: false });
  }

  /** An engine channel's call: the worker's answer, success or failure, goes back exactly as it came. */
  call(channel: EngineChannel, payload: unknown): Promise<Result<unknown>> {
    return this.engine.request({ op: 'call', channel, payload });
  }

  async saveCopy(): Promise<{ path: string } | null> {
    const current = await this.requireOpen();
    const destination = await this.ports.chooseCopyPath(`${stem(current.fileName)} copy.rapport`);
    if (!destination) return null;
    const path = withRapportExtension(destination);
    if (path === current.path) throw new RapportFailure('conflict', 'A copy cannot replace the workspace itself. Choose another name.');
    unwrap(await this.engine.request({ op: 'saveCopy', path }));
    return { path };
  }

  /**
   * The one flow of a channel that produces a file (its contract entry has `file`): the engine's producer suggests
   * a name, the shell asks where (save dialog, or the browser host's documents folder), the engine writes the file
   * durably there, and the answer says where it went (Show in folder, or a download). Null: the user cancelled.
   */
  async produceFile<C extends FileChannel>(channel: C, request: ParsedRequestOf<C>): Promise<ResponseOf<C>> {
    const suggested = unwrap(await this.engine.request<string>({ op: 'suggestFileName', channel, payload: request }));
    const chosen = await this.ports.chooseExportPath(suggested, contract[channel].file);
    if (!chosen) return null as ResponseOf<C>;
    const { path, ...answer } = unwrap(await this.engine.request<{ path: string }>({ op: 'produceFile', channel, path: chosen, payload: request }));
    return { ...answer, ...this.delivered(path) } as ResponseOf<C>;
  }

  /** Shows a file exported in this session in its folder; the id is the one its export answered. */
  revealExport(revealId: string): void {
    const path = this.exported.get(revealId);
    if (!path) throw new RapportFailure('not-found', 'Rapport no longer knows where that export went. Export it again.');
    this.ports.revealInFolder(path);
  }

  /** What the renderer needs to tell the user where an export went (and, in a browser, to download it). */
  private delivered(path: string): ExportedFile {
    let revealId: string | null = null;
    if (this.ports.canRevealFiles) {
      revealId = randomUUID();
      this.exported.set(revealId, path);
      // a long session exports a lot; only recent messages still show a "Show in folder" button
      if (this.exported.size > MAX_REMEMBERED_EXPORTS) this.exported.delete(this.exported.keys().next().value!);
    }
    return { path, downloadUrl: this.ports.offerDownload(path), revealId };
  }

  cancelJob(): void {
    this.engine.cancelJob();
  }

  async reveal(): Promise<void> {
    const current = await this.requireOpen();
    this.ports.revealInFolder(current.path);
  }

  async revealBackups(): Promise<void> {
    const current = await this.requireOpen();
    this.ports.revealInFolder(backupFolderFor(current.path));
  }

  async requireOpen(): Promise<WorkspaceInfo> {
    const status = unwrap(await this.engine.request<WorkspaceStatus>({ op: 'status' }));
    if (!status.open) throw new RapportFailure('no-workspace', 'No workspace is open.');
    return status;
  }

  private afterSwitch(result: Result<WorkspaceInfo>): WorkspaceInfo {
    if (!result.ok) {
      // the engine closed the previous workspace before trying; tell every window, whoever asked for the switch
      this.lastOpenError = result.error;
      this.emit('workspace.switched', { open: false });
      throw new RapportFailure(result.error.code, result.error.message, result.error.details);
    }
    this.lastOpenError = null;
    const info = result.value;
    this.recents.remember(info.path, info.profile.name, this.now());
    this.ports.addRecentDocument(info.path);
    this.emit('workspace.switched', info);
    return info;
  }
}

/** A step of a flow the session runs itself (several engine requests): a failure ends the flow with its error. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new RapportFailure(result.error.code, result.error.message, result.error.details);
}

export function withRapportExtension(path: string): string {
  return extname(path).toLowerCase() === '.rapport' ? path : `${path}.rapport`;
}

/** A file name from a business name: readable, safe on every file system. */
export function fileNameFor(businessName: string): string {
  return `${safeFileStem(businessName, 'Workspace')}.rapport`;
}

function stem(fileName: string): string {
  return basename(fileName, extname(fileName));
}
