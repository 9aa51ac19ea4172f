import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ConfigReader } from '@backstage/config';
import { profileRecords } from '@unified-aiops/plugin-aiops-common';
import { request } from '../__testUtils__/contractRequest';
import {
  DATABASE_IDS,
  createTestDatabases,
  modelEntity,
  startAiopsBackend,
  syntheticRecords,
} from '../__testUtils__/testBackend';
import { readAiopsSettings } from '../AiopsSettings';
import { migrateDatabase } from '../database/migrateDatabase';
import { AuditTrail } from '../audit/AuditTrail';
import { BatchStore } from '../ingest/BatchStore';
import { ModelDirectory } from '../models/ModelDirectory';
import { BatchFolder } from '../profiles/BatchFolder';
import { ProfileStore } from '../profiles/ProfileStore';
import { CheckStore } from './CheckStore';
import { DriftCheckRunner } from './DriftCheckRunner';
import { StatusNotifier } from './StatusNotifier';

jest.setTimeout(120_000);
const databases = createTestDatabases();
const entities = Array.from({ length: 30 }, (_, i) =>
  modelEntity(`model-${i}`),
);

async function checksPerModel(knex: any) {
  const rows = await knex('aiops_check_results')
    .select('model_ref')
    .count({ count: '*' })
    .groupBy('model_ref');
  return rows.map((r: any) => Number(r.count));
}

/** A replica's runner: its own services over the shared database. */
function replica(knex: any, models: Entity[] = entities) {
  const settings = readAiopsSettings(new ConfigReader({}));
  const logger = mockServices.logger.mock();
  const catalog = catalogServiceMock({ entities: models });
  const auth = mockServices.auth();
  const profiles = ProfileStore.create({
    knex,
    limits: settings.profiles.limits,
  });
  const batches = BatchStore.create({ knex });
  const directory = ModelDirectory.create({ catalog, auth, logger });
  return DriftCheckRunner.create({
    checks: CheckStore.create({ knex }),
    profiles,
    models: directory,
    folder: BatchFolder.create({
      knex,
      batches,
      profiles,
      models: directory,
      logger,
      windowMinutes: 60,
      limits: settings.profiles.limits,
      batchSize: 50,
    }),
    notifier: StatusNotifier.create({
      catalog,
      auth,
      logger,
      notifications: { send: jest.fn() },
      events: mockServices.events(),
      trail: AuditTrail.create({ knex }),
    }),
    governance: { reevaluate: async () => undefined },
    settings,
    logger,
  });
}

