import { mockServices } from '@backstage/backend-test-utils';
import {
  DEFAULT_PROFILE_LIMITS,
  InferenceRecord,
  profileRecords,
} from '@unified-aiops/plugin-aiops-common';
import {
  DATABASE_IDS,
  createTestDatabases,
  syntheticRecords,
} from '../__testUtils__/testBackend';
import { migrateDatabase } from '../database/migrateDatabase';
import { BatchStore, PendingBatch } from '../ingest/BatchStore';
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
      const newFolder = (maxQueuedRecords = 0) =>
        BatchFolder.create({
          knex,
          batches,
          profiles,
          models: {
            foldSettings: async () => ({ reading: {} }),
          },
          logger: mockServices.logger.mock(),
          windowMinutes: 60,
          limits: DEFAULT_PROFILE_LIMITS,
          batchSize: 2,
          maxQueuedRecords,
        });
      return { knex, profiles, batches, folder: newFolder(), newFolder };
    }

    /** Appends `records` as a batch and returns it as the ingest route hands it over. */
    async function appendBatch(
      batches: BatchStore,
      key: string,
      records: InferenceRecord[],
      stored: InferenceRecord[] = records,
    ): Promise<PendingBatch> {
      const appended = await batches.append({
        modelRef: model,
        idempotencyKey: key,
        payload: JSON.stringify(stored),
        payloadHash: key,
        recordCount: stored.length,
        answer: id => ({ status: 202, body: { batchId: id, accepted: 1 } }),
      });
      return { ...appended.stored!, modelRef: model, records };
    }

    const at = (records: InferenceRecord[], time: number) =>
      records.map(r => ({ ...r, timestamp: new Date(time).toISOString() }));

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
          answer: id => ({ status: 202, body: { batchId: id, accepted: 1 } }),
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

    it('folds batches handed over in memory without reading their payloads back', async () => {
      const { profiles, batches, newFolder } = await setup();
      const folder = newFolder(100);
      const t0 = 300 * HOUR;
      // the stored payload differs from the records handed over: only memory is read
      const handed = await appendBatch(
        batches,
        'mem',
        at(syntheticRecords(6), t0),
        at(syntheticRecords(1), t0),
      );
      folder.accepted(handed);
      expect(await folder.foldPending()).toBe(1);
      expect((await profiles.readRange(model, t0, t0 + HOUR)).profile).toEqual(
        expect.objectContaining({ records: 6 }),
      );
      expect(await batches.countUnfolded()).toBe(0);
    });

    it('leaves batches beyond the memory queue to the database', async () => {
      const { profiles, batches, newFolder } = await setup();
      const folder = newFolder(5);
      const t0 = 310 * HOUR;
      folder.accepted(
        await appendBatch(batches, 'a', at(syntheticRecords(4), t0)),
      );
      // 4 + 3 records exceed the queue of 5: this one is read back from its row
      folder.accepted(
        await appendBatch(batches, 'b', at(syntheticRecords(3), t0)),
      );
      expect(await folder.foldPending()).toBe(2);
      expect(
        (await profiles.readRange(model, t0, t0 + HOUR)).profile.records,
      ).toBe(7);
      expect(await batches.countUnfolded()).toBe(0);
    });

    it('never folds twice a handed-over batch another replica folded first', async () => {
      const { profiles, batches, newFolder } = await setup();
      const here = newFolder(1000);
      const replica = newFolder(0);
      const t0 = 320 * HOUR;
      const records = async () =>
        (await profiles.readRange(model, t0, t0 + HOUR)).profile.records;
      const a = await appendBatch(batches, 'a', at(syntheticRecords(5), t0));
      const b = await appendBatch(batches, 'b', at(syntheticRecords(7), t0));
      // the other replica folds both from their rows before this one gets to them
      expect(await replica.foldPending()).toBe(2);
      here.accepted(a);
      here.accepted(b);
      expect(await here.foldPending()).toBe(0);
      expect(await records()).toBe(12);

      // a pass whose batches were partly folded elsewhere folds only the rest
      const c = await appendBatch(batches, 'c', at(syntheticRecords(3), t0));
      expect(await replica.foldPending()).toBe(1);
      const d = await appendBatch(batches, 'd', at(syntheticRecords(4), t0));
      here.accepted(c);
      here.accepted(d);
      expect(await here.foldPending()).toBe(1);
      expect(await records()).toBe(19);
      expect(await batches.countUnfolded()).toBe(0);
    });

    it('looks fold settings up outside its transaction, so a lookup that needs the database cannot deadlock it', async () => {
      const { knex, profiles, batches } = await setup();
      // as the catalog's token does: signing keys live in the plugin's own database
      const folder = BatchFolder.create({
        knex,
        batches,
        profiles,
        models: {
          foldSettings: async () => {
            await knex.raw('select 1');
            return { reading: {} };
          },
        },
        logger: mockServices.logger.mock(),
        windowMinutes: 60,
        limits: DEFAULT_PROFILE_LIMITS,
        batchSize: 2,
      });
      const now = Date.now();
      for (const key of ['a', 'b', 'c']) {
        await appendBatch(batches, key, at(syntheticRecords(5), now));
      }
      // unfolded batches left in the database, as after a restart
      await expect(folder.foldPending()).resolves.toBe(3);
      expect(await batches.countUnfolded()).toBe(0);
    });

    it('folds each model into windows of its own length', async () => {
      const { knex, profiles, batches } = await setup();
      const quarterHourly = BatchFolder.create({
        knex,
        batches,
        profiles,
        models: {
          foldSettings: async ref => ({
            reading: {},
            windowMinutes: ref === model ? 15 : undefined,
          }),
        },
        logger: mockServices.logger.mock(),
        windowMinutes: 60,
        limits: DEFAULT_PROFILE_LIMITS,
        batchSize: 10,
        maxQueuedRecords: 100,
      });
      const t0 = 330 * HOUR;
      const other = 'mlmodel:default/hourly';
      quarterHourly.accepted(
        await appendBatch(batches, 'q', [
          ...at(syntheticRecords(2), t0 + 60_000),
          ...at(syntheticRecords(3), t0 + 20 * 60_000),
        ]),
      );
      await batches.append({
        modelRef: other,
        idempotencyKey: 'h',
        payload: JSON.stringify([
          ...at(syntheticRecords(2), t0 + 60_000),
          ...at(syntheticRecords(3), t0 + 20 * 60_000),
        ]),
        payloadHash: 'h',
        recordCount: 5,
        answer: id => ({ status: 202, body: { batchId: id, accepted: 1 } }),
      });
      expect(await quarterHourly.foldPending()).toBe(2);
      expect(await profiles.readRange(model, t0, t0 + HOUR)).toMatchObject({
        windows: 2,
      });
      expect(
        (await profiles.readRange(model, t0 + 15 * 60_000, t0 + HOUR)).profile
          .records,
      ).toBe(3);
      expect(await profiles.readRange(other, t0, t0 + HOUR)).toMatchObject({
        windows: 1,
        profile: expect.objectContaining({ records: 5 }),
      });
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
