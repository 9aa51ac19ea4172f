import { InputError } from '@backstage/errors';
// The OpenTelemetry project's own protobufjs code generated from opentelemetry-proto,
// shipped in @opentelemetry/otlp-transformer (pinned: later versions replaced it with a
// writer that cannot decode). Written by hand it would be a second OTLP decoder to keep
// in step with the specification.
import otlpRoot from '@opentelemetry/otlp-transformer/build/src/generated/root';
import { z } from 'zod';

/** A value of an OTLP attribute, as JSON would hold it. */
export type AttributeValue =
  | string
  | number
  | boolean
  | null
  | AttributeValue[]
  | { [key: string]: AttributeValue };

/** Attributes by key. */
export type Attributes = Record<string, AttributeValue>;

/** One span as the mapping reads it, from either encoding. */
export interface OtlpSpan {
  /** Lowercase hex. */
  traceId: string;
  /** Lowercase hex. */
  spanId: string;
  name: string;
  /** Epoch ms (fractional). */
  startMs: number;
  /** Epoch ms (fractional). */
  endMs: number;
  attributes: Attributes;
  events: Array<{ name: string; timeMs: number; attributes: Attributes }>;
  /** 0 unset, 1 ok, 2 error. */
  statusCode: number;
  statusMessage: string;
}

/** The spans of one resource (one service instance), with its attributes. */
export interface OtlpResourceSpans {
  resource: Attributes;
  spans: OtlpSpan[];
}

interface ProtobufType {
  decode(bytes: Uint8Array): unknown;
  toObject(message: unknown, options: { longs: unknown }): any;
  encode(message: unknown): { finish(): Uint8Array };
  fromObject(object: unknown): unknown;
}

const traceService = (otlpRoot as any).opentelemetry.proto.collector.trace.v1;
const RequestType: ProtobufType = traceService.ExportTraceServiceRequest;
const ResponseType: ProtobufType = traceService.ExportTraceServiceResponse;

/** What the receiver answers, as OTLP/HTTP's ExportTraceServiceResponse. */
export interface TraceExportAnswer {
  partialSuccess?: { rejectedSpans: number; errorMessage: string };
}

/** The answer encoded as the request was: protobuf bytes, or JSON. */
export function encodeTraceAnswer(
  answer: TraceExportAnswer,
  encoding: 'protobuf' | 'json',
): Buffer | string {
  if (encoding === 'json') return JSON.stringify(answer);
  return Buffer.from(
    ResponseType.encode(ResponseType.fromObject(answer)).finish(),
  );
}

// OTLP/JSON (the specification's JSON mapping of the protobuf messages): ids in hex, 64-bit
// integers as strings or numbers, unknown fields ignored.
export const uint64 = z.union([
  z.string().regex(/^\d+$/),
  z.number().nonnegative(),
]);
export const anyValue: z.ZodType<unknown> = z.lazy(() =>
  z.object({
    stringValue: z.string().optional(),
    boolValue: z.boolean().optional(),
    intValue: z.union([z.string().regex(/^-?\d+$/), z.number()]).optional(),
    doubleValue: z
      .union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity'])])
      .optional(),
    bytesValue: z.string().optional(),
    arrayValue: z.object({ values: z.array(anyValue).optional() }).optional(),
    kvlistValue: z
      .object({
        values: z
          .array(z.object({ key: z.string(), value: anyValue.optional() }))
          .optional(),
      })
      .optional(),
  }),
);
const keyValue = z.object({ key: z.string(), value: anyValue.optional() });
export const attributesJson = z.array(keyValue).optional();
export const hexId = (bytes: number) =>
  z
    .string()
    .regex(
      new RegExp(`^([0-9a-fA-F]{${bytes * 2}})?$`),
      `${bytes} bytes in hex`,
    );
