/*
 * kill -9 of the backend during a stream of batches: the real aiops plugin (routes,
 * migrations, wiring, real database service) runs in a child process, gets SIGKILL while
 * requests are in flight, and is restarted on the same database. Every batch answered 202
 * must then be stored and folded into the profiles, and its key must replay the same batchId.
 */
import { ChildProcess } from 'node:child_process';
import http from 'node:http';
import knexFactory from 'knex';
import { BenchDatabase, createBenchDatabase } from '../bench/benchDatabases';
import { benchRecords } from '../bench/benchRecords';
import { postRecords, startIngestServer } from '../bench/ingestServerProcess';

jest.setTimeout(60_000);

const MODEL_REF = 'mlmodel:default/bench';
const RECORDS_PER_BATCH = 100;
const IN_FLIGHT = 4;
/** The kill comes right after this many 202s, with the other requests still in flight. */
const KILL_AFTER = 40;
/** Bounds the stream if the server never gets to KILL_AFTER acknowledgements. */
const MAX_BATCHES = 400;

const PG_URL = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;

const records = benchRecords(RECORDS_PER_BATCH, {
  seed: 7,
  from: Date.now() - 3_600_000,
  spanMs: 3_600_000,
});
const bodyOf = (key: string) =>
  Buffer.from(JSON.stringify({ idempotencyKey: key, records }));

function exited(child: ChildProcess): Promise<void> {
  return new Promise(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Posts batches IN_FLIGHT at a time and kills the server after KILL_AFTER 202s. */
async function streamUntilKilled(child: ChildProcess, port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const acknowledged = new Map<string, string>(); // key → batchId
  const pending = new Set<string>();
  const sent: string[] = [];
  let inFlightAtKill: string[] = [];
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (!child.killed && next < MAX_BATCHES) {
          const key = `batch-${next++}`;
          sent.push(key);
          pending.add(key);
          try {
            const answer = await postRecords(agent, port, bodyOf(key));
            pending.delete(key);
            if (answer.status !== 202) {
              throw new Error(`${key}: HTTP ${answer.status} ${answer.text}`);
            }
            acknowledged.set(key, JSON.parse(answer.text).batchId);
            if (acknowledged.size === KILL_AFTER) {
              inFlightAtKill = [...pending];
              child.kill('SIGKILL');
            }
          } catch (error) {
            // A request cut by the kill was not acknowledged: it may or may not be stored.
            if (!child.killed) throw error;
          }
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return { acknowledged, sent, inFlightAtKill };
}

async function waitUntilFolded(db: BenchDatabase) {
  const knex = knexFactory(db.config);
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [{ count }] = await knex('aiops_ingest_batches')
        .whereNull('folded_at')
        .count({ count: '*' });
      if (Number(count) === 0) break;
      if (Date.now() > deadline) throw new Error(`${count} batches unfolded`);
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    const stored = await knex('aiops_ingest_batches')
      .where({ model_ref: MODEL_REF })
      .pluck('idempotency_key');
    const [{ total }] = await knex('aiops_profiles')
      .where({ model_ref: MODEL_REF })
      .sum({ total: 'record_count' });
    return { stored: new Set<string>(stored), profiled: Number(total) };
  } finally {
    await knex.destroy();
  }
}

// PostgreSQL runs where the other plugin tests get it, like TestDatabases does.
const cases: Array<[string, 'sqlite' | 'pg', string | undefined]> = [
  ['an SQLite file', 'sqlite', undefined],
];
if (PG_URL) cases.push(['PostgreSQL 15', 'pg', PG_URL]);

describe.each(cases)(
  'kill -9 during a stream of batches on %s',
  (_label, kind, pgUrl) => {
    it('keeps every batch answered 202 and replays its batchId after a restart', async () => {
      const db = await createBenchDatabase(kind, 'durability', pgUrl);
      const children: ChildProcess[] = [];
      try {
        const first = await startIngestServer(db);
        children.push(first.child);
        const { acknowledged, sent, inFlightAtKill } = await streamUntilKilled(
          first.child,
          first.port,
        );
        await exited(first.child);
        expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
        expect(inFlightAtKill.length).toBeGreaterThan(0);

        const second = await startIngestServer(db);
        children.push(second.child);
        const { stored, profiled } = await waitUntilFolded(db);
        const missing = [...acknowledged.keys()].filter(
          key => !stored.has(key),
        );
        expect(missing).toEqual([]);
        const unsent = [...stored].filter(key => !sent.includes(key));
        expect(unsent).toEqual([]);
        // Every stored batch, acknowledged or cut by the kill, folded exactly once.
        expect(profiled).toBe(stored.size * RECORDS_PER_BATCH);

        const agent = new http.Agent({ keepAlive: true });
        try {
          for (const [key, batchId] of acknowledged) {
            const answer = await postRecords(agent, second.port, bodyOf(key));
            expect({ key, status: answer.status }).toEqual({
              key,
              status: 202,
            });
            expect(JSON.parse(answer.text).batchId).toBe(batchId);
          }
        } finally {
          agent.destroy();
        }
        expect((await waitUntilFolded(db)).profiled).toBe(profiled);
      } finally {
        for (const child of children) {
          child.kill('SIGKILL');
          await exited(child);
        }
        await db.drop();
      }
    });
  },
);
