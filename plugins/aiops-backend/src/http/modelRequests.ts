import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { BasicPermission } from '@backstage/plugin-permission-common';
import { Request } from 'express';
import { actorOf } from '../audit/actorOf';
import { ModelInfo, modelRefOf } from '../models/ModelDirectory';
import { AuditMeta, auditRequest } from './auditRequest';
import { RouteContext } from './createRouter';

/** A request to one of a model's routes (`/v1/models/:namespace/:name/...`). */
export type ModelRequest = Request<
  { namespace: string; name: string },
  any,
  any,
  any
>;

/**
 * The route's model for a read: the permission first (403), then the model as the caller
 * may see it (404 otherwise).
 */
export async function readModel(
  context: RouteContext,
  req: ModelRequest,
  permission: BasicPermission,
): Promise<ModelInfo> {
  const credentials = await context.authorizer.authorize(req, permission);
  return context.models.require(
    modelRefOf(req.params.namespace, req.params.name),
    credentials,
  );
}

/**
 * A change to the route's model, as one audit event: the permission first (403), then,
 * inside the event, the model as the caller may see it (404 otherwise) and the work. The
 * event names the model besides `meta`. With `trail`, the change is also appended to the
 * audit trail under the event's id, with what `trail` makes of the result as its details
 * (changes whose services append their own entry, in their transaction, leave it out).
 */
export async function changeModel<T>(
  context: RouteContext,
  req: ModelRequest,
  change: { permission: BasicPermission; eventId: string; meta?: AuditMeta },
  work: (model: ModelInfo, credentials: BackstageCredentials) => Promise<T>,
  trail?: (result: T) => Record<string, unknown>,
): Promise<T> {
  const credentials = await context.authorizer.authorize(
    req,
    change.permission,
  );
  const entityRef = modelRefOf(req.params.namespace, req.params.name);
  return auditRequest(
    context.auditor,
    req,
    { eventId: change.eventId, meta: { entityRef, ...change.meta } },
    async () => {
      const result = await work(
        await context.models.require(entityRef, credentials),
        credentials,
      );
      if (trail) {
        await context.trail.append({
          actor: actorOf(credentials),
          action: change.eventId,
          entityRef,
          details: trail(result),
        });
      }
      return result;
    },
  );
}
