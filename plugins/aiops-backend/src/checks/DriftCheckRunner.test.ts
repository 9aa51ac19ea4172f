import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ConfigReader } from '@backstage/config';
import request from 'supertest';
import {
  createTestDatabases,
  modelEntity,
  startAiopsBackend,
  syntheticRecords,
} from '../__testUtils__/testBackend';
import { readAiopsSettings } from '../AiopsSettings';
import { migrateDatabase } from '../database/migrateDatabase';
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
function replica(knex: any) {
  const settings = readAiopsSettings(new ConfigReader({}));
  const logger = mockServices.logger.mock();
  const catalog = catalogServiceMock({ entities });
  const auth = mockServices.auth();
  const profiles = ProfileStore.create({
    knex,
    limits: settings.profiles.limits,
  });
  const batches = BatchStore.create({ knex });
  const models = ModelDirectory.create({ catalog, auth });
  return DriftCheckRunner.create({
    checks: CheckStore.create({ knex }),
    profiles,
    models,
    folder: BatchFolder.create({
      knex,
      batches,
      profiles,
      models,
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
    }),
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
    const runner = replica(knex);
    const now = Date.now();
    expect(await runner.runDue(now)).toHaveLength(30);
    expect(await runner.runDue(now + 4 * 60_000)).toHaveLength(0);
    expect(await runner.runDue(now + 5 * 60_000)).toHaveLength(30);
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
