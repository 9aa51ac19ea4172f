import {
  aiopsModelReadPermission,
  aiopsRecordsCreatePermission,
} from '@unified-aiops/plugin-aiops-common';
import express from 'express';
import { auditRequest } from '../http/auditRequest';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { decodeTraces, encodeTraceAnswer } from './decodeTraces';
import { OtlpTraceIngest, otlpEncoding } from './OtlpTraceIngest';
import { SourceStatsStore } from './SourceStatsStore';

/** Where an OpenTelemetry exporter or Collector sends traces (`<endpoint>/v1/traces`). */
export const OTLP_TRACES = '/v1/otlp/v1/traces';

/**
 * OTLP/HTTP trace ingest (protobuf, the exporters' default, or JSON; gzip accepted) and
 * the telemetry sources' figures. Answers follow OTLP: 200 with `partialSuccess` naming
 * the rejected spans, in the request's encoding; 400 for a body that does not decode.
 */
export function otlpRoutes(
  context: RouteContext & {
    traces: OtlpTraceIngest;
    stats: SourceStatsStore;
    maxBodyBytes: number;
  },
): DomainRoutes {
  const { authorizer, auditor, traces, stats } = context;
  return ({ parsers, router }) => {
    // The body stays bytes for the decoder; gzip and deflate are inflated first.
    parsers.post(
      OTLP_TRACES,
      express.raw({
        type: () => true,
        inflate: true,
        limit: context.maxBodyBytes,
      }),
    );
    router.post(OTLP_TRACES, async (req, res) => {
      await authorizer.authorize(req, aiopsRecordsCreatePermission);
      const encoding = otlpEncoding(req.header('content-type'));
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await auditRequest(
        auditor,
        req,
        { eventId: 'otlp-traces-ingest', meta: { bytes: body.length } },
        async () => traces.ingest(decodeTraces(body, encoding)),
      );
      const answer =
        result.rejectedSpans > 0 || result.message
          ? {
              partialSuccess: {
                rejectedSpans: result.rejectedSpans,
                errorMessage: result.message,
              },
            }
          : {};
      // The typed router knows JSON answers only; OTLP answers in the request's encoding.
      (res as unknown as express.Response)
        .status(200)
        .type(
          encoding === 'json' ? 'application/json' : 'application/x-protobuf',
        )
        .send(encodeTraceAnswer(answer, encoding));
    });

    router.get('/v1/sources', async (req, res) => {
      await authorizer.authorize(req, aiopsModelReadPermission);
      res.json({ items: await stats.list() });
    });
  };
}
