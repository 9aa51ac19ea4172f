import { InputError } from '@backstage/errors';
import { aiopsRecordsCreatePermission } from '@unified-aiops/plugin-aiops-common';
import { CloudEventV1, HTTP } from 'cloudevents';
import express from 'express';
import { auditRequest } from '../http/auditRequest';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { KserveIngest } from './KserveIngest';

/** Where an InferenceService's `logger.url` points. */
export const KSERVE_EVENTS = '/v1/kserve/events';

/** The CloudEvents in a request, as the `cloudevents` SDK reads them, or why none. */
function eventsOf(req: express.Request): CloudEventV1<unknown>[] {
  const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
  let read;
  try {
    read = HTTP.toEvent({ headers: req.headers, body });
  } catch (error) {
    throw new InputError(
      `Not a CloudEvent: ${
        (error as Error).message
      } (KServe's logger sends binary mode: ce-specversion, ce-id, ce-type, ce-source headers)`,
    );
  }
  const events = Array.isArray(read) ? read : [read];
  if (events.length === 0) throw new InputError('The batch holds no events');
  return events as CloudEventV1<unknown>[];
}

/** The KServe inference logger's CloudEvents, folded into the model's records. */
export function kserveRoutes(
  context: RouteContext & { kserve: KserveIngest; maxBodyBytes: number },
): DomainRoutes {
  const { authorizer, auditor, kserve } = context;
  return ({ parsers, router }) => {
    // the SDK reads the body itself: bytes, whatever the content type
    parsers.post(
      KSERVE_EVENTS,
      express.raw({
        type: () => true,
        inflate: true,
        limit: context.maxBodyBytes,
      }),
    );
    router.post(KSERVE_EVENTS, async (req, res) => {
      await authorizer.authorize(req, aiopsRecordsCreatePermission);
      let events: CloudEventV1<unknown>[];
      try {
        events = eventsOf(req as unknown as express.Request);
      } catch (error) {
        await kserve.reject((error as Error).message);
        throw error;
      }
      const joined = await auditRequest(
        auditor,
        req,
        {
          eventId: 'kserve-events-ingest',
          meta: {
            events: events.length,
            ids: events.map(e => e.id).slice(0, 5),
          },
        },
        async () => {
          let count = 0;
          for (const event of events) {
            if ((await kserve.accept(event)).joined) count += 1;
          }
          return count;
        },
      );
      res.status(202).json({ accepted: events.length, joined });
    });
  };
}
