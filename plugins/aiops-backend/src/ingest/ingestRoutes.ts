import { InputError } from '@backstage/errors';
import { aiopsRecordsCreatePermission } from '@unified-aiops/plugin-aiops-common';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { jsonBodyParser } from '../http/jsonBodyParser';
import { changeModel } from '../http/modelRequests';
import { keepRawBody, rawBodyOf } from '../http/rawJsonBody';
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
  const { ingest } = context;
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
      const headerKey = req.header('idempotency-key');
      const bodyKey = req.body.idempotencyKey;
      const idempotencyKey = bodyKey ?? headerKey;
      const answer = await changeModel(
        context,
        req,
        {
          permission: aiopsRecordsCreatePermission,
          eventId: 'records-ingest',
          meta: { idempotencyKey },
        },
        async model => {
          if (bodyKey && headerKey && bodyKey !== headerKey) {
            throw new InputError(
              'The body idempotencyKey and the Idempotency-Key header differ; send one, or the same in both',
            );
          }
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