describe('exactly one check per interval across replicas (PostgreSQL)', () => {
  it('two runners passing at the same moment check each due model once', async () => {
    const knex = await migrateDatabase(
      mockServices.database({ knex: await databases.init('POSTGRES_15') }),
    );
    const [a, b] = [replica(knex), replica(knex)];
    const now = Date.now();
    const [ranA, ranB] = await Promise.all([a.runDue(now), b.runDue(now)]);
    expect(ranA.length + ranB.length).toBe(30);
    expect(new Set([...ranA, ...ranB]).size).toBe(30);
    expect(await checksPerModel(knex)).toEqual(new Array(30).fill(1));

    // Within the 5-minute interval nothing is due; after it, each model once more.
    expect(
      await Promise.all([a.runDue(now + 60_000), b.runDue(now + 60_000)]),
    ).toEqual([[], []]);
    const [laterA, laterB] = await Promise.all([
      a.runDue(now + 300_000),
      b.runDue(now + 300_000),
    ]);
    expect(laterA.length + laterB.length).toBe(30);
    expect(await checksPerModel(knex)).toEqual(new Array(30).fill(2));
  });

  it('two whole backends on one database run the scheduled pass once per model', async () => {
    const knex = await databases.init('POSTGRES_15');
    const first = await startAiopsBackend({ knex, entities });
    const second = await startAiopsBackend({ knex, entities });
    expect(await checksPerModel(knex)).toEqual(new Array(30).fill(1));
    await first.backend.stop();
    await second.backend.stop();
  });

  it('uses each model’s own interval', async () => {
    const knex = await migrateDatabase(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    // the default interval (5 minutes) beside monitoring.checkIntervalMinutes: 15
    const runner = replica(knex, [
      modelEntity('default'),
      modelEntity('quarterly', { checkIntervalMinutes: 15 }),
    ]);
    const due = async (at: number) => (await runner.runDue(at)).sort();
    const both = ['mlmodel:default/default', 'mlmodel:default/quarterly'];
    const now = Date.now();
    expect(await due(now)).toEqual(both);
    expect(await due(now + 4 * 60_000)).toEqual([]);
    expect(await due(now + 5 * 60_000)).toEqual(['mlmodel:default/default']);
    expect(await due(now + 14 * 60_000)).toEqual(['mlmodel:default/default']);
    expect(await due(now + 15 * 60_000)).toEqual(['mlmodel:default/quarterly']);
  });
});

describe('the test each feature gets, through the running plugin', () => {
  it('a large reference gets Wasserstein and Jensen–Shannon from the profile, a small one KS on the reservoir', async () => {
    const knex = await databases.init('SQLITE_3');
    const { server } = await startAiopsBackend({
      knex,
      entities: [modelEntity('large'), modelEntity('small')],
    });
    const results: Record<string, any[]> = {};
    for (const [name, referenceCount] of [
      ['large', 5000],
      ['small', 800],
    ] as const) {
      const base = `/api/aiops/v1/models/default/${name}`;
      await request(server)
        .put(`${base}/reference`)
        .send({ records: syntheticRecords(referenceCount, { seed: 7 }) })
        .expect(200);
      await request(server)
        .post(`${base}/records`)
        .send({
          idempotencyKey: name,
          records: syntheticRecords(2000, { seed: 9 }),
        })
        .expect(202);
      const check = await request(server).post(`${base}/checks`).expect(201);
      results[name] = check.body.result.features;
    }
    const pick = (features: any[], feature: string) => {
      const f = features.find(x => x.name === feature);
      return [f.test, f.method, f.sampleSizes.reference, f.sampled];
    };
    expect(pick(results.large, 'age')).toEqual([
      'wasserstein',
      'profile',
      5000,
      false,
    ]);
    expect(pick(results.large, 'plan')).toEqual([
      'jensenshannon',
      'profile',
      5000,
      false,
    ]);
    expect(pick(results.small, 'age')).toEqual(['ks', 'reservoir', 500, true]);
  });
});

describe.each(DATABASE_IDS)(
  'a minimum of current records before a check judges (%s)',
  databaseId => {
    it('holds a previously ok status while the window waits for records, then judges', async () => {
      const knex = await migrateDatabase(
        mockServices.database({ knex: await databases.init(databaseId) }),
      );
      const runner = replica(knex, [
        modelEntity('churn'),
        modelEntity('eager', { minRecords: 50 }),
      ]);
      const profiles = ProfileStore.create({
        knex,
        limits: readAiopsSettings(new ConfigReader({})).profiles.limits,
      });
      const checks = CheckStore.create({ knex });
      const refs = ['mlmodel:default/churn', 'mlmodel:default/eager'];
      const hour = 3_600_000;
      const t0 = Math.floor(Date.now() / hour) * hour + hour / 2;
      const addWindow = (at: number, records: unknown[]) =>
        knex.transaction((trx: any) =>
          profiles.mergeWindows(
            trx,
            refs.map(modelRef => ({
              modelRef,
              windowStart: Math.floor(at / hour) * hour,
              profile: profileRecords(records as any, at),
            })),
          ),
        );
      const latest = async (ref: string) => (await checks.history(ref, 1))[0];
      for (const ref of refs) {
        await profiles.setReference(
          ref,
          profileRecords(syntheticRecords(2000, { seed: 7 }), t0),
          {
            source: 'records',
            modelVersion: null,
            windowFrom: null,
            windowTo: null,
          },
        );
      }

      await addWindow(t0, syntheticRecords(600, { seed: 9 }));
      await runner.runDue(t0);
      expect((await latest(refs[0])).status).toBe('ok');

      // A day later the window holds 100 records, shifted: too few to judge by default.
      const t1 = t0 + 25 * hour;
      await addWindow(t1, syntheticRecords(100, { shift: 20, seed: 11 }));
      await runner.runDue(t1);
      const waiting = await latest(refs[0]);
      expect(waiting).toMatchObject({
        resultStatus: 'no-data',
        status: 'ok',
        result: {
          reason: 'Waiting for records: 100 of 500 in the current window',
          records: { reference: 2000, current: 100 },
          minCurrentRecords: 500,
          features: [],
        },
      });
      expect((await checks.getStatus(refs[0]))?.status).toBe('ok');
      // monitoring.minRecords: 50 lets the other model judge the same 100 records.
      expect(await latest(refs[1])).toMatchObject({
        resultStatus: 'drift',
        status: 'drift',
        result: { minCurrentRecords: 50 },
      });

      const t2 = t1 + 5 * 60_000;
      await addWindow(t2, syntheticRecords(500, { shift: 20, seed: 13 }));
      await runner.runDue(t2);
      const judged = await latest(refs[0]);
      expect(judged).toMatchObject({
        resultStatus: 'drift',
        status: 'drift',
        result: { records: { current: 600 }, datasetDrift: true },
      });
      expect(judged.result.features).toHaveLength(3);
    });
  },
);
