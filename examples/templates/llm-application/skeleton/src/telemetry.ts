/**
 * Sends the application's GenAI spans to the AI DevOps portal's OTLP endpoint with the
 * OpenTelemetry SDK's protobuf exporter. BACKSTAGE_URL is the portal's backend,
 * AIOPS_TOKEN a token allowed aiops.records.create; service.name is what the MLModel's
 * aiops.dev/otel-service-name annotation names.
 */
import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SpanExporter,
} from '@opentelemetry/sdk-trace-base';

export const SERVICE_NAME = '${{ values.name }}-service';

export function startTelemetry(
  exporter: SpanExporter = new OTLPTraceExporter({
    url: `${process.env.BACKSTAGE_URL}/api/aiops/v1/otlp/v1/traces`,
    headers: { Authorization: `Bearer ${process.env.AIOPS_TOKEN}` },
  }),
) {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': SERVICE_NAME }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  trace.setGlobalTracerProvider(provider);
  return provider;
}
