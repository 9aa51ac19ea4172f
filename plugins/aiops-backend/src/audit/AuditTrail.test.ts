import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import {
  DATABASE_IDS,
  createTestDatabases,
} from '../__testUtils__/testBackend';
import { migrateDatabase } from '../database/migrateDatabase';
import { mockServices } from '@backstage/backend-test-utils';
import { AuditTrail } from './AuditTrail';
import { AuditChainVerifier } from '@unified-aiops/plugin-aiops-common';

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
