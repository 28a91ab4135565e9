import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteIntegrity, sqliteQuery, tempDir } from '../support/engine';
import { startHost } from '../support/host';

/**
 * The durability promise, tested the hard way: a real host process streams edits and is killed with SIGKILL at
 * a random instant; every edit it acknowledged must be there afterwards, and the file on disk must be whole.
 * Half the rounds snapshot every few edits, so kills also land inside snapshots.
 */
const ROUNDS = 8;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('kill -9 while edits stream in', () => {
  it(`loses no acknowledged edit and never tears the file (${ROUNDS} rounds)`, async () => {
    const dir = tempDir('rapport-kill-');
    const workspace = join(dir, 'durable.rapport');
    const random = seededRandom(Number(process.env.RAPPORT_KILL_SEED ?? 20261123));
    let counter = 0;
    let totalAcknowledged = 0;
    // across rounds: a round that is killed before any edit is acknowledged must show the previous round's last
    let lastAcknowledged: number | null = null;

    for (let round = 0; round < ROUNDS; round++) {
      const host = await startHost({
        workspace,
        dir,
        env: round % 2 === 1 ? { RAPPORT_SNAPSHOT_MAX_RECORDS: '7' } : {},
      });
      let inFlight: number | null = null;
      let killed = false;
      const killAfter = 30 + Math.floor(random() * 400);
      // the kill timer starts at the round's first acknowledgement: on a loaded machine a fresh host can take
      // longer than killAfter to answer its first edit, and a kill before it would test nothing
      let firstAcknowledged!: () => void;
      const streaming = new Promise<void>((resolve) => (firstAcknowledged = resolve));
      const stream = (async () => {
        while (!killed) {
          const n = ++counter;
          inFlight = n;
          try {
            const { body } = await host.rpc('profile.update', { name: `Edit ${n}`, industry: `round ${round}` });
            if (body.ok) {
              lastAcknowledged = n;
              totalAcknowledged += 1;
              firstAcknowledged();
            }
          } catch {
            return; // the connection died with the process: this edit was never acknowledged
          }
        }
      })();
      await Promise.race([streaming, stream]);
      await new Promise((resolve) => setTimeout(resolve, killAfter));
      killed = true;
      await host.kill();
      await stream;

      // the file on disk, before Rapport touches it again, is a whole SQLite database
      expect(sqliteIntegrity(workspace), `round ${round}`).toBe('ok');

      const reopened = await startHost({ workspace, dir });
      const { body } = await reopened.rpc('profile.get');
      expect(body.ok).toBe(true);
      const acceptable = [`Edit ${lastAcknowledged}`, `Edit ${inFlight}`];
      expect(acceptable, `round ${round}: killed after ${killAfter} ms`).toContain(body.value.name);
      await reopened.stop();

      const logged = Number(sqliteQuery(workspace, 'SELECT count(*) FROM change_log'));
      expect(logged).toBeGreaterThanOrEqual(totalAcknowledged);
      expect(logged).toBeLessThanOrEqual(counter);
      expect(lastAcknowledged, `round ${round} acknowledged at least one edit`).not.toBeNull();
    }
    expect(sqliteIntegrity(workspace)).toBe('ok');
    expect(existsSync(`${workspace}.lock`)).toBe(false);
  }, 120_000); // eight host starts and kills: about 25 s on a loaded 2-core machine, over 60 s when the whole suite runs beside other work
});
