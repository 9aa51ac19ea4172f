/*
 * Demo wiring only: how the demo's OpenTelemetry-instrumented LLM application sends its
 * traffic: GenAI spans made with the real OpenTelemetry SDK and sent by its OTLP/HTTP
 * protobuf exporter to the portal's public endpoint, with the demo's static token,
 * exactly as an application's instrumentation would (see docs/telemetry.md). Its
 * evaluator reports each answer's scores as `gen_ai.evaluation.result` log records in
 * the span's context, through the SDK's OTLP log exporter, after the spans went out.
 */
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { ExportResult } from '@opentelemetry/core';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchLogRecordProcessor,
  LoggerProvider,
  ReadableLogRecord,
} from '@opentelemetry/sdk-logs';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { DemoModel, DemoRecord } from './demoModels';

/** Where the simulator hands an OTLP-instrumented model's records. */
export interface DemoSpanSink {
  /** Sends the records as spans; throws when the export failed. */
  send(model: DemoModel, records: DemoRecord[]): Promise<void>;
}

/** The GenAI span one inference makes: its attributes and its evaluation events. */
export function spanOfRecord(
  otlp: NonNullable<DemoModel['otlp']>,
  record: DemoRecord,
) {
  const scalar = Object.entries(record.features).filter(
    (e): e is [string, string | number | boolean] =>
      e[1] !== null && e[1] !== undefined,
  );
  const prediction = record.prediction;
  return {
    name: `${otlp.operation} ${otlp.requestModel}`,
    attributes: {
      'gen_ai.operation.name': otlp.operation,
      'gen_ai.provider.name': otlp.provider,
      'gen_ai.request.model': otlp.requestModel,
      ...(record.llm?.promptTokens !== undefined && {
        'gen_ai.usage.input_tokens': record.llm.promptTokens,
      }),
      ...(record.llm?.completionTokens !== undefined && {
        'gen_ai.usage.output_tokens': record.llm.completionTokens,
      }),
      ...Object.fromEntries(scalar),
      // its bias group attributes, e.g. customer_segment, and its decision
      ...record.groups,
      ...(otlp.predictionAttribute &&
        prediction !== null &&
        prediction !== undefined &&
        typeof prediction !== 'object' && {
          [otlp.predictionAttribute]: prediction,
        }),
    },
    events: Object.entries(record.llm?.judgeScores ?? {}).map(
      ([name, score]) => ({
        name: 'gen_ai.evaluation.result',
        attributes: {
          'gen_ai.evaluation.name': name,
          'gen_ai.evaluation.score.value': score,
        },
      }),
    ),
    durationMs: record.latencyMs ?? 0,
  };
}

/** One tracer provider and exporter per instrumented model, as each service has its own. */
export class OtlpDemoSpanSink implements DemoSpanSink {
  private readonly services = new Map<
    string,
    {
      provider: BasicTracerProvider;
      loggers: LoggerProvider;
      results: ExportResult[];
    }
  >();

  constructor(
    private readonly options: {
      /** The portal's OTLP endpoint; the exporters append /v1/traces and /v1/logs. */
      otlpUrl: string;
      token: string;
    },
  ) {}

  async send(model: DemoModel, records: DemoRecord[]) {
    const otlp = model.otlp!;
    const service = this.serviceOf(otlp.serviceName);
    const tracer = service.provider.getTracer(model.name);
    const evaluator = service.loggers.getLogger(`${model.name}-evaluator`);
    const end = Date.now();
    for (const record of records) {
      const span = spanOfRecord(otlp, record);
      const started = tracer.startSpan(span.name, {
        kind: SpanKind.CLIENT,
        startTime: end - span.durationMs,
        attributes: span.attributes,
      });
      for (const event of span.events) {
        if (otlp.evaluationsAsLogs) {
          evaluator.emit({
            eventName: event.name,
            attributes: event.attributes,
            context: trace.setSpan(context.active(), started),
          });
        } else {
          started.addEvent(event.name, event.attributes);
        }
      }
      // its service's share of failed calls, as its Prometheus metrics count them
      started.setStatus({
        code:
          Math.random() < (model.serving?.errorRate ?? 0)
            ? SpanStatusCode.ERROR
            : SpanStatusCode.OK,
      });
      started.end(end);
    }
    service.results.length = 0;
    await service.provider.forceFlush();
    await service.loggers.forceFlush();
    const failed = service.results.find(r => r.code !== 0);
    if (failed) {
      throw failed.error ?? new Error('The OTLP export failed');
    }
  }

  private serviceOf(serviceName: string) {
    let service = this.services.get(serviceName);
    if (service) return service;
    const results: ExportResult[] = [];
    const headers = { Authorization: `Bearer ${this.options.token}` };
    // Each export's result, so a refused export shows as the simulator's warning.
    const recorded = <T>(exporter: {
      export(items: T[], done: (result: ExportResult) => void): void;
      shutdown(): Promise<void>;
      forceFlush(): Promise<void>;
    }) => ({
      export: (items: T[], done: (result: ExportResult) => void) =>
        exporter.export(items, result => {
          results.push(result);
          done(result);
        }),
      shutdown: () => exporter.shutdown(),
      forceFlush: () => exporter.forceFlush(),
    });
    const resource = resourceFromAttributes({ 'service.name': serviceName });
    const provider = new BasicTracerProvider({
      resource,
      spanProcessors: [
        new BatchSpanProcessor(
          recorded<ReadableSpan>(
            new OTLPTraceExporter({
              url: `${this.options.otlpUrl}/v1/traces`,
              headers,
            }),
          ),
          { maxExportBatchSize: 512 },
        ),
      ],
    });
    const loggers = new LoggerProvider({
      resource,
      processors: [
        new BatchLogRecordProcessor(
          recorded<ReadableLogRecord>(
            new OTLPLogExporter({
              url: `${this.options.otlpUrl}/v1/logs`,
              headers,
            }),
          ),
          { maxExportBatchSize: 512 },
        ),
      ],
    });
    service = { provider, loggers, results };
    this.services.set(serviceName, service);
    return service;
  }
}
