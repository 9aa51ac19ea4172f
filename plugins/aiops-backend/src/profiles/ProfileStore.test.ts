import { mockServices } from '@backstage/backend-test-utils';
import {
  DEFAULT_PROFILE_LIMITS,
  profileRecords,
} from '@unified-aiops/plugin-aiops-common';
import {
  DATABASE_IDS,
  createTestDatabases,
  syntheticRecords,
} from '../__testUtils__/testBackend';
import { migrateDatabase } from '../database/migrateDatabase';
import { BatchStore } from '../ingest/BatchStore';
import { BatchFolder } from './BatchFolder';
import { ProfileStore } from './ProfileStore';

jest.setTimeout(60_000);
const databases = createTestDatabases();
const HOUR = 3_600_000;
const model = 'mlmodel:default/m';

describe.each(DATABASE_IDS)(
  'ProfileStore and BatchFolder on %s',
  databaseId => {
    async function setup() {
      const knex = await migrateDatabase(
        mockServices.database({ knex: await databases.init(databaseId) }),
      );
      const profiles = ProfileStore.create({
        knex,
        limits: DEFAULT_PROFILE_LIMITS,
      });
      const batches = BatchStore.create({ knex });
      const folder = BatchFolder.create({
        knex,
        batches,
        profiles,
        models: { categoricalFeatures: async () => new Set<string>() },
        logger: mockServices.logger.mock(),
        windowMinutes: 60,
        limits: DEFAULT_PROFILE_LIMITS,
        batchSize: 2,
      });
      return { knex, profiles, batches, folder };
    }

    it('merges into stored windows in the transaction and reads ranges merged', async () => {
      const { knex, profiles } = await setup();
      const t0 = 100 * HOUR;
      await knex.transaction(trx =>
        profiles.mergeWindows(trx, [
          {
            modelRef: model,
            windowStart: t0,
            profile: profileRecords(syntheticRecords(10), t0),
          },
          {
            modelRef: model,
            windowStart: t0 + HOUR,
            profile: profileRecords(syntheticRecords(5), t0 + HOUR),
          },
        ]),
      );
      await knex.transaction(trx =>
        profiles.mergeWindows(trx, [
          {
            modelRef: model,
            windowStart: t0,
            profile: profileRecords(syntheticRecords(7), t0),
          },
        ]),
      );
      expect(
        (await profiles.readRange(model, t0, t0 + HOUR)).profile.records,
      ).toBe(17);
      const day = await profiles.readRange(model, t0, t0 + 24 * HOUR);
      expect(day).toMatchObject({ windows: 2 });
      expect(day.profile.records).toBe(22);
      expect(day.profile.features.age.count).toBe(22);
      expect(await profiles.pruneWindows(t0 + HOUR)).toBe(1);
    });

    it('folds every batch exactly once, by record timestamp into windows, under concurrent folds', async () => {
      const { profiles, batches, folder } = await setup();
      const t0 = 200 * HOUR;
      for (let i = 0; i < 9; i++) {
        const timestamp = new Date(t0 + (i % 3) * HOUR + 1000).toISOString();
        const records = syntheticRecords(10, { seed: i + 1 }).map(r => ({
          ...r,
          timestamp,
        }));
        await batches.append({
          modelRef: model,
          idempotencyKey: `k${i}`,
          payload: JSON.stringify(records),
          payloadHash: `h${i}`,
          recordCount: records.length,
          answer: id => ({ status: 202, body: { batchId: id } }),
        });
      }
      await Promise.all([folder.foldPending(), folder.foldPending()]);
      expect(await batches.countUnfolded()).toBe(0);
      const all = await profiles.readRange(model, t0, t0 + 3 * HOUR);
      expect(all).toMatchObject({ windows: 3 });
      expect(all.profile.records).toBe(90);
      expect(
        (await profiles.readRange(model, t0 + HOUR, t0 + 2 * HOUR)).profile
          .records,
      ).toBe(30);
      expect(await folder.foldPending()).toBe(0);
    });

    it('keeps one reference per model', async () => {
      const { profiles } = await setup();
      await profiles.setReference(
        model,
        profileRecords(syntheticRecords(3), 0),
        {
          source: 'records',
          modelVersion: '1',
          windowFrom: null,
          windowTo: null,
        },
      );
      await profiles.setReference(
        model,
        profileRecords(syntheticRecords(4), 0),
        {
          source: 'records',
          modelVersion: '2',
          windowFrom: null,
          windowTo: null,
        },
      );
      const reference = await profiles.getReference(model);
      expect(reference?.info).toMatchObject({
        modelVersion: '2',
        recordCount: 4,
        source: 'records',
      });
      expect(
        await profiles.getReference('mlmodel:default/other'),
      ).toBeUndefined();
    });
  },
);
