/*
 * A GenAI application that reports its evaluations as OTLP log records, as the GenAI
 * semantic conventions' `gen_ai.evaluation.result` event in the span's context, with the
 * real OpenTelemetry JS SDK (logs and traces) and its real OTLP exporters, from a process
 * of its own. `order` says which signal is exported first:
 *
 *   node genAiEvaluatedChats.js <proto|json> <otlp endpoint> <authorization> <service.name> <count> <logs-first|spans-first>
 */
const { context, trace } = require('@opentelemetry/api');
const { resourceFromAttributes } = require('@opentelemetry/resources');
const {
  BatchLogRecordProcessor,
  LoggerProvider,
} = require('@opentelemetry/sdk-logs');
const { emitChats } = require('./genAiChats');

const [kind, endpoint, authorization, service, count, order] =
  process.argv.slice(2);
const suffix = kind === 'proto' ? 'proto' : 'http';
const {
  OTLPTraceExporter,
} = require(`@opentelemetry/exporter-trace-otlp-${suffix}`);
const {
  OTLPLogExporter,
} = require(`@opentelemetry/exporter-logs-otlp-${suffix}`);
const headers = { Authorization: authorization };

// Each export's result, per signal.
const results = { traces: [], logs: [] };
function observed(exporter, into) {
  const original = exporter.export.bind(exporter);
  exporter.export = (items, done) =>
    original(items, result => {
      into.push(result.code === 0 ? 'ok' : String(result.error));
      done(result);
    });
  return exporter;
}

const resource = { 'service.name': service };
const loggers = new LoggerProvider({
  resource: resourceFromAttributes(resource),
  processors: [
    // exported when flushed, so the order below is the order of arrival
    new BatchLogRecordProcessor(
      observed(
        new OTLPLogExporter({ url: `${endpoint}/v1/logs`, headers }),
        results.logs,
      ),
      { scheduledDelayMillis: 60_000 },
    ),
  ],
});
const logger = loggers.getLogger('evaluator');
const tracers = emitChats(
  observed(
    new OTLPTraceExporter({ url: `${endpoint}/v1/traces`, headers }),
    results.traces,
  ),
  resource,
  Number(count),
  60_000,
  (span, attributes) =>
    logger.emit({
      eventName: 'gen_ai.evaluation.result',
      attributes,
      context: trace.setSpan(context.active(), span),
    }),
);

const flush = provider => provider.forceFlush().then(() => provider.shutdown());
const [first, second] =
  order === 'logs-first' ? [loggers, tracers] : [tracers, loggers];
flush(first)
  .then(() => flush(second))
  .then(() => {
    const failed = [...results.traces, ...results.logs].filter(r => r !== 'ok');
    console.log(
      JSON.stringify({
        traces: results.traces.length,
        logs: results.logs.length,
        failed,
      }),
    );
    process.exit(failed.length ? 1 : 0);
  });
