import {
  aiopsCheckRunPermission,
  aiopsModelReadPermission,
} from '@unified-aiops/plugin-aiops-common';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { changeModel, readModel } from '../http/modelRequests';
import { DriftCheckRunner } from './DriftCheckRunner';
import { StatusService } from './StatusService';

const CHECKS = '/v1/models/:namespace/:name/checks';

/** A model's drift status, its check history, and a check on demand. */
export function checkRoutes(
  context: RouteContext & { status: StatusService; runner: DriftCheckRunner },
): DomainRoutes {
  const { status, runner } = context;
  return ({ router }) => {
    router.get('/v1/models/:namespace/:name/status', async (req, res) => {
      const model = await readModel(context, req, aiopsModelReadPermission);
      res.json(await status.status(model.modelRef));
    });

    router.get(CHECKS, async (req, res) => {
      const model = await readModel(context, req, aiopsModelReadPermission);
      // the validator applied the spec's default
      const limit = req.query.limit!;
      res.json({ items: await status.history(model.modelRef, limit) });
    });

    router.post(CHECKS, async (req, res) => {
      const check = await changeModel(
        context,
        req,
        { permission: aiopsCheckRunPermission, eventId: 'check-run' },
        model => runner.runNow(model),
        done => ({
          checkId: done.id,
          resultStatus: done.resultStatus,
          status: done.status,
          reason: done.result.reason,
        }),
      );
      res.status(201).json(check);
    });
  };
}
