import { InputError } from '@backstage/errors';
import { aiopsRecordsCreatePermission } from '@unified-aiops/plugin-aiops-common';
import { auditRequest } from '../http/auditRequest';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { jsonBodyParser } from '../http/jsonBodyParser';
import { keepRawBody, rawBodyOf } from '../http/rawJsonBody';
import { modelRefOf } from '../models/ModelDirectory';
import { IngestService } from './IngestService';

const RECORDS = '/v1/models/:namespace/:name/records';

/** `POST .../records`: batches of inference records from model services. */
export function ingestRoutes(
  context: RouteContext & {
    ingest: IngestService;
    /** Largest body the route parses: `aiops.ingest.maxBatchRecords` × `maxRecordBytes`. */
    maxBodyBytes: number;
  },
): DomainRoutes {
  const { authorizer, auditor, models, ingest } = context;
  return ({ parsers, router }) => {
    // The batch is stored as the body received, so the parser keeps its bytes.
    parsers.post(
      RECORDS,
      jsonBodyParser({
        limitBytes: context.maxBodyBytes,
        limitFrom: 'aiops.ingest.maxBatchRecords × aiops.ingest.maxRecordBytes',
        verify: keepRawBody,
      }),
    );
    router.post(RECORDS, async (req, res) => {
      const credentials = await authorizer.authorize(
        req,
        aiopsRecordsCreatePermission,
      );
      const headerKey = req.header('idempotency-key');
      const bodyKey = req.body.idempotencyKey;
      if (bodyKey && headerKey && bodyKey !== headerKey) {
        throw new InputError(
          'The body idempotencyKey and the Idempotency-Key header differ; send one, or the same in both',
        );
      }
      const idempotencyKey = bodyKey ?? headerKey;
      const entityRef = modelRefOf(req.params.namespace, req.params.name);
      const answer = await auditRequest(
        auditor,
        req,
        { eventId: 'records-ingest', meta: { entityRef, idempotencyKey } },
        async () => {
          const model = await models.require(entityRef, credentials);
          return ingest.ingest({
            modelRef: model.modelRef,
            idempotencyKey,
            records: req.body.records,
            body: rawBodyOf(req) ?? JSON.stringify(req.body),
          });
        },
      );
      if (answer.replayed) res.setHeader('Idempotent-Replayed', 'true');
      res.status(answer.status).json(answer.body);
    });
  };
}
