import {
  DATABASE_IDS,
  createTestDatabases,
} from '../__testUtils__/testBackend';
import { migrateDatabase } from '../database/migrateDatabase';
import { mockServices } from '@backstage/backend-test-utils';
import { BatchStore } from './BatchStore';

jest.setTimeout(60_000);
const databases = createTestDatabases();

describe.each(DATABASE_IDS)('BatchStore on %s', databaseId => {
  async function store() {
    const knex = await migrateDatabase(
      mockServices.database({ knex: await databases.init(databaseId) }),
    );
    return { knex, batches: BatchStore.create({ knex }) };
  }

  it('appends a batch once per model and key, replaying the first answer', async () => {
    const { batches } = await store();
    const append = (key: string, modelRef = 'mlmodel:default/a') =>
      batches.append({
        modelRef,
        idempotencyKey: key,
        payload: '[{"features":{"x":1}}]',
        payloadHash: 'h',
        recordCount: 1,
        answer: id => ({ status: 202, body: { batchId: id, accepted: 1 } }),
      });
    const first = await append('k1');
    expect(first.replayed).toBe(false);
    const again = await append('k1');
    expect(again).toEqual({
      answer: first.answer,
      payloadHash: 'h',
      replayed: true,
    });
    expect((await append('k1', 'mlmodel:default/b')).replayed).toBe(false);
    expect(await batches.find('mlmodel:default/a', 'k1')).toEqual({
      answer: first.answer,
      payloadHash: 'h',
    });
    expect(await batches.countUnfolded()).toBe(2);
  });

  it('claims unfolded batches oldest first and forgets them once folded', async () => {
    const { knex, batches } = await store();
    for (const key of ['a', 'b', 'c']) {
      await batches.append({
        modelRef: 'mlmodel:default/m',
        idempotencyKey: key,
        payload: JSON.stringify([{ features: { key } }]),
        payloadHash: key,
        recordCount: 1,
        answer: id => ({ status: 202, body: { batchId: id, accepted: 1 } }),
      });
    }
    await knex.transaction(async trx => {
      const claimed = await batches.claimUnfolded(trx, 2);
      expect(claimed.map(b => b.records[0].features.key)).toEqual(['a', 'b']);
      await batches.markFolded(
        trx,
        claimed.map(b => b.id),
      );
    });
    expect(await batches.countUnfolded()).toBe(1);
    expect(await batches.pruneFolded(Date.now() + 1)).toBe(2);
  });

  it('folds a batch stored as the posted body, unknown fields and all', async () => {
    const { knex, batches } = await store();
    const body =
      '{"idempotencyKey":"k","records":[{"features":{"x":2},"extra":1}]}';
    await batches.append({
      modelRef: 'mlmodel:default/m',
      idempotencyKey: 'k',
      payload: body,
      payloadHash: 'h',
      recordCount: 1,
      answer: id => ({ status: 202, body: { batchId: id, accepted: 1 } }),
    });
    expect(await knex('aiops_ingest_batches').first('payload')).toEqual({
      payload: body,
    });
    await knex.transaction(async trx => {
      const [claimed] = await batches.claimUnfolded(trx, 1);
      expect(claimed.records).toEqual([{ features: { x: 2 }, extra: 1 }]);
    });
  });
});
