import {
  aiopsModelReadPermission,
  aiopsReferenceUpdatePermission,
} from '@unified-aiops/plugin-aiops-common';
import { auditRequest } from '../http/auditRequest';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { jsonBodyParser } from '../http/jsonBodyParser';
import { modelRefOf } from '../models/ModelDirectory';
import { ProfileService } from './ProfileService';

const REFERENCE = '/v1/models/:namespace/:name/reference';

/** `PUT .../reference` and `GET .../profiles`: the reference and the profiles charts read. */
export function profileRoutes(
  context: RouteContext & {
    profiles: ProfileService;
    /** Largest reference body: `aiops.ingest.maxReferenceRecords` × `maxRecordBytes`. */
    maxReferenceBodyBytes: number;
  },
): DomainRoutes {
  const { authorizer, auditor, models, profiles } = context;
  return ({ parsers, router }) => {
    parsers.put(
      REFERENCE,
      jsonBodyParser({
        limitBytes: context.maxReferenceBodyBytes,
        limitFrom:
          'aiops.ingest.maxReferenceRecords × aiops.ingest.maxRecordBytes',
      }),
    );
    router.put(REFERENCE, async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsReferenceUpdatePermission,
      );
      const update = req.body;
      const entityRef = modelRefOf(req.params.namespace, req.params.name);
      const reference = await auditRequest(
        auditor,
        req,
        {
          eventId: 'reference-set',
          meta: {
            entityRef,
            source: 'records' in update ? 'records' : 'window',
            modelVersion: update.modelVersion,
          },
        },
        async () =>
          profiles.setReference(
            await models.require(entityRef, credentials),
            update,
          ),
      );
      res.json(reference);
    });

    router.get('/v1/models/:namespace/:name/profiles', async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsModelReadPermission,
      );
      const model = await models.require(
        modelRefOf(req.params.namespace, req.params.name),
        credentials,
      );
      const { from, to } = req.query;
      res.json(
        await profiles.compare(model, {
          from: from ? Date.parse(from) : undefined,
          to: to ? Date.parse(to) : undefined,
        }),
      );
    });
  };
}
