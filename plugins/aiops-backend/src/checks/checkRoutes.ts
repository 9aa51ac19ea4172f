import {
  aiopsCheckRunPermission,
  aiopsModelReadPermission,
} from '@unified-aiops/plugin-aiops-common';
import { auditRequest } from '../http/auditRequest';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { modelRefOf } from '../models/ModelDirectory';
import { DriftCheckRunner } from './DriftCheckRunner';
import { StatusService } from './StatusService';

const CHECKS = '/v1/models/:namespace/:name/checks';

/** A model's drift status, its check history, and a check on demand. */
export function checkRoutes(
  context: RouteContext & { status: StatusService; runner: DriftCheckRunner },
): DomainRoutes {
  const { authorizer, auditor, models, status, runner } = context;
  return ({ router }) => {
    router.get('/v1/models/:namespace/:name/status', async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsModelReadPermission,
      );
      const model = await models.require(
        modelRefOf(req.params.namespace, req.params.name),
        credentials,
      );
      res.json(await status.status(model.modelRef));
    });

    router.get(CHECKS, async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsModelReadPermission,
      );
      const model = await models.require(
        modelRefOf(req.params.namespace, req.params.name),
        credentials,
      );
      // the validator applied the spec's default
      const limit = req.query.limit!;
      res.json({ items: await status.history(model.modelRef, limit) });
    });

    router.post(CHECKS, async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsCheckRunPermission,
      );
      const entityRef = modelRefOf(req.params.namespace, req.params.name);
      const check = await auditRequest(
        auditor,
        req,
        { eventId: 'check-run', meta: { entityRef } },
        async () => runner.runNow(await models.require(entityRef, credentials)),
      );
      res.status(201).json(check);
    });
  };
}
