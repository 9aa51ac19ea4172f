/*
 * Demo wiring only: an in-memory model registry answering the two calls of MLflow's REST
 * API 2.0 that promotion makes (`GET` and `POST /api/2.0/mlflow/registered-models/alias`),
 * so the demo's retraining loop can promote without an MLflow server (none installs on
 * this kind of machine). A real portal points aiops.mlflow.baseUrl (or
 * aiops.retraining.promotion.mlflow.baseUrl) at its MLflow instead. Unauthenticated, and
 * forgotten at restart: never for production.
 */
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';

export default createBackendPlugin({
  pluginId: 'demo-mlflow',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
      },
      async init({ config, httpRouter }) {
        if (!config.getOptionalBoolean('aiops.demo.enabled')) return;
        const aliases = new Map<string, string>();
        const key = (name: unknown, alias: unknown) => `${name}@${alias}`;
        const router = Router();
        router.use(express.json());
        const path = '/api/2.0/mlflow/registered-models/alias';
        router.get(path, (req, res) => {
          const version = aliases.get(key(req.query.name, req.query.alias));
          if (!version) {
            res.status(404).json({
              error_code: 'RESOURCE_DOES_NOT_EXIST',
              message: `No alias ${req.query.alias} on ${req.query.name}`,
            });
            return;
          }
          res.json({ model_version: { name: req.query.name, version } });
        });
        router.post(path, (req, res) => {
          const { name, alias, version } = req.body ?? {};
          if (![name, alias, version].every(v => typeof v === 'string' && v)) {
            res.status(400).json({
              error_code: 'INVALID_PARAMETER_VALUE',
              message: 'name, alias and version are required strings',
            });
            return;
          }
          aliases.set(key(name, alias), version);
          res.json({});
        });
        httpRouter.use(router);
        httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
      },
    });
  },
});