const jsonRequest = z.object({
  resourceSpans: z
    .array(
      z.object({
        resource: z.object({ attributes: attributesJson }).optional(),
        scopeSpans: z
          .array(
            z.object({
              spans: z
                .array(
                  z.object({
                    traceId: hexId(16),
                    spanId: hexId(8),
                    name: z.string().optional(),
                    startTimeUnixNano: uint64.optional(),
                    endTimeUnixNano: uint64.optional(),
                    attributes: attributesJson,
                    events: z
                      .array(
                        z.object({
                          name: z.string().optional(),
                          timeUnixNano: uint64.optional(),
                          attributes: attributesJson,
                        }),
                      )
                      .optional(),
                    status: z
                      .object({
                        code: z
                          .union([z.number().int(), z.string()])
                          .optional(),
                        message: z.string().optional(),
                      })
                      .optional(),
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

const STATUS_CODES: Record<string, number> = {
  STATUS_CODE_UNSET: 0,
  STATUS_CODE_OK: 1,
  STATUS_CODE_ERROR: 2,
};

export function nanosToMs(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return value / 1e6;
  // decimal string (JSON, or protobufjs' longs as strings): ms with µs precision
  const text = String(value);
  return text.length > 6
    ? Number(text.slice(0, -6)) + Number(text.slice(-6)) / 1e6
    : Number(text) / 1e6;
}

export function hex(id: unknown): string {
  if (typeof id === 'string') return id.toLowerCase();
  if (id instanceof Uint8Array) return Buffer.from(id).toString('hex');
  return '';
}

function valueOf(value: any): AttributeValue {
  if (!value) return null;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return Number(value.doubleValue);
  if (value.arrayValue !== undefined) {
    return (value.arrayValue.values ?? []).map(valueOf);
  }
  if (value.kvlistValue !== undefined) {
    return attributesOf(value.kvlistValue.values);
  }
  if (value.bytesValue !== undefined) {
    return typeof value.bytesValue === 'string'
      ? value.bytesValue
      : Buffer.from(value.bytesValue).toString('base64');
  }
  return null;
}

export function attributesOf(list: any[] | undefined): Attributes {
  const attributes: Attributes = Object.create(null);
  for (const { key, value } of list ?? []) attributes[key] = valueOf(value);
  return attributes;
}

/** The request's spans by resource, from protobufjs' or OTLP/JSON's object shape. */
function normalize(request: any): OtlpResourceSpans[] {
  return (request.resourceSpans ?? []).map((resourceSpans: any) => ({
    resource: attributesOf(resourceSpans.resource?.attributes),
    spans: (resourceSpans.scopeSpans ?? []).flatMap((scope: any) =>
      (scope.spans ?? []).map(
        (span: any): OtlpSpan => ({
          traceId: hex(span.traceId),
          spanId: hex(span.spanId),
          name: span.name ?? '',
          startMs: nanosToMs(span.startTimeUnixNano),
          endMs: nanosToMs(span.endTimeUnixNano),
          attributes: attributesOf(span.attributes),
          events: (span.events ?? []).map((event: any) => ({
            name: event.name ?? '',
            timeMs: nanosToMs(event.timeUnixNano),
            attributes: attributesOf(event.attributes),
          })),
          statusCode:
            typeof span.status?.code === 'string'
              ? STATUS_CODES[span.status.code] ?? 0
              : span.status?.code ?? 0,
          statusMessage: span.status?.message ?? '',
        }),
      ),
    ),
  }));
}

/**
 * Decodes an OTLP/HTTP trace export (ExportTraceServiceRequest), protobuf or JSON; throws
 * `InputError` (400) saying what is wrong with a body that is neither.
 */
export function decodeTraces(
  body: Buffer,
  encoding: 'protobuf' | 'json',
): OtlpResourceSpans[] {
  if (encoding === 'protobuf') {
    let message: unknown;
    try {
      message = RequestType.decode(body);
    } catch (error) {
      throw new InputError(
        `The body is not a protobuf ExportTraceServiceRequest: ${
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
      `The body is not an OTLP/JSON ExportTraceServiceRequest: ${parsed.error.issues
        .slice(0, 5)
        .map(i => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return normalize(parsed.data);
}
