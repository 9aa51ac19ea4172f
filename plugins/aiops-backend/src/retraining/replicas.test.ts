import { TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from '../__testUtils__/contractRequest';
import {
  eventually,
  startAiopsBackend,
  syntheticRecords,
} from '../__testUtils__/testBackend';
import {
  BASE,
  pipelineEntity,
  retrainedModel,
  validation,
} from './__testUtils__/loop';
import { aiopsModuleLocalRunner } from './runners/modules';

jest.setTimeout(120_000);

// Only PostgreSQL: two backends on one SQLite file say nothing about replicas.
const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });
// Without a PostgreSQL to test on (no connection string, no Docker), the suite is skipped.
const describeOnPostgres = databases.supports('POSTGRES_15')
  ? describe
  : describe.skip;

const MODEL_REF = 'mlmodel:default/churn';
const ROUNDS = 5;

/** Whether a process is still running. */
function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describeOnPostgres('two aiops replicas on one PostgreSQL database', () => {
  // Proves: during one drift episode, two backends checking the same model at the same
  // time start exactly one retraining run, dispatch it exactly once and audit it once.

  let tempDir: string;
  let secondKnex: Knex | undefined;
  let backends: Array<{ stop(): Promise<void> }> = [];

  beforeEach(() => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aiops-replicas-test-'));
  });

  afterEach(async () => {
    for (const backend of backends) await backend.stop();
    backends = [];
    await secondKnex?.destroy();
    secondKnex = undefined;
    fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it('starts exactly one retraining run per drift episode', async () => {
    const knex = await databases.init('POSTGRES_15');
    // A second client of the same database, with its own connection pool, like a replica.
    secondKnex = knexFactory({
      client: 'pg',
      connection: (knex.client as any).config.connection,
    });

    // Every run's process appends its run id to this file: one line per dispatch.
    const dispatchLog = path.join(tempDir, 'dispatches.log');
    const options = {
      entities: [
        // No cooldown and no limit on runs in flight: only the claim of the drift
        // episode stands between the replicas and a second run.
        retrainedModel({
          retraining: {
            trigger: {
              consecutiveChecks: 1,
              cooldownMinutes: 0,
              maxConcurrentRuns: 100,
            },
            validation,
          },
        }),
        pipelineEntity({ type: 'local', target: 'train' }),
      ],
      features: [aiopsModuleLocalRunner],
      config: {
        retraining: {
          runners: {
            local: {
              // Both replicas share the runner's work directory, as on one host.
              workDir: path.join(tempDir, 'work'),
              targets: {
                train: {
                  command: process.execPath,
                  args: [
                    '-e',
                    "require('fs').appendFileSync(process.env.DISPATCH_LOG, process.env.AIOPS_RUN_ID + '\\n')",
                  ],
                  env: { DISPATCH_LOG: dispatchLog },
                },
              },
            },
          },
        },
      },
    };
    // Started one after the other, so they do not race on the migrations.
    const first = await startAiopsBackend({ knex, ...options });
    backends.push(first.backend);
    const second = await startAiopsBackend({ knex: secondKnex, ...options });
    backends.push(second.backend);
    const servers = [first.server, second.server];

    // The reference, then drifted traffic arriving at both replicas.
    await request(first.server)
      .put(`${BASE}/reference`)
      .send({ records: syntheticRecords(600, { seed: 1 }) })
      .expect(200);
    await Promise.all(
      servers.map((server, i) =>
        request(server)
          .post(`${BASE}/records`)
          .send({
            idempotencyKey: `drifted-${i}`,
            records: syntheticRecords(300, { shift: 15, seed: 2 + i }),
          })
          .expect(202),
      ),
    );

    // Both batches folded into the shared profiles, so whichever replica checks reads them.
    await eventually(async () => {
      const [{ count }] = await knex('aiops_ingest_batches')
        .whereNull('folded_at')
        .count({ count: '*' });
      return Number(count) === 0;
    });

    // Both replicas check the model at the same time, round after round, all in drift.
    for (let round = 0; round < ROUNDS; round++) {
      const checks = await Promise.all(
        servers.map(server =>
          request(server).post(`${BASE}/checks`).expect(201),
        ),
      );
      for (const check of checks) expect(check.body.status).toBe('drift');
    }

    // Each replica lists the same single run.
    const listed = await Promise.all(
      servers.map(
        async server =>
          (
            await request(server).get(`${BASE}/runs`).expect(200)
          ).body.items,
      ),
    );
    for (const items of listed) {
      expect(items.map((r: any) => r.trigger.kind)).toEqual(['drift']);
    }
    const [[run], [sameRun]] = listed;
    expect(sameRun.id).toBe(run.id);

    // Dispatched once: wait for every listed run's process to end, then read the log.
    const pids = [...listed[0], ...listed[1]]
      .map((r: any) => Number(r.externalId))
      .filter(pid => pid > 0);
    expect(pids.length).toBeGreaterThan(0);
    await eventually(async () => pids.every(pid => !isAlive(pid)));
    await eventually(async () => fs.existsSync(dispatchLog));
    expect(fs.readFileSync(dispatchLog, 'utf8').trim().split('\n')).toEqual([
      run.id,
    ]);

    // One trigger in the shared audit trail, and one trigger event across both auditors.
    const audit = await request(second.server)
      .get(`/api/aiops/v1/audit?entityRef=${MODEL_REF}&format=jsonl`)
      .expect(200);
    const triggers = audit.text
      .trim()
      .split('\n')
      .map(line => JSON.parse(line))
      .filter(entry => entry.action === 'retraining-trigger');
    expect(triggers).toHaveLength(1);
    expect(
      [...first.auditEvents, ...second.auditEvents].filter(
        event => event.eventId === 'retraining-trigger',
      ),
    ).toHaveLength(1);
  });
});
