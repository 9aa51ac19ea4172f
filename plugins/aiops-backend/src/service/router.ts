import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  aiopsCheckRunPermission,
  aiopsModelReadPermission,
  aiopsRecordsCreatePermission,
  aiopsReferenceUpdatePermission,
} from '@unified-aiops/plugin-aiops-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { DriftCheckRunner } from '../checks/DriftCheckRunner';
import { StatusService } from '../checks/StatusService';
import { FleetService } from '../fleet/FleetService';
import { IngestService } from '../ingest/IngestService';
import {
  idempotencyKeySchema,
  ingestBodySchema,
  parseInput,
  referenceBodySchema,
} from '../ingest/recordSchema';
import { ModelDirectory, modelRefOf } from '../models/ModelDirectory';
import { ProfileService } from '../profiles/ProfileService';
import { keepRawBody, rawBodyOf } from './rawJsonBody';

/** Dependencies of the REST API, built in plugin.ts. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  fleet: FleetService;
  models: ModelDirectory;
  ingest: IngestService;
  profiles: ProfileService;
  status: StatusService;
  runner: DriftCheckRunner;
}

type AuditMeta = Parameters<AuditorService['createEvent']>[0]['meta'];

const statusBatchSchema = z.object({
  entityRefs: z.array(z.string().min(1)).max(1000),
});
const limitSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const rangeSchema = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

/** The REST API of the aiops backend plugin (contract: src/schema/openapi.yaml). */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    httpAuth,
    permissions,
    auditor,
    fleet,
    models,
    ingest,
    profiles,
    status,
    runner,
  } = options;
  const router = Router();
  router.use(express.json({ limit: '50mb', verify: keepRawBody }));

  /** Credentials of a user or a service (model services use external access tokens), authorized. */
  async function authorize(req: Request, permission: BasicPermission) {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`${permission.name} is not allowed`);
    }
    return credentials;
  }

  /** The route's model as the caller may see it (404 otherwise). */
  async function modelOf(req: Request, credentials: BackstageCredentials) {
    const modelRef = modelRefOf(req.params.namespace, req.params.name);
    const model = await models.get(modelRef, credentials);
    if (!model)
      throw new NotFoundError(`No MLModel ${modelRef} in the catalog`);
    return model;
  }

  async function audited<T>(
    req: Request,
    eventId: string,
    meta: AuditMeta,
    work: () => Promise<T>,
  ): Promise<T> {
    const event = await auditor.createEvent({
      eventId,
      request: req,
      severityLevel: 'medium',
      meta,
    });
    try {
      const result = await work();
      await event.success();
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }

  router.get('/v1/fleet', async (req, res) => {
    const credentials = await authorize(req, aiopsModelReadPermission);
    res.json(await fleet.summary(credentials));
  });

  router.post('/v1/status/batch', async (req, res) => {
    const credentials = await authorize(req, aiopsModelReadPermission);
    const { entityRefs } = parseInput(statusBatchSchema, req.body, 'body');
    res.json({ items: await fleet.statuses(entityRefs, credentials) });
  });

  router.post('/v1/models/:namespace/:name/records', async (req, res) => {
    const credentials = await authorize(req, aiopsRecordsCreatePermission);
    const body = parseInput(ingestBodySchema, req.body, 'body');
    const headerKey = parseInput(
      idempotencyKeySchema.optional(),
      req.header('idempotency-key'),
      'Idempotency-Key header',
    );
    if (body.idempotencyKey && headerKey && body.idempotencyKey !== headerKey) {
      throw new InputError(
        'The body idempotencyKey and the Idempotency-Key header differ; send one, or the same in both',
      );
    }
    const idempotencyKey = body.idempotencyKey ?? headerKey;
    const answer = await audited(
      req,
      'records-ingest',
      {
        entityRef: modelRefOf(req.params.namespace, req.params.name),
        idempotencyKey,
      },
      async () => {
        const model = await modelOf(req, credentials);
        return ingest.ingest({
          modelRef: model.modelRef,
          idempotencyKey,
          records: body.records,
          body: rawBodyOf(req) ?? JSON.stringify(req.body),
        });
      },
    );
    if (answer.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(answer.status).json(answer.body);
  });

  router.put('/v1/models/:namespace/:name/reference', async (req, res) => {
    const credentials = await authorize(req, aiopsReferenceUpdatePermission);
    const update = parseInput(referenceBodySchema, req.body, 'body');
    const reference = await audited(
      req,
      'reference-set',
      {
        entityRef: modelRefOf(req.params.namespace, req.params.name),
        source: 'records' in update ? 'records' : 'window',
        modelVersion: update.modelVersion,
      },
      async () =>
        profiles.setReference(await modelOf(req, credentials), update),
    );
    res.json(reference);
  });

  router.get('/v1/models/:namespace/:name/status', async (req, res) => {
    const credentials = await authorize(req, aiopsModelReadPermission);
    const model = await modelOf(req, credentials);
    res.json(await status.status(model.modelRef));
  });

  router.get('/v1/models/:namespace/:name/checks', async (req, res) => {
    const credentials = await authorize(req, aiopsModelReadPermission);
    const { limit } = parseInput(limitSchema, req.query, 'query');
    const model = await modelOf(req, credentials);
    res.json({ items: await status.history(model.modelRef, limit) });
  });

  router.post('/v1/models/:namespace/:name/checks', async (req, res) => {
    const credentials = await authorize(req, aiopsCheckRunPermission);
    const check = await audited(
      req,
      'check-run',
      { entityRef: modelRefOf(req.params.namespace, req.params.name) },
      async () => runner.runNow(await modelOf(req, credentials)),
    );
    res.status(201).json(check);
  });

  router.get('/v1/models/:namespace/:name/profiles', async (req, res) => {
    const credentials = await authorize(req, aiopsModelReadPermission);
    const range = parseInput(rangeSchema, req.query, 'query');
    const model = await modelOf(req, credentials);
    res.json(
      await profiles.compare(model, {
        from: range.from ? Date.parse(range.from) : undefined,
        to: range.to ? Date.parse(range.to) : undefined,
      }),
    );
  });

  return router;
}
