import {
  aiopsModelReadPermission,
  aiopsReferenceUpdatePermission,
} from '@unified-aiops/plugin-aiops-common';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { jsonBodyParser } from '../http/jsonBodyParser';
import { changeModel, readModel } from '../http/modelRequests';
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
  const { profiles } = context;
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
      const update = req.body;
      const reference = await changeModel(
        context,
        req,
        {
          permission: aiopsReferenceUpdatePermission,
          eventId: 'reference-set',
          meta: {
            source: 'records' in update ? 'records' : 'window',
            modelVersion: update.modelVersion,
          },
        },
        model => profiles.setReference(model, update),
        stored => ({ ...stored }),
      );
      res.json(reference);
    });

    router.get('/v1/models/:namespace/:name/profiles', async (req, res) => {
      const model = await readModel(context, req, aiopsModelReadPermission);
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
