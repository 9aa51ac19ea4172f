import { InputError } from '@backstage/errors';
// The OpenTelemetry project's generated protobuf code, as for traces (see decodeTraces.ts).
import otlpRoot from '@opentelemetry/otlp-transformer/build/src/generated/root';
import { z } from 'zod';
import {
  Attributes,
  attributesJson,
  attributesOf,
  hex,
  hexId,
  nanosToMs,
  uint64,
} from './decodeTraces';

/** One log record as the mapping reads it, from either encoding. */
export interface OtlpLogRecord {
  /** Lowercase hex; empty when the record belongs to no span. */
  traceId: string;
  /** Lowercase hex; empty when the record belongs to no span. */
  spanId: string;
  /** The event's name (`event_name`), empty for plain logs. */
  eventName: string;
  /** Epoch ms (fractional): the time it happened, else when it was observed. */
  timeMs: number;
  attributes: Attributes;
}

/** The log records of one resource (one service instance), with its attributes. */
export interface OtlpResourceLogs {
  resource: Attributes;
  logRecords: OtlpLogRecord[];
}

interface ProtobufType {
  decode(bytes: Uint8Array): unknown;
  toObject(message: unknown, options: { longs: unknown }): any;
  encode(message: unknown): { finish(): Uint8Array };
  fromObject(object: unknown): unknown;
}

const logsService = (otlpRoot as any).opentelemetry.proto.collector.logs.v1;
const RequestType: ProtobufType = logsService.ExportLogsServiceRequest;
const ResponseType: ProtobufType = logsService.ExportLogsServiceResponse;

/** What the receiver answers, as OTLP/HTTP's ExportLogsServiceResponse. */
export interface LogsExportAnswer {
  partialSuccess?: { rejectedLogRecords: number; errorMessage: string };
}

/** The answer encoded as the request was: protobuf bytes, or JSON. */
export function encodeLogsAnswer(
  answer: LogsExportAnswer,
  encoding: 'protobuf' | 'json',
): Buffer | string {
  if (encoding === 'json') return JSON.stringify(answer);
  return Buffer.from(
    ResponseType.encode(ResponseType.fromObject(answer)).finish(),
  );
}

// OTLP/JSON's ExportLogsServiceRequest: the fields this mapping reads, checked; the rest
// (severity, body, flags) ignored like unknown fields.
const jsonRequest = z.object({
  resourceLogs: z
    .array(
      z.object({
        resource: z.object({ attributes: attributesJson }).optional(),
        scopeLogs: z
          .array(
            z.object({
              logRecords: z
                .array(
                  z.object({
                    traceId: hexId(16).optional(),
                    spanId: hexId(8).optional(),
                    eventName: z.string().optional(),
                    timeUnixNano: uint64.optional(),
                    observedTimeUnixNano: uint64.optional(),
                    attributes: attributesJson,
                  }),
                )
                .optional(),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
});

function normalize(request: any): OtlpResourceLogs[] {
  return (request.resourceLogs ?? []).map((resourceLogs: any) => ({
    resource: attributesOf(resourceLogs.resource?.attributes),
    logRecords: (resourceLogs.scopeLogs ?? []).flatMap((scope: any) =>
      (scope.logRecords ?? []).map(
        (log: any): OtlpLogRecord => ({
          traceId: hex(log.traceId),
          spanId: hex(log.spanId),
          eventName: log.eventName ?? '',
          timeMs:
            nanosToMs(log.timeUnixNano) || nanosToMs(log.observedTimeUnixNano),
          attributes: attributesOf(log.attributes),
        }),
      ),
    ),
  }));
}

/**
 * Decodes an OTLP/HTTP logs export (ExportLogsServiceRequest), protobuf or JSON; throws
 * `InputError` (400) saying what is wrong with a body that is neither.
 */
export function decodeLogs(
  body: Buffer,
  encoding: 'protobuf' | 'json',
): OtlpResourceLogs[] {
  if (encoding === 'protobuf') {
    let message: unknown;
    try {
      message = RequestType.decode(body);
    } catch (error) {
      throw new InputError(
        `The body is not a protobuf ExportLogsServiceRequest: ${
          (error as Error).message
        }`,
      );
    }
    return normalize(RequestType.toObject(message, { longs: String }));
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new InputError(`The body is not JSON: ${(error as Error).message}`);
  }
  const parsed = jsonRequest.safeParse(json);
  if (!parsed.success) {
    throw new InputError(
      `The body is not an OTLP/JSON ExportLogsServiceRequest: ${parsed.error.issues
        .slice(0, 5)
        .map(i => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return normalize(parsed.data);
}
