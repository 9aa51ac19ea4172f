import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { Knex } from 'knex';

/**
 * A throwaway database for one benchmark phase: its knex config, the `backend.database`
 * config that points a backend's aiops plugin at it, and a way to drop it.
 */
export interface BenchDatabase {
  label: string;
  config: Knex.Config;
  backendConfig: Record<string, unknown>;
  drop(): Promise<void>;
}

/** Where the PostgreSQL runs go (AIOPS_BENCH_PG, or the local trust server). */
const PG_URL =
  process.env.AIOPS_BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432';

/** Which databases to run on: BENCH_DB=sqlite|pg|all (default all). */
export function selectedDatabases(): Array<'sqlite' | 'pg'> {
  const wanted = process.env.BENCH_DB ?? 'all';
  return wanted === 'all' ? ['sqlite', 'pg'] : [wanted as 'sqlite' | 'pg'];
}

/** Whether the PostgreSQL server answers. */
export async function postgresReachable(): Promise<boolean> {
  const knex = knexFactory({ client: 'pg', connection: PG_URL });
  try {
    await knex.raw('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await knex.destroy();
  }
}

/** A fresh SQLite file or PostgreSQL database (on `pgUrl`, by default AIOPS_BENCH_PG). */
export async function createBenchDatabase(
  kind: 'sqlite' | 'pg',
  name: string,
  pgUrl: string = PG_URL,
): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aiops-bench-'));
    const filename = `${name}.sqlite`;
    return {
      label: 'SQLite file',
      config: {
        client: 'better-sqlite3',
        connection: { filename: path.join(dir, filename) },
        useNullAsDefault: true,
      },
      backendConfig: {
        client: 'better-sqlite3',
        connection: { directory: dir },
        plugin: { aiops: { connection: { filename } } },
      },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const database = `aiops_bench_${name}_${process.pid}_${randomBytes(
    3,
  ).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: pgUrl });
  await admin.raw('drop database if exists ??', [database]);
  await admin.raw('create database ??', [database]);
  await admin.destroy();
  return {
    label: 'PostgreSQL 15',
    config: {
      client: 'pg',
      connection: `${pgUrl.replace(/\/$/, '')}/${database}`,
    },
    backendConfig: {
      client: 'pg',
      connection: pgUrl,
      plugin: { aiops: { connection: { database } } },
    },
    drop: async () => {
      const again = knexFactory({ client: 'pg', connection: pgUrl });
      await again.raw('drop database if exists ?? with (force)', [database]);
      await again.destroy();
    },
  };
}
