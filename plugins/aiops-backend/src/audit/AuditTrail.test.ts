import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import {
  DATABASE_IDS,
  createTestDatabases,
} from '../__testUtils__/testBackend';
import { migrateDatabase } from '../database/migrateDatabase';
import { mockServices } from '@backstage/backend-test-utils';
import { AuditTrail } from './AuditTrail';
import {
  AuditChainVerifier,
  GENESIS_HASH,
  auditEntryHash,
} from '@unified-aiops/plugin-aiops-common';
import { sha256Hex } from './sha256Hex';

jest.setTimeout(120_000);
const databases = createTestDatabases();

async function setup(databaseId: (typeof DATABASE_IDS)[number]) {
  const knex = await migrateDatabase(
    mockServices.database({ knex: await databases.init(databaseId) }),
  );
  return { knex, trail: AuditTrail.create({ knex }) };
}

async function appendMany(trail: AuditTrail, count: number, writer = 'w') {
  for (let i = 0; i < count; i++) {
    await trail.append({
      actor: `user:default/${writer}`,
      action: 'waiver-request',
      entityRef: 'mlmodel:default/churn',
      details: { i, writer },
    });
  }
}

const LOG = 'aiops_audit_log';

/** Writes a valid chain of `count` entries straight into the tables (faster than appends). */
async function seedChain(knex: Knex, count: number) {
  let prevHash = GENESIS_HASH;
  const rows = [];
  for (let sequence = 1; sequence <= count; sequence++) {
    const entry = {
      sequence,
      time: new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)).toISOString(),
      actor: 'plugin:aiops',
      action: 'drift-status-change',
      entityRef: `mlmodel:default/m${sequence % 7}`,
      details: { status: sequence % 2 ? 'ok' : 'warning', note: 'ü ✓ 🚀' },
      prevHash,
    };
    const hash = auditEntryHash(entry, sha256Hex);
    rows.push({
      sequence,
      time: entry.time,
      actor: entry.actor,
      action: entry.action,
      entity_ref: entry.entityRef,
      details: JSON.stringify(entry.details),
      prev_hash: prevHash,
      hash,
    });
    prevHash = hash;
  }
  await knex.batchInsert(LOG, rows, 400);
  await knex('aiops_audit_head')
    .where({ id: 1 })
    .update({ sequence: count, hash: prevHash });
}

