import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { EngineChannel } from '../../shared/contract/channels';
import type { EventMap, EventName } from '../../shared/contract/events';
import { RapportFailure, type RapportError, type Result } from '../../shared/contract/result';
import type { Profile } from '../../shared/domain/profile';
import type { WorkspaceInfo, WorkspaceStatus } from '../../shared/domain/workspace';
import { backupFolderFor } from '../engine/persistence/backups';
import { DEMO_FILE_NAME } from '../engine/demo/generate';
import type { EngineClient } from '../engine/client';
import { type Customer, displayName } from '../../shared/domain/customer';
import type { CustomersCsvRequest, ExportedFile } from '../../shared/domain/export';
import type { NativePorts } from './native/ports';
import type { RecentStore } from './recent-store';

const MAX_REMEMBERED_EXPORTS = 50;

export type Emit = <E extends EventName>(event: E, payload: EventMap[E]) => void;

/**
 * Which workspace is open, in the main process: opens, creates and closes through the engine worker, keeps the
 * recent list, and remembers why the last open failed so the renderer can say so.
 */
export class WorkspaceSession {
  private lastOpenError: RapportError | null = null;
  /** Files exported in this session, by the id "Show in folder" sends back (never a path from the renderer). */
  private readonly exported = new Map<string, string>();

  constructor(
    private readonly engine: EngineClient,
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

  async call(channel: EngineChannel, payload: unknown): Promise<unknown> {
    return unwrap(await this.engine.request({ op: 'call', channel, payload }));
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

  async exportCustomersCsv(request: CustomersCsvRequest): Promise<(ExportedFile & { rows: number }) | null> {
    const current = await this.requireOpen();
    const chosen = await this.ports.chooseExportPath(`${stem(current.fileName)} customers.csv`, 'csv');
    if (!chosen) return null;
    const written = unwrap(await this.engine.request<{ path: string; rows: number }>({ op: 'exportCustomersCsv', path: chosen, request }));
    return { ...this.delivered(written.path), rows: written.rows };
  }

  async exportPersonData(id: string): Promise<ExportedFile | null> {
    const customer = unwrap(await this.engine.request<Customer>({ op: 'call', channel: 'customers.get', payload: { id } }));
    const chosen = await this.ports.chooseExportPath(`${fileSafe(displayName(customer))} - personal data.txt`, 'text');
    if (!chosen) return null;
    const written = unwrap(await this.engine.request<{ path: string }>({ op: 'exportPersonData', path: chosen, id }));
    return this.delivered(written.path);
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

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new RapportFailure(result.error.code, result.error.message, result.error.details);
}

export function withRapportExtension(path: string): string {
  return extname(path).toLowerCase() === '.rapport' ? path : `${path}.rapport`;
}

/** A file name from a business name: readable, safe on every file system. */
export function fileNameFor(businessName: string): string {
  const cleaned = businessName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return `${cleaned.slice(0, 80) || 'Workspace'}.rapport`;
}

function fileSafe(name: string): string {
  return fileNameFor(name).replace(/\.rapport$/, '');
}

function stem(fileName: string): string {
  return basename(fileName, extname(fileName));
}
