import { Knex } from 'knex';
import {
  DATABASE_IDS,
  createTestDatabases,
} from '../__testUtils__/testBackend';
import { migrationsDir } from './migrateDatabase';

jest.setTimeout(120_000);
const databases = createTestDatabases();

/** The plugin's tables once every migration is up. */
const TABLES = [
  'aiops_approvals',
  'aiops_audit_head',
  'aiops_audit_log',
  'aiops_check_results',
  'aiops_gate_records',
  'aiops_governance_status',
  'aiops_ingest_batches',
  'aiops_ingest_sources',
  'aiops_kserve_events',
  'aiops_model_registrations',
  'aiops_model_status',
  'aiops_otlp_evaluations',
  'aiops_otlp_held_spans',
  'aiops_profiles',
  'aiops_references',
  'aiops_resource_samples',
  'aiops_resource_status',
  'aiops_retraining_runs',
  'aiops_waivers',
];

const config = { directory: migrationsDir };

/** Tables (other than knex's own bookkeeping) with their columns and column types. */
async function schemaOf(knex: Knex): Promise<Record<string, object>> {
  const names: string[] =
    knex.client.config.client === 'pg'
      ? (
          await knex('information_schema.tables')
            .where({ table_schema: knex.raw('current_schema()') })
            .select('table_name')
        ).map(row => row.table_name)
      : (
          await knex('sqlite_master')
            .where({ type: 'table' })
            .whereNot('name', 'like', 'sqlite_%')
            .select('name')
        ).map(row => row.name);
  const schema: Record<string, object> = {};
  for (const name of names.filter(n => !n.startsWith('knex_')).sort()) {
    schema[name] = await knex(name).columnInfo();
  }
  return schema;
}

async function completed(knex: Knex): Promise<string[]> {
  const [done] = await knex.migrate.list(config);
  return done.map((m: { name: string }) => m.name).sort();
}

/** Every migration file, as knex finds them, oldest first. */
async function pending(knex: Knex): Promise<string[]> {
  const [, todo] = await knex.migrate.list(config);
  return todo.map((m: { file: string }) => m.file).sort();
}

describe.each(DATABASE_IDS)('migrations on %s', databaseId => {
  it('go up to latest, all the way down, and up again', async () => {
    const knex = await databases.init(databaseId);
    const migrationFiles = await pending(knex);
    // a wrong directory would make every comparison below one of empty schemas
    expect(migrationFiles.length).toBeGreaterThanOrEqual(2);

    await knex.migrate.latest(config);
    expect(await completed(knex)).toEqual(migrationFiles);
    expect(Object.keys(await schemaOf(knex))).toEqual(TABLES);
    expect(
      await knex.schema.hasColumn('aiops_ingest_batches', 'payload_hash'),
    ).toBe(true);
    const latest = await schemaOf(knex);

    await knex.migrate.rollback(config, true);
    expect(await completed(knex)).toEqual([]);
    expect(await schemaOf(knex)).toEqual({});
    for (const table of TABLES) {
      expect(await knex.schema.hasTable(table)).toBe(false);
    }

    await knex.migrate.latest(config);
    expect(await completed(knex)).toEqual(migrationFiles);
    expect(await schemaOf(knex)).toEqual(latest);
  });

  it('undo one by one exactly what each migration did', async () => {
    const knex = await databases.init(databaseId);
    const migrationFiles = await pending(knex);

    // the schema before each migration, recorded on the way up ...
    const before: Array<Record<string, object>> = [];
    for (const file of migrationFiles) {
      before.push(await schemaOf(knex));
      await knex.migrate.up({ ...config, name: file });
    }
    expect(await completed(knex)).toEqual(migrationFiles);
    expect(Object.keys(await schemaOf(knex))).toEqual(TABLES);

    // ... is what its down leaves, newest first
    for (let i = migrationFiles.length - 1; i >= 0; i--) {
      await knex.migrate.down(config);
      expect(await completed(knex)).toEqual(migrationFiles.slice(0, i));
      expect(await schemaOf(knex)).toEqual(before[i]);
    }
    expect(await schemaOf(knex)).toEqual({});
  });
});
