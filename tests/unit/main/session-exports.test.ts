import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../electron/engine/client';
import type { EngineRequest } from '../../../electron/engine/protocol';
import type { NativePorts } from '../../../electron/main/native/ports';
import type { RecentStore } from '../../../electron/main/recent-store';
import { WorkspaceSession } from '../../../electron/main/session';
import { RapportFailure } from '../../../shared/contract/result';

const WORKSPACE = '/home/eva/Documents/Shop.rapport';

/** An engine that has Shop.rapport open and writes exports where it is told (no worker needed for the session). */
function fakeEngine(): EngineClient {
  return {
    request: async (request: EngineRequest) => {
      if (request.op === 'status') return { ok: true, value: { open: true, path: WORKSPACE, fileName: 'Shop.rapport' } };
      if (request.op === 'suggestFileName') {
        return { ok: true, value: request.channel === 'exports.customersCsv' ? 'Shop customers.csv' : 'Eva Lund - personal data.txt' };
      }
      if (request.op === 'produceFile') return { ok: true, value: request.channel === 'exports.customersCsv' ? { path: request.path, rows: 3 } : { path: request.path } };
      throw new Error(`unexpected ${request.op}`);
    },
  } as unknown as EngineClient;
}

function ports(overrides: Partial<NativePorts>): NativePorts & { revealed: string[] } {
  const revealed: string[] = [];
  return {
    hasNativeFileChooser: true,
    canRevealFiles: true,
    chooseNewWorkspacePath: async () => null,
    chooseWorkspaceToOpen: async () => null,
    chooseCopyPath: async () => null,
    chooseExportPath: async (name) => `/home/eva/Documents/${name}`,
    revealInFolder: (path) => revealed.push(path),
    offerDownload: () => null,
    openExternal: async () => {},
    addRecentDocument: () => {},
    ...overrides,
    revealed,
  };
}

const session = (native: NativePorts) => new WorkspaceSession(fakeEngine(), {} as RecentStore, native, () => {}, '/data');

describe('where an export went', () => {
  it('a desktop shell: the path and an id for Show in folder, which shows that file and no other', async () => {
    const native = ports({});
    const s = session(native);
    const csv = await s.produceFile('exports.customersCsv', { search: '', filters: [], sort: [], columns: ['firstName'], delimiter: ',' });
    expect(csv).toMatchObject({ path: '/home/eva/Documents/Shop customers.csv', rows: 3, downloadUrl: null });
    expect(csv!.revealId).toMatch(/^[0-9a-f-]{36}$/);
    const person = await s.produceFile('exports.personData', { id: '00000000-0000-4000-8000-000000000001' });
    expect(person!.path).toBe('/home/eva/Documents/Eva Lund - personal data.txt');

    s.revealExport(csv!.revealId!);
    s.revealExport(person!.revealId!);
    expect(native.revealed).toEqual(['/home/eva/Documents/Shop customers.csv', '/home/eva/Documents/Eva Lund - personal data.txt']);
    expect(() => s.revealExport('00000000-0000-4000-8000-0000000000ff')).toThrow(RapportFailure);
    expect(native.revealed).toHaveLength(2);
  });

  it('a shell that cannot show folders: no Show in folder, the download it offers instead', async () => {
    const offered: string[] = [];
    const s = session(ports({ canRevealFiles: false, offerDownload: (path) => (offered.push(path), '/download/abc') }));
    const person = await s.produceFile('exports.personData', { id: '00000000-0000-4000-8000-000000000001' });
    expect(person).toEqual({ path: '/home/eva/Documents/Eva Lund - personal data.txt', downloadUrl: '/download/abc', revealId: null });
    expect(offered).toEqual(['/home/eva/Documents/Eva Lund - personal data.txt']);
  });

  it('a cancelled save dialog exports nothing and offers nothing', async () => {
    const offered: string[] = [];
    const s = session(ports({ chooseExportPath: async () => null, offerDownload: (path) => (offered.push(path), '/download/abc') }));
    expect(await s.produceFile('exports.customersCsv', { search: '', filters: [], sort: [], columns: ['firstName'], delimiter: ',' })).toBeNull();
    expect(offered).toEqual([]);
  });
});
