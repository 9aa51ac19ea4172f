/*
 * Demo wiring only: the metrics the demo's LLM services would expose for Prometheus to
 * scrape, made with the real OpenTelemetry metrics SDK and its Prometheus exporter: the
 * GenAI client operation duration histogram of every simulated request (semantic
 * conventions: `gen_ai.client.operation.duration`, seconds, `error.type` on failures),
 * and what cAdvisor and DCGM would report of each service's container (CPU seconds,
 * working set, GPU utilization), simulated from the service's serving profile.
 * `scripts/demo-prometheus.sh` starts Debian's Prometheus scraping them.
 */
import { Attributes } from '@opentelemetry/api';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { DemoModel, DemoRecord } from './demoModels';
import { seededRandom } from './random';

/** The bucket bounds the GenAI semantic conventions advise for operation durations. */
const DURATION_BUCKETS = [
  0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48,
  40.96, 81.92,
];

interface ServiceState {
  model: DemoModel;
  cpuSeconds: number;
  lastAt: number;
  drifted: boolean;
}

/** Serves the demo services' metrics at `http://{host}:{port}/metrics`. */
export class DemoServiceMetrics {
  private readonly exporter: PrometheusExporter;
  private readonly provider: MeterProvider;
  private readonly services = new Map<string, ServiceState>();
  private readonly random = seededRandom(7);
  private readonly duration;

  constructor(options: { host: string; port: number }) {
    this.exporter = new PrometheusExporter({
      host: options.host,
      port: options.port,
    });
    this.provider = new MeterProvider({ readers: [this.exporter] });
    const meter = this.provider.getMeter('aiops-demo-services');
    this.duration = meter.createHistogram('gen_ai.client.operation.duration', {
      unit: 's',
      description: 'GenAI operation duration',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    });
    meter
      .createObservableCounter('container_cpu_usage_seconds_total', {
        unit: 's',
        description: "Cumulative CPU time of the service's container",
      })
      .addCallback(result => {
        for (const state of this.services.values()) {
          result.observe(this.advanceCpu(state), this.podOf(state.model));
        }
      });
    meter
      .createObservableGauge('container_memory_working_set_bytes', {
        unit: 'By',
        description: "Working set of the service's container",
      })
      .addCallback(result => {
        for (const { model, drifted } of this.services.values()) {
          const { memoryBytes, driftedLoad = 1 } = model.serving!;
          result.observe(
            Math.round(memoryBytes * (drifted ? driftedLoad : 1)),
            this.podOf(model),
          );
        }
      });
    meter
      .createObservableGauge('DCGM_FI_DEV_GPU_UTIL', {
        description: 'GPU utilization in percent',
      })
      .addCallback(result => {
        for (const { model, drifted } of this.services.values()) {
          const { gpuPercent, driftedLoad = 1 } = model.serving!;
          if (gpuPercent === undefined) continue;
          const load = gpuPercent * (drifted ? driftedLoad : 1);
          result.observe(
            Math.min(100, Math.round(load + this.random.normal(0, 3))),
            { ...this.podOf(model), gpu: '0' },
          );
        }
      });
  }

  /** Records a batch of a served model's requests, as its instrumentation would. */
  observe(model: DemoModel, records: DemoRecord[], drifted: boolean) {
    const serving = model.serving;
    if (!serving) return;
    const state = this.services.get(model.name) ?? {
      model,
      cpuSeconds: 0,
      lastAt: Date.now(),
      drifted,
    };
    state.drifted = drifted;
    this.services.set(model.name, state);
    for (const record of records) {
      const attributes: Attributes = {
        'service.name': serving.serviceName,
        'gen_ai.operation.name': serving.operation,
        'gen_ai.request.model': serving.requestModel,
      };
      if (this.random.uniform() < serving.errorRate) {
        attributes['error.type'] = 'timeout';
      }
      this.duration.record((record.latencyMs ?? 0) / 1000, attributes);
    }
  }

  async stop() {
    await this.provider.shutdown();
  }

  private podOf(model: DemoModel) {
    return { pod: `${model.name}-0`, container: 'model' };
  }

  /** The container's CPU seconds so far: its cores, a little noisy, over the time since. */
  private advanceCpu(state: ServiceState) {
    const now = Date.now();
    const { cpuCores, driftedLoad = 1 } = state.model.serving!;
    const cores = cpuCores * (state.drifted ? driftedLoad : 1);
    const noisy = Math.max(0, cores * (1 + this.random.normal(0, 0.05)));
    state.cpuSeconds += (noisy * (now - state.lastAt)) / 1000;
    state.lastAt = now;
    return state.cpuSeconds;
  }
}
