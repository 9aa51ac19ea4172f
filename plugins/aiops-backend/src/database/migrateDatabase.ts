import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/** The knex migrations of the plugin, `migrations/` in the package. */
export const migrationsDir = resolvePackagePath(
  '@unified-aiops/plugin-aiops-backend',
  'migrations',
);

/** Opens the plugin's database and runs its migrations unless `database.migrations.skip`. */
export async function migrateDatabase(
  database: DatabaseService,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await knex.migrate.latest({ directory: migrationsDir });
  }
  return knex;
}

/** Whether row locks (`FOR UPDATE SKIP LOCKED`) are available; SQLite serializes writers instead. */
export function supportsRowLocks(knex: Knex): boolean {
  return knex.client.config.client === 'pg';
}