describe.each(DATABASE_IDS)('AuditTrail on %s', databaseId => {
  it('appends a chain that verifies', async () => {
    const { trail } = await setup(databaseId);
    await appendMany(trail, 20);
    expect(await trail.verify()).toEqual({
      valid: true,
      entries: 20,
      firstInvalid: null,
      checkpoint: null,
    });
  });

  it('names a changed row', async () => {
    const { knex, trail } = await setup(databaseId);
    await appendMany(trail, 10);
    await knex(LOG)
      .where({ sequence: 4 })
      .update({ details: JSON.stringify({ i: 3, writer: 'someone else' }) });
    expect((await trail.verify()).firstInvalid).toEqual({
      sequence: 4,
      reason: 'its content does not match its hash (edited)',
    });
  });

  it('names a deleted row', async () => {
    const { knex, trail } = await setup(databaseId);
    await appendMany(trail, 10);
    await knex(LOG).where({ sequence: 6 }).delete();
    expect((await trail.verify()).firstInvalid).toEqual({
      sequence: 7,
      reason: 'entries 6–6 are missing (deleted)',
    });
  });

  it('names two reordered rows', async () => {
    const { knex, trail } = await setup(databaseId);
    await appendMany(trail, 10);
    // swap the sequence numbers of entries 3 and 4
    await knex(LOG).where({ sequence: 3 }).update({ sequence: 1000 });
    await knex(LOG).where({ sequence: 4 }).update({ sequence: 3 });
    await knex(LOG).where({ sequence: 1000 }).update({ sequence: 4 });
    expect((await trail.verify()).firstInvalid).toEqual({
      sequence: 3,
      reason:
        'its previous hash does not match entry 2 (the chain was changed before it)',
    });
  });

  it('cuts old entries for retention, keeping the hash at the cut, and still verifies', async () => {
    const { knex, trail } = await setup(databaseId);
    await appendMany(trail, 5);
    const cut = new Date(Date.now() + 1000).toISOString();
    await new Promise(resolve => setTimeout(resolve, 1100));
    await appendMany(trail, 3);
    expect(await trail.prune(cut, 'plugin:aiops')).toBe(5);
    const verification = await trail.verify();
    expect(verification).toMatchObject({
      valid: true,
      entries: 4, // the 3 kept and the checkpoint entry
      checkpoint: { sequence: 5 },
    });
    const last = await knex(LOG).orderBy('sequence', 'desc').first();
    expect(last.action).toBe('audit-checkpoint');
    expect(JSON.parse(last.details)).toMatchObject({
      lastCutSequence: 5,
      pruned: 5,
    });
  });

  it.each([0, 2])(
    'names an edited row pages into a long chain (hash threads: %i)',
    async verifyThreads => {
      const { knex } = await setup(databaseId);
      const trail = AuditTrail.create({ knex, verifyThreads });
      await seedChain(knex, 12_000);
      expect(await trail.verify()).toEqual({
        valid: true,
        entries: 12_000,
        firstInvalid: null,
        checkpoint: null,
      });
      await knex(LOG)
        .whereIn('sequence', [11_500, 11_900])
        .update({ actor: 'user:default/mallory' });
      expect(await trail.verify()).toEqual({
        valid: false,
        entries: 11_500,
        firstInvalid: {
          sequence: 11_500,
          reason: 'its content does not match its hash (edited)',
        },
        checkpoint: null,
      });
    },
  );

  it.each([0, 2])(
    'names a row whose details are no longer JSON (hash threads: %i)',
    async verifyThreads => {
      const { knex } = await setup(databaseId);
      const trail = AuditTrail.create({ knex, verifyThreads });
      await appendMany(trail, 5);
      await knex(LOG).where({ sequence: 2 }).update({ details: '{broken' });
      expect((await trail.verify()).firstInvalid).toEqual({
        sequence: 2,
        reason: 'its content does not match its hash (edited)',
      });
      const [, second] = (await trail.page({}, 0, 5)).items;
      expect(second.details).toEqual({ unparsableDetails: '{broken' });
    },
  );

  it('streams an export the offline verifier accepts', async () => {
    const { trail } = await setup(databaseId);
    await appendMany(trail, 12);
    const verifier = new AuditChainVerifier(text =>
      createHash('sha256').update(text).digest('hex'),
    );
    const lines: string[] = [];
    for await (const entry of trail.entries())
      lines.push(JSON.stringify(entry));
    for (const line of lines) verifier.verify(JSON.parse(line));
    expect(verifier.result().valid).toBe(true);
    expect(lines).toHaveLength(12);
  });
});

describe('AuditTrail with concurrent writers (PostgreSQL)', () => {
  it('makes one valid chain of 4 writers × 500 appends', async () => {
    const { knex } = await setup('POSTGRES_15');
    // four replicas: four trails, each with its own connection pool, on one database
    const { host, port, user, database } = knex.client.config
      .connection as Knex.PgConnectionConfig;
    const pools = Array.from(
      { length: 4 },
      () =>
        require('knex')({
          client: 'pg',
          connection: {
            host,
            port,
            user,
            database,
            password: (knex.client.config.connection as any).password,
          },
        }) as Knex,
    );
    try {
      await Promise.all(
        pools.map((pool, w) =>
          appendMany(AuditTrail.create({ knex: pool }), 500, `writer${w}`),
        ),
      );
      const verification = await AuditTrail.create({ knex }).verify();
      expect(verification).toEqual({
        valid: true,
        entries: 2000,
        firstInvalid: null,
        checkpoint: null,
      });
      const perWriter = await knex(LOG)
        .select('actor')
        .count({ count: '*' })
        .groupBy('actor');
      expect(perWriter.map(r => Number(r.count))).toEqual([500, 500, 500, 500]);
    } finally {
      await Promise.all(pools.map(pool => pool.destroy()));
    }
  });
});
