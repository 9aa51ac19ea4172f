/*
 * Demo wiring only: how the demo's OpenTelemetry-instrumented LLM application sends its
 * traffic: GenAI spans made with the real OpenTelemetry SDK and sent by its OTLP/HTTP
 * protobuf exporter to the portal's public endpoint, with the demo's static token,
 * exactly as an application's instrumentation would (see docs/telemetry.md).
 */
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
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
  return {
    name: `chat ${otlp.requestModel}`,
    attributes: {
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': otlp.provider,
      'gen_ai.request.model': otlp.requestModel,
      ...(record.llm?.promptTokens !== undefined && {
        'gen_ai.usage.input_tokens': record.llm.promptTokens,
      }),
      ...(record.llm?.completionTokens !== undefined && {
        'gen_ai.usage.output_tokens': record.llm.completionTokens,
      }),
      ...Object.fromEntries(scalar),
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
    { provider: BasicTracerProvider; results: ExportResult[] }
  >();

  constructor(private readonly options: { tracesUrl: string; token: string }) {}

  async send(model: DemoModel, records: DemoRecord[]) {
    const otlp = model.otlp!;
    const service = this.serviceOf(otlp.serviceName);
    const tracer = service.provider.getTracer(model.name);
    const end = Date.now();
    for (const record of records) {
      const span = spanOfRecord(otlp, record);
      const started = tracer.startSpan(span.name, {
        kind: SpanKind.CLIENT,
        startTime: end - span.durationMs,
        attributes: span.attributes,
      });
      for (const event of span.events) {
        started.addEvent(event.name, event.attributes);
      }
      started.setStatus({ code: SpanStatusCode.OK });
      started.end(end);
    }
    service.results.length = 0;
    await service.provider.forceFlush();
    const failed = service.results.find(r => r.code !== 0);
    if (failed) {
      throw failed.error ?? new Error('The OTLP export failed');
    }
  }

  private serviceOf(serviceName: string) {
    let service = this.services.get(serviceName);
    if (service) return service;
    const results: ExportResult[] = [];
    const exporter = new OTLPTraceExporter({
      url: this.options.tracesUrl,
      headers: { Authorization: `Bearer ${this.options.token}` },
    });
    // Each export's result, so a refused export shows as the simulator's warning.
    const recording = {
      export: (spans: ReadableSpan[], done: (result: ExportResult) => void) =>
        exporter.export(spans, result => {
          results.push(result);
          done(result);
        }),
      shutdown: () => exporter.shutdown(),
      forceFlush: () => exporter.forceFlush(),
    };
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': serviceName }),
      spanProcessors: [
        new BatchSpanProcessor(recording, { maxExportBatchSize: 512 }),
      ],
    });
    service = { provider, results };
    this.services.set(serviceName, service);
    return service;
  }
}
