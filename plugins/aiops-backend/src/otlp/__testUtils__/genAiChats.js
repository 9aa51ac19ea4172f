/*
 * A GenAI application's instrumentation, made with the real OpenTelemetry JS SDK: chat
 * calls with usage, one `gen_ai.evaluation.result` event each, every fifth an error, and
 * one span that is no GenAI operation. Tests require `emitChats` to record the spans in
 * memory; run as a script it sends them with a real OTLP exporter, from a process of its
 * own (the exporters load `http` with a dynamic import, which Jest's VM cannot run):
 *
 *   node genAiChats.js <proto|json> <url> <authorization> <service.name> <count>
 */
const { SpanKind, SpanStatusCode } = require('@opentelemetry/api');
const { resourceFromAttributes } = require('@opentelemetry/resources');
const {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
} = require('@opentelemetry/sdk-trace-base');

/** The evaluation of the i-th chat, as `gen_ai.evaluation.result` attributes. */
function evaluationOf(i) {
  return {
    'gen_ai.evaluation.name': 'faithfulness',
    'gen_ai.evaluation.score.value': (i % 10) / 10,
    'gen_ai.evaluation.score.label': i % 10 < 7 ? 'ungrounded' : 'grounded',
  };
}

/**
 * Emits `count` chat spans (ending a minute ago) to `exporter`, one by one or, with
 * `batched`, in batches as applications export (every `batched` ms when a number);
 * answers the provider. Each chat's
 * evaluation is a span event, unless `evaluate(span, attributes)` reports it otherwise.
 */
function emitChats(exporter, resource, count, batched = false, evaluate) {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes(resource),
    spanProcessors: [
      batched
        ? new BatchSpanProcessor(exporter, {
            scheduledDelayMillis: typeof batched === 'number' ? batched : 100,
          })
        : new SimpleSpanProcessor(exporter),
    ],
  });
  const tracer = provider.getTracer('support-assistant');
  const start = Date.now() - 60_000;
  for (let i = 0; i < count; i++) {
    const span = tracer.startSpan('chat gpt-4o', {
      kind: SpanKind.CLIENT,
      startTime: start + i * 10,
      attributes: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': 'gpt-4o',
        'gen_ai.response.model': 'gpt-4o-2024-08-06',
        'gen_ai.usage.input_tokens': 100 + i,
        'gen_ai.usage.output_tokens': 20 + (i % 7),
        customer_segment: i % 3 === 0 ? 'business' : 'consumer',
        // the application's decision: answered, or handed over to an agent
        'support.answered': i % 4 !== 0,
      },
    });
    if (evaluate) evaluate(span, evaluationOf(i));
    else span.addEvent('gen_ai.evaluation.result', evaluationOf(i));
    if (i % 5 === 0) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end(start + i * 10 + 800 + (i % 13) * 10);
  }
  tracer.startSpan('GET /healthz').end();
  return provider;
}

module.exports = { emitChats, evaluationOf };

if (require.main === module) {
  const [kind, url, authorization, service, count] = process.argv.slice(2);
  const { OTLPTraceExporter } = require(kind === 'proto'
    ? '@opentelemetry/exporter-trace-otlp-proto'
    : '@opentelemetry/exporter-trace-otlp-http');
  const exporter = new OTLPTraceExporter({
    url,
    headers: { Authorization: authorization },
  });
  // Each batch's export result.
  const original = exporter.export.bind(exporter);
  const results = [];
  exporter.export = (spans, done) =>
    original(spans, result => {
      results.push(result.code === 0 ? 'ok' : String(result.error));
      done(result);
    });
  const provider = emitChats(
    exporter,
    { 'service.name': service },
    Number(count),
    true,
  );
  provider
    .forceFlush()
    .then(() => provider.shutdown())
    .then(() => {
      const failed = results.filter(r => r !== 'ok');
      console.log(JSON.stringify({ exported: results.length, failed }));
      process.exit(failed.length ? 1 : 0);
    });
}
