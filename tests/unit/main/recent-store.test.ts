import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentStore } from '../../../electron/main/recent-store';
import { tempDir } from '../../support/engine';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute));

/** A data folder with workspace files that exist (the list says whether each one is still there). */
function folderWithWorkspaces(...names: string[]): { dataDir: string; paths: string[] } {
  const dataDir = tempDir('rapport-recent-');
  const paths = names.map((name) => join(dataDir, `${name}.rapport`));
  for (const path of paths) writeFileSync(path, '');
  return { dataDir, paths };
}

function writeRecentFile(dataDir: string, content: string): void {
  writeFileSync(join(dataDir, 'recent.json'), content);
}

describe('the recent workspaces list', () => {
  it('is empty in a new data folder, and creates the folder', () => {
    const dataDir = join(tempDir('rapport-recent-'), 'not', 'yet');
    const store = new RecentStore(dataDir);
    expect(store.list()).toEqual([]);
    expect(store.lastToReopen()).toBeNull();
    expect(existsSync(dataDir)).toBe(true);
  });

  it('keeps what it remembered across a restart: names, file names, times, ids, most recent first', () => {
    const { dataDir, paths } = folderWithWorkspaces('Nord', 'Syd');
    const first = new RecentStore(dataDir);
    first.remember(paths[0]!, 'Kaffe Nord', at(1));
    first.remember(paths[1]!, 'Kaffe Syd', at(2));

    const again = new RecentStore(dataDir);
    expect(again.list()).toEqual(first.list());
    expect(again.list()).toEqual([
      { id: expect.stringMatching(/^[0-9a-f]{16}$/), name: 'Kaffe Syd', fileName: 'Syd.rapport', path: paths[1], openedAt: at(2).toISOString(), exists: true },
      { id: expect.stringMatching(/^[0-9a-f]{16}$/), name: 'Kaffe Nord', fileName: 'Nord.rapport', path: paths[0], openedAt: at(1).toISOString(), exists: true },
    ]);
    expect(again.pathFor(again.list()[1]!.id)).toBe(paths[0]);
    expect(again.pathFor('0123456789abcdef')).toBeNull();
  });

  it('moves a workspace opened again to the top, once, with its new name and time', () => {
    const { dataDir, paths } = folderWithWorkspaces('A', 'B', 'C');
    const store = new RecentStore(dataDir);
    store.remember(paths[0]!, 'A', at(1));
    store.remember(paths[1]!, 'B', at(2));
    store.remember(paths[2]!, 'C', at(3));
    store.remember(paths[0]!, 'A renamed', at(4));
    expect(store.list().map((entry) => [entry.name, entry.openedAt])).toEqual([
      ['A renamed', at(4).toISOString()],
      ['C', at(3).toISOString()],
      ['B', at(2).toISOString()],
    ]);
  });

  it('keeps the ten most recent workspaces', () => {
    const names = Array.from({ length: 12 }, (_, i) => `W${i + 1}`);
    const { dataDir, paths } = folderWithWorkspaces(...names);
    const store = new RecentStore(dataDir);
    paths.forEach((path, i) => store.remember(path, names[i]!, at(i)));
    expect(store.list().map((entry) => entry.name)).toEqual(['W12', 'W11', 'W10', 'W9', 'W8', 'W7', 'W6', 'W5', 'W4', 'W3']);
    expect(new RecentStore(dataDir).list()).toHaveLength(10);
  });

  it('forgets a workspace by id, and says when a remembered file is gone', () => {
    const { dataDir, paths } = folderWithWorkspaces('Kept', 'Forgotten');
    const store = new RecentStore(dataDir);
    store.remember(paths[0]!, 'Kept', at(1));
    store.remember(paths[1]!, 'Forgotten', at(2));
    store.remember(join(dataDir, 'Deleted.rapport'), 'Deleted', at(3));
    store.forget(store.list().find((entry) => entry.name === 'Forgotten')!.id);
    expect(new RecentStore(dataDir).list().map((entry) => [entry.name, entry.exists])).toEqual([
      ['Deleted', false],
      ['Kept', true],
    ]);
  });

  it('reopens the last workspace at start unless it was closed before quitting, or is gone', () => {
    const { dataDir, paths } = folderWithWorkspaces('Nord');
    const store = new RecentStore(dataDir);
    store.remember(paths[0]!, 'Nord', at(1));
    expect(new RecentStore(dataDir).lastToReopen()).toBe(paths[0]);

    store.markClosed();
    expect(new RecentStore(dataDir).lastToReopen()).toBeNull();
    expect(new RecentStore(dataDir).list()).toHaveLength(1); // closing keeps it in the list

    store.remember(join(dataDir, 'Gone.rapport'), 'Gone', at(2));
    expect(new RecentStore(dataDir).lastToReopen()).toBeNull();
  });

  it.each([
    ['not JSON at all', '{"recent": [ {"path": '],
    ['an empty file', ''],
    ['JSON of another shape', '[1, 2, 3]'],
    ['null', 'null'],
    ['a list that is not a list', '{"recent": "Nord.rapport", "reopenLast": true}'],
  ])('starts empty from %s instead of failing, and writes a good file on the next change', (_, content) => {
    const { dataDir, paths } = folderWithWorkspaces('Nord');
    writeRecentFile(dataDir, content);
    const store = new RecentStore(dataDir);
    expect(store.list()).toEqual([]);
    expect(store.lastToReopen()).toBeNull();
    store.remember(paths[0]!, 'Nord', at(1));
    expect(JSON.parse(readFileSync(join(dataDir, 'recent.json'), 'utf8')).recent).toHaveLength(1);
  });

  it('skips entries it cannot read and keeps the rest', () => {
    const { dataDir, paths } = folderWithWorkspaces('Nord');
    writeRecentFile(
      dataDir,
      JSON.stringify({
        recent: [null, { path: 7, name: 'x', openedAt: 'y' }, { path: paths[0], name: 'Nord', openedAt: at(1).toISOString() }, { path: paths[0] }],
        reopenLast: true,
      }),
    );
    expect(new RecentStore(dataDir).list().map((entry) => entry.name)).toEqual(['Nord']);
  });

  it('folds duplicates and keeps ten from a file an older version wrote, most recent first', () => {
    const names = Array.from({ length: 12 }, (_, i) => `W${i + 1}`);
    const { dataDir, paths } = folderWithWorkspaces(...names);
    const entry = (i: number, minute: number) => ({ path: paths[i], name: names[i], openedAt: at(minute).toISOString() });
    // most recent first, W1 twice (its older opening further down), then eleven more
    writeRecentFile(dataDir, JSON.stringify({ recent: [entry(0, 59), entry(1, 58), entry(0, 1), ...paths.slice(2).map((_, i) => entry(i + 2, 50 - i))], reopenLast: true }));
    const list = new RecentStore(dataDir).list();
    expect(list.map((recent) => recent.name)).toEqual(['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8', 'W9', 'W10']);
    expect(list[0]!.openedAt).toBe(at(59).toISOString());
    expect(new Set(list.map((recent) => recent.id)).size).toBe(list.length);
  });
});
