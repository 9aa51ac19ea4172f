import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** The figures the Prometheus source reads for a model, each from one PromQL query. */
export const RESOURCE_SIGNALS = [
  'latencyP50Seconds',
  'latencyP95Seconds',
  'latencyP99Seconds',
  'requestsPerSecond',
  'errorRate',
  'cpuCores',
  'memoryBytes',
  'gpuUtilizationPercent',
] as const;

/** One figure the Prometheus source reads. */
export type ResourceSignal = (typeof RESOURCE_SIGNALS)[number];

const SERVICE =
  'gen_ai_client_operation_duration_seconds_bucket{{{selector}}}[{{window}}]';
const COUNT = 'gen_ai_client_operation_duration_seconds_count';

/**
 * The default queries: OpenTelemetry's GenAI client histogram as a Prometheus exporter or
 * the Collector's names it (`gen_ai.client.operation.duration` in seconds, its
 * `error.type` attribute as `error_type`), cAdvisor's container metrics and DCGM's GPU
 * utilization. `{{selector}}` and `{{resourceSelector}}` are the entity's annotations,
 * `{{window}}` is `aiops.prometheus.rateWindow`.
 */
export const DEFAULT_QUERIES: Record<ResourceSignal, string> = {
  latencyP50Seconds: `histogram_quantile(0.5, sum by (le) (rate(${SERVICE})))`,
  latencyP95Seconds: `histogram_quantile(0.95, sum by (le) (rate(${SERVICE})))`,
  latencyP99Seconds: `histogram_quantile(0.99, sum by (le) (rate(${SERVICE})))`,
  requestsPerSecond: `sum(rate(${COUNT}{{{selector}}}[{{window}}]))`,
  errorRate: `(sum(rate(${COUNT}{{{selector}},error_type!=""}[{{window}}])) or vector(0)) / sum(rate(${COUNT}{{{selector}}}[{{window}}]))`,
  cpuCores:
    'sum(rate(container_cpu_usage_seconds_total{{{resourceSelector}}}[{{window}}]))',
  memoryBytes: 'sum(container_memory_working_set_bytes{{{resourceSelector}}})',
  gpuUtilizationPercent: 'avg(DCGM_FI_DEV_GPU_UTIL{{{resourceSelector}}})',
};

/** `aiops.prometheus`, read once at start. */
export interface PrometheusSettings {
  /** The server every query goes to; the source is off without one. */
  baseUrl?: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  timeoutMs: number;
  /** Seconds between pulls, and the step of a catch-up range query. */
  intervalSeconds: number;
  /** The `[window]` of rate() in the queries, a PromQL duration. */
  rateWindow: string;
  /** How far back the first pull of a model (or one after an outage) reads. */
  backfillHours: number;
  /** Models pulled at once. */
  concurrency: number;
  queries: Record<ResourceSignal, string>;
}

const PROMQL_DURATION = /^(\d+(ms|s|m|h|d|w|y))+$/;

/**
 * Reads `aiops.prometheus`; a wrong value stops the backend at start, naming the key,
 * rather than querying wrong.
 */
export function readPrometheusSettings(config: Config): PrometheusSettings {
  const section = config.getOptionalConfig('aiops.prometheus');
  const baseUrl = section?.getOptionalString('baseUrl');
  if (baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new InputError(
        `aiops.prometheus.baseUrl must be a URL, not '${baseUrl}'`,
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new InputError(
        `aiops.prometheus.baseUrl must be an http(s) URL, not '${baseUrl}'`,
      );
    }
  }
  const positive = (key: string, fallback: number) => {
    const value = section?.getOptionalNumber(key) ?? fallback;
    if (!(value > 0)) {
      throw new InputError(
        `aiops.prometheus.${key} must be more than 0, not ${value}`,
      );
    }
    return value;
  };
  const rateWindow = section?.getOptionalString('rateWindow') ?? '5m';
  if (!PROMQL_DURATION.test(rateWindow)) {
    throw new InputError(
      `aiops.prometheus.rateWindow must be a PromQL duration such as 5m, not '${rateWindow}'`,
    );
  }
  const queries = { ...DEFAULT_QUERIES };
  const custom = section?.getOptionalConfig('queries');
  for (const key of custom?.keys() ?? []) {
    if (!(RESOURCE_SIGNALS as readonly string[]).includes(key)) {
      throw new InputError(
        `aiops.prometheus.queries.${key} is not a figure the source reads (${RESOURCE_SIGNALS.join(
          ', ',
        )})`,
      );
    }
    queries[key as ResourceSignal] = custom!.getString(key);
  }
  return {
    baseUrl: baseUrl?.replace(/\/+$/, ''),
    token: section?.getOptionalString('token'),
    timeoutMs: positive('timeoutSeconds', 10) * 1000,
    intervalSeconds: positive('intervalSeconds', 60),
    rateWindow,
    backfillHours: positive('backfillHours', 6),
    concurrency: Math.floor(positive('concurrency', 4)),
    queries,
  };
}
