import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RecentWorkspace } from '../../shared/domain/workspace';
import { writeFileDurably } from '../engine/persistence/durable-file';

interface StoredRecent {
  path: string;
  name: string;
  openedAt: string;
}

interface StoredState {
  recent: StoredRecent[];
  /** Reopen the last workspace at start, unless the user closed it before quitting. */
  reopenLast: boolean;
}

const MAX_RECENT = 10;

/**
 * The app's own list of recent workspaces, kept in its data folder. The renderer sees ids, never sends paths:
 * an id is looked up here to find the path.
 */
export class RecentStore {
  private readonly file: string;
  private state: StoredState;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'recent.json');
    this.state = load(this.file);
  }

  list(): RecentWorkspace[] {
    return this.state.recent.map((entry) => ({
      id: idFor(entry.path),
      name: entry.name,
      fileName: basename(entry.path),
      path: entry.path,
      openedAt: entry.openedAt,
      exists: existsSync(entry.path),
    }));
  }

  pathFor(id: string): string | null {
    return this.state.recent.find((entry) => idFor(entry.path) === id)?.path ?? null;
  }

  /** The workspace to reopen at start, if any. */
  lastToReopen(): string | null {
    const last = this.state.recent[0];
    return this.state.reopenLast && last && existsSync(last.path) ? last.path : null;
  }

  remember(path: string, name: string, openedAt: Date): void {
    const rest = this.state.recent.filter((entry) => entry.path !== path);
    this.state = { recent: [{ path, name, openedAt: openedAt.toISOString() }, ...rest].slice(0, MAX_RECENT), reopenLast: true };
    this.persist();
  }

  forget(id: string): void {
    this.state = { ...this.state, recent: this.state.recent.filter((entry) => idFor(entry.path) !== id) };
    this.persist();
  }

  markClosed(): void {
    this.state = { ...this.state, reopenLast: false };
    this.persist();
  }

  private persist(): void {
    writeFileDurably(this.file, Buffer.from(JSON.stringify(this.state, null, 2), 'utf8'));
  }
}

function idFor(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16);
}

function load(file: string): StoredState {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredState>;
    const readable = Array.isArray(parsed.recent)
      ? parsed.recent.filter(
          (entry): entry is StoredRecent =>
            typeof entry?.path === 'string' && typeof entry.name === 'string' && typeof entry.openedAt === 'string',
        )
      : [];
    return { recent: mostRecentOnce(readable), reopenLast: parsed.reopenLast !== false };
  } catch {
    return { recent: [], reopenLast: true };
  }
}

/**
 * The list as remember() keeps it, whoever wrote the file (an older version, a hand edit): each path once, at its
 * most recent place (the file is most recent first), at most MAX_RECENT.
 */
function mostRecentOnce(entries: StoredRecent[]): StoredRecent[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.path) && seen.add(entry.path)).slice(0, MAX_RECENT);
}
