import {
  aiopsModelReadPermission,
  aiopsRecordsCreatePermission,
} from '@unified-aiops/plugin-aiops-common';
import express from 'express';
import { auditRequest } from '../http/auditRequest';
import { DomainRoutes, RouteContext } from '../http/createRouter';
import { decodeLogs, encodeLogsAnswer } from './decodeLogs';
import { decodeTraces, encodeTraceAnswer } from './decodeTraces';
import { OtlpLogIngest } from './OtlpLogIngest';
import { OtlpTraceIngest, otlpEncoding } from './OtlpTraceIngest';
import { SourceStatsStore } from './SourceStatsStore';

/** Where an OpenTelemetry exporter or Collector sends traces (`<endpoint>/v1/traces`). */
export const OTLP_TRACES = '/v1/otlp/v1/traces';
/** Where an OpenTelemetry exporter or Collector sends logs (`<endpoint>/v1/logs`). */
export const OTLP_LOGS = '/v1/otlp/v1/logs';

/**
 * OTLP/HTTP trace and log ingest (protobuf, the exporters' default, or JSON; gzip
 * accepted) and the telemetry sources' figures. Answers follow OTLP: 200 with
 * `partialSuccess` naming the rejected spans or log records, in the request's encoding;
 * 400 for a body that does not decode.
 */
export function otlpRoutes(
  context: RouteContext & {
    traces: OtlpTraceIngest;
    logs: OtlpLogIngest;
    stats: SourceStatsStore;
    maxBodyBytes: number;
  },
): DomainRoutes {
  const { authorizer, auditor, traces, logs, stats } = context;
  return ({ parsers, router }) => {
    // The body stays bytes for the decoder; gzip and deflate are inflated first.
    for (const path of [OTLP_TRACES, OTLP_LOGS]) {
      parsers.post(
        path,
        express.raw({
          type: () => true,
          inflate: true,
          limit: context.maxBodyBytes,
        }),
      );
    }
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

    router.post(OTLP_LOGS, async (req, res) => {
      await authorizer.authorize(req, aiopsRecordsCreatePermission);
      const encoding = otlpEncoding(req.header('content-type'));
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await auditRequest(
        auditor,
        req,
        { eventId: 'otlp-logs-ingest', meta: { bytes: body.length } },
        async () => logs.ingest(decodeLogs(body, encoding)),
      );
      const answer =
        result.rejectedLogRecords > 0 || result.message
          ? {
              partialSuccess: {
                rejectedLogRecords: result.rejectedLogRecords,
                errorMessage: result.message,
              },
            }
          : {};
      (res as unknown as express.Response)
        .status(200)
        .type(
          encoding === 'json' ? 'application/json' : 'application/x-protobuf',
        )
        .send(encodeLogsAnswer(answer, encoding));
    });

    router.get('/v1/sources', async (req, res) => {
      await authorizer.authorize(req, aiopsModelReadPermission);
      res.json({ items: await stats.list() });
    });
  };
}
