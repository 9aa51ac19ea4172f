import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { BasicPermission } from '@backstage/plugin-permission-common';
import {
  MLPIPELINE_KIND,
  aiopsModelReadPermission,
  aiopsModelRollbackPermission,
  aiopsPromotionApprovePermission,
  aiopsRetrainingReportPermission,
  aiopsRetrainingTriggerPermission,
  normalizeEntityRef,
} from '@unified-aiops/plugin-aiops-common';
import { Request } from 'express';
import { actorOf } from '../audit/actorOf';
import { auditRequest } from '../http/auditRequest';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { jsonBodyParser } from '../http/jsonBodyParser';
import { changeModel, readModel } from '../http/modelRequests';
import { ModelInfo } from '../models/ModelDirectory';
import { PromotionService } from './PromotionService';
import { StoredRun } from './RetrainingRunStore';
import { publicRun } from './publicRun';
import { RetrainingService } from './RetrainingService';

const MODEL = '/v1/models/:namespace/:name';
const RUN = '/v1/runs/:runId';

/** Retraining runs: a model's list and manual trigger, and each run's reads and callbacks. */
export function retrainingRoutes(
  context: RouteContext & {
    retraining: RetrainingService;
    promotion: PromotionService;
    /** Largest evaluation body: a reference's records beside per-example results. */
    maxEvaluationBodyBytes: number;
  },
): DomainRoutes {
  const { authorizer, auditor, models, retraining, promotion } = context;

  /** The permission first (403), then the run and its model as the caller may see them (404). */
  async function runFor(
    req: Request<{ runId: string }>,
    permission: BasicPermission,
  ): Promise<{
    run: StoredRun;
    model: ModelInfo;
    credentials: BackstageCredentials;
  }> {
    const credentials = await authorizer.authorize(req, permission);
    const run = await retraining.get(req.params.runId);
    const model = run && (await models.get(run.entityRef, credentials));
    if (!run || !model) {
      throw new NotFoundError(`No retraining run ${req.params.runId}`);
    }
    return { run, model, credentials };
  }

  /** A change to a run, as one audit event naming the run and its model. */
  async function changeRun<T>(
    req: Request<{ runId: string }>,
    change: { permission: BasicPermission; eventId: string },
    work: (found: Awaited<ReturnType<typeof runFor>>) => Promise<T>,
  ): Promise<T> {
    const found = await runFor(req, change.permission);
    return auditRequest(
      auditor,
      req,
      {
        eventId: change.eventId,
        meta: { runId: found.run.id, entityRef: found.run.entityRef },
      },
      () => work(found),
    );
  }

  return ({ parsers, router }) => {
    parsers.post(
      `${RUN}/evaluation`,
      jsonBodyParser({
        limitBytes: context.maxEvaluationBodyBytes,
        limitFrom:
          'aiops.ingest.maxReferenceRecords × aiops.ingest.maxRecordBytes, plus 1 MiB for the per-example results',
      }),
    );
    router.get(`${MODEL}/runs`, async (req, res) => {
      const model = await readModel(context, req, aiopsModelReadPermission);
      res.json({ items: await retraining.list(model, req.query.limit ?? 50) });
    });

    router.get('/v1/pipelines/:namespace/:name/runs', async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsModelReadPermission,
      );
      const { namespace, name } = req.params;
      const runs = await retraining.listForPipeline(
        normalizeEntityRef({ kind: MLPIPELINE_KIND, namespace, name }),
        credentials,
        req.query.limit ?? 50,
      );
      // Runs of models the caller cannot see are left out, as their own routes 404.
      const visible = new Map<string, boolean>();
      for (const ref of new Set(runs.map(run => run.entityRef))) {
        visible.set(ref, Boolean(await models.get(ref, credentials)));
      }
      res.json({ items: runs.filter(run => visible.get(run.entityRef)) });
    });

    router.post(`${MODEL}/runs`, async (req, res) => {
      const run = await changeModel(
        context,
        req,
        {
          permission: aiopsRetrainingTriggerPermission,
          eventId: 'retraining-trigger',
        },
        (model, credentials) =>
          retraining.trigger(model, actorOf(credentials), req.body?.reason),
      );
      res.status(201).json(run);
    });

    router.post(`${MODEL}/rollback`, async (req, res) => {
      res.json(
        await changeModel(
          context,
          req,
          {
            permission: aiopsModelRollbackPermission,
            eventId: 'model-rollback',
          },
          (model, credentials) =>
            promotion.rollback(model, actorOf(credentials), req.body.reason),
        ),
      );
    });

    router.post(`${RUN}/approve`, async (req, res) => {
      res.json(
        await changeRun(
          req,
          {
            permission: aiopsPromotionApprovePermission,
            eventId: 'promotion-approve',
          },
          ({ run, model, credentials }) =>
            promotion.approve(
              model,
              run,
              {
                actor: actorOf(credentials),
                isUser: authorizer.isUser(credentials),
              },
              req.body.comment,
            ),
        ),
      );
    });

    router.post(`${RUN}/reject`, async (req, res) => {
      res.json(
        await changeRun(
          req,
          {
            permission: aiopsPromotionApprovePermission,
            eventId: 'promotion-reject',
          },
          ({ run, credentials }) =>
            promotion.reject(
              run,
              {
                actor: actorOf(credentials),
                isUser: authorizer.isUser(credentials),
              },
              req.body.comment,
            ),
        ),
      );
    });

    router.get(RUN, async (req, res) => {
      const { run } = await runFor(req, aiopsModelReadPermission);
      res.json(publicRun(run));
    });

    router.post(`${RUN}/cancel`, async (req, res) => {
      res.json(
        await changeRun(
          req,
          {
            permission: aiopsRetrainingTriggerPermission,
            eventId: 'retraining-cancel',
          },
          ({ run, credentials }) =>
            retraining.cancel(run, actorOf(credentials)),
        ),
      );
    });

    router.post(`${RUN}/status`, async (req, res) => {
      res.json(
        await changeRun(
          req,
          {
            permission: aiopsRetrainingReportPermission,
            eventId: 'retraining-status',
          },
          ({ run, credentials }) =>
            retraining.reportStatus(run, req.body, actorOf(credentials)),
        ),
      );
    });

    router.post(`${RUN}/evaluation`, async (req, res) => {
      res.json(
        await changeRun(
          req,
          {
            permission: aiopsRetrainingReportPermission,
            eventId: 'retraining-evaluation',
          },
          ({ run, model, credentials }) =>
            retraining.reportEvaluation(
              model,
              run,
              req.body,
              actorOf(credentials),
            ),
        ),
      );
    });
  };
}
