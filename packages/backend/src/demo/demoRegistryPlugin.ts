/*
 * Demo wiring only: an in-memory model registry answering the two calls of MLflow's REST
 * API 2.0 that promotion makes (`GET` and `POST /api/2.0/mlflow/registered-models/alias`),
 * so the demo's retraining loop can promote without an MLflow server (none installs on
 * this kind of machine). A real portal points aiops.mlflow.baseUrl (or
 * aiops.retraining.promotion.mlflow.baseUrl) at its MLflow instead. Its aliases are kept
 * in the plugin's own database, so a restarted demo still knows the champion the loop
 * promoted. Unauthenticated: never for production.
 */
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import express from 'express';
import { Knex } from 'knex';
import Router from 'express-promise-router';

export default createBackendPlugin({
  pluginId: 'demo-mlflow',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
      },
      async init({ config, database, httpRouter }) {
        if (!config.getOptionalBoolean('aiops.demo.enabled')) return;
        const aliases = await aliasTable(await database.getClient());
        const router = Router();
        router.use(express.json());
        const path = '/api/2.0/mlflow/registered-models/alias';
        router.get(path, async (req, res) => {
          const version = await aliases.get(
            String(req.query.name),
            String(req.query.alias),
          );
          if (!version) {
            res.status(404).json({
              error_code: 'RESOURCE_DOES_NOT_EXIST',
              message: `No alias ${req.query.alias} on ${req.query.name}`,
            });
            return;
          }
          res.json({ model_version: { name: req.query.name, version } });
        });
        router.post(path, async (req, res) => {
          const { name, alias, version } = req.body ?? {};
          if (![name, alias, version].every(v => typeof v === 'string' && v)) {
            res.status(400).json({
              error_code: 'INVALID_PARAMETER_VALUE',
              message: 'name, alias and version are required strings',
            });
            return;
          }
          await aliases.set(name, alias, version);
          res.json({});
        });
        httpRouter.use(router);
        httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
      },
    });
  },
});

/** Aliases by model name and alias, in a table of the plugin's database. */
async function aliasTable(knex: Knex) {
  const table = 'demo_mlflow_aliases';
  if (!(await knex.schema.hasTable(table))) {
    // demo wiring, one table that never changes: no migrations
    await knex.schema.createTable(table, t => {
      t.string('name').notNullable();
      t.string('alias').notNullable();
      t.string('version').notNullable();
      t.primary(['name', 'alias']);
    });
  }
  return {
    async get(name: string, alias: string): Promise<string | undefined> {
      const row = await knex(table).where({ name, alias }).first('version');
      return row?.version;
    },
    async set(name: string, alias: string, version: string) {
      await knex(table)
        .insert({ name, alias, version })
        .onConflict(['name', 'alias'])
        .merge();
    },
  };
}
