import { LoggerService } from '@backstage/backend-plugin-api';
import {
  PROMETHEUS_RESOURCE_SELECTOR_ANNOTATION,
  PROMETHEUS_SELECTOR_ANNOTATION,
} from '@unified-aiops/plugin-aiops-common';
import { ModelDirectory, ModelInfo } from '../models/ModelDirectory';
import {
  PrometheusClient,
  PrometheusQueryError,
  PrometheusUnavailableError,
} from './PrometheusClient';
import {
  PrometheusSettings,
  RESOURCE_SIGNALS,
  ResourceSignal,
} from './prometheusSettings';
import {
  ResourceFigures,
  ResourcePull,
  ResourceSample,
  ResourceStore,
} from './ResourceStore';

/**
 * The queries of a model's figures: the configured templates with its annotations in, the
 * figures whose selector the entity does not name left out. The annotations are label
 * matchers (the MLModel schema checks their syntax), so they choose series, never change
 * what a query computes.
 */
export function queriesFor(
  model: ModelInfo,
  settings: Pick<PrometheusSettings, 'queries' | 'rateWindow'>,
): Map<ResourceSignal, string> {
  const annotations = model.entity.metadata.annotations ?? {};
  const matchers = (key: string) =>
    annotations[key]?.trim().replace(/,\s*$/, '') || undefined;
  const values: Record<string, string | undefined> = {
    selector: matchers(PROMETHEUS_SELECTOR_ANNOTATION),
    resourceSelector: matchers(PROMETHEUS_RESOURCE_SELECTOR_ANNOTATION),
    window: settings.rateWindow,
  };
  const queries = new Map<ResourceSignal, string>();
  for (const signal of RESOURCE_SIGNALS) {
    const template = settings.queries[signal];
    const names = [...template.matchAll(/\{\{(\w+)\}\}/g)].map(m => m[1]);
    if (names.some(name => values[name] === undefined)) continue;
    queries.set(
      signal,
      template.replace(/\{\{(\w+)\}\}/g, (_m, name) => values[name]!),
    );
  }
  return queries;
}

/**
 * Pulls each annotated model's latency quantiles, error rate, throughput and resource use
 * from Prometheus into the database, once across replicas (a global task). A pull reads
 * the steps since the model's newest sample: one instant query per figure when it is one
 * step behind, a range query when it is further (its first pull, or after an outage, at
 * most `backfillHours`). Sample times are whole steps, so a repeated pull writes nothing
 * twice. A server that is down, slow or answers an error leaves the model `no-data` with
 * the reason; nothing throws out of a pull.
 */
export class PrometheusSource {
  private readonly client?: PrometheusClient;

  constructor(
    private readonly options: {
      settings: PrometheusSettings;
      models: ModelDirectory;
      store: ResourceStore;
      logger: LoggerService;
    },
  ) {
    const { baseUrl, token, timeoutMs } = options.settings;
    if (baseUrl) {
      this.client = new PrometheusClient({ baseUrl, token, timeoutMs });
    }
  }

  /** The range rates and quantiles are taken over (PromQL duration). */
  get rateWindow(): string {
    return this.options.settings.rateWindow;
  }

  get intervalSeconds(): number {
    return this.options.settings.intervalSeconds;
  }

  /** Whether a server is configured: without one the source does nothing. */
  get enabled(): boolean {
    return this.client !== undefined;
  }

  /** Why the model has no figures by design, if it has none. */
  notConfigured(model: ModelInfo): string | undefined {
    if (!this.client) {
      return 'No Prometheus server is configured (aiops.prometheus.baseUrl)';
    }
    if (queriesFor(model, this.options.settings).size === 0) {
      return `The entity names no Prometheus selector (annotations ${PROMETHEUS_SELECTOR_ANNOTATION} for its service metrics, ${PROMETHEUS_RESOURCE_SELECTOR_ANNOTATION} for its containers)`;
    }
    return undefined;
  }

  /** The queries the model's figures come from. */
  queries(model: ModelInfo): Record<string, string> {
    return Object.fromEntries(queriesFor(model, this.options.settings));
  }

  /** Pulls every annotated model; returns how many were pulled. */
  async pullAll(now = Date.now()): Promise<number> {
    if (!this.client) return 0;
    const models = (await this.options.models.list()).filter(
      model => queriesFor(model, this.options.settings).size > 0,
    );
    let next = 0;
    const worker = async () => {
      while (next < models.length) {
        await this.pull(models[next++], now);
      }
    };
    await Promise.all(
      Array.from(
        { length: Math.min(this.options.settings.concurrency, models.length) },
        worker,
      ),
    );
    return models.length;
  }

  /** Pulls one model's figures up to `now` (epoch ms) and stores them. */
  async pull(model: ModelInfo, now = Date.now()): Promise<ResourcePull> {
    const { store, settings, logger } = this.options;
    const client = this.client;
    const queries = queriesFor(model, settings);
    if (!client || queries.size === 0) {
      throw new Error(`${model.modelRef} has no Prometheus queries`);
    }
    const step = settings.intervalSeconds;
    const end = Math.floor(now / 1000 / step) * step;
    const previous = await store.pull(model.modelRef);
    const earliest = end - Math.round(settings.backfillHours * 3600);
    const start = Math.max(
      earliest,
      previous?.lastSampleAt ? previous.lastSampleAt / 1000 + step : earliest,
    );
    // pulled already within this step (another replica's pass, a restart)
    if (previous && start > end) return previous;
    const missing: Partial<Record<ResourceSignal, string>> = {};
    const byTime = new Map<number, ResourceFigures>();
    let outcome: ResourcePull;
    try {
      await Promise.all(
        [...queries].map(async ([signal, query]) => {
          try {
            const points =
              start === end
                ? await client.query(query, end).then(answer => {
                    if (answer.missing) missing[signal] = answer.missing;
                    return [[end, answer.value]] as Array<
                      [number, number | null]
                    >;
                  })
                : await client
                    .queryRange(query, { start, end, step })
                    .then(answer => {
                      if (answer.missing) missing[signal] = answer.missing;
                      return answer.points;
                    });
            for (const [time, value] of points) {
              const figures = byTime.get(time) ?? {};
              figures[signal] = value;
              byTime.set(time, figures);
            }
          } catch (error) {
            if (!(error instanceof PrometheusQueryError)) throw error;
            missing[signal] = error.message;
          }
        }),
      );
      const samples: ResourceSample[] = [...byTime]
        .filter(([, figures]) =>
          Object.values(figures).some(value => value !== null),
        )
        .map(([time, figures]) => ({
          at: time * 1000,
          figures: completeFigures(figures, queries),
        }));
      const nothing = samples.length === 0;
      outcome = {
        pulledAt: now,
        status: nothing ? 'no-data' : 'ok',
        reason: nothing
          ? `Prometheus had no value for any of ${
              model.modelRef
            }'s figures: ${Object.values(missing).join('; ')}`
          : null,
        missing,
        lastSampleAt: null,
      };
      await store.record(model.modelRef, outcome, samples);
    } catch (error) {
      if (!(error instanceof PrometheusUnavailableError)) throw error;
      logger.warn(
        `Prometheus pull of ${model.modelRef} failed: ${error.message}`,
      );
      outcome = {
        pulledAt: now,
        status: 'no-data',
        reason: error.message,
        missing: {},
        lastSampleAt: null,
      };
      await store.record(model.modelRef, outcome, []);
    }
    return outcome;
  }
}

/** Every figure the model has a query for, null where this step had no value. */
function completeFigures(
  figures: ResourceFigures,
  queries: Map<ResourceSignal, string>,
): ResourceFigures {
  const complete: ResourceFigures = {};
  for (const signal of queries.keys())
    complete[signal] = figures[signal] ?? null;
  return complete;
}
