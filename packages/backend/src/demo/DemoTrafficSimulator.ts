import { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import { AiopsClient } from '@unified-aiops/plugin-aiops-common';
import { DemoModel, DemoRecord } from './demoModels';
import { KserveDemoSink } from './DemoKserveSink';
import { DemoServiceMetrics } from './DemoServiceMetrics';
import { DemoSpanSink } from './DemoSpanSink';
import { Random, seededRandom } from './random';

/** The part of the aiops client the demo posts through, as a model service would. */
export type DemoIngestClient = Pick<
  AiopsClient,
  | 'postRecords'
  | 'getProfiles'
  | 'setReference'
  | 'evaluateGate'
  | 'listRetrainingRuns'
  | 'triggerRetraining'
>;

/** Settings of the demo traffic, from `aiops.demo`. */
export interface DemoTrafficOptions {
  /** Each model's card as its repository holds it, by model name. */
  modelCards: Record<string, string>;
  /** Seconds after start when the drifting models start to drift. */
  driftAfterSeconds: number;
  /** Records each model posts per tick. */
  recordsPerTick: number;
  /** Records of training data posted as each model's reference. */
  referenceRecords: number;
  /**
   * Models whose retraining the demo starts once its reference is in, when it has no run
   * yet: the fraud model's, so a newcomer finds its challenger awaiting approval.
   */
  retrainAtStart: string[];
  /** Which of the named models the catalog has loaded (their API answers 404 before). */
  knownModels(names: string[]): Promise<Set<string>>;
}

/**
 * Streams inference records for the example models through the public ingest API,
 * like the models' own services would: a reference from "training data" first, then a
 * batch per model on every tick. Some models start drifting after a while.
 */
export class DemoTrafficSimulator {
  private readonly random: Random;
  private readonly known = new Set<string>();
  private readonly referenced = new Set<string>();
  // the drift clock starts with the traffic, not with the backend
  private trafficStartedAt?: number;
  private sequence = 0;
  private failing = false;
  private waitingLogged = false;

  constructor(
    private readonly models: DemoModel[],
    private readonly options: DemoTrafficOptions,
    private readonly logger: LoggerService,
    private readonly client: DemoIngestClient,
    /** Where the OpenTelemetry-instrumented models' traffic goes, as spans. */
    private readonly spans?: DemoSpanSink,
    /** Where the served models' requests are measured for Prometheus to scrape. */
    private readonly metrics?: Pick<DemoServiceMetrics, 'observe'>,
    /** Where the KServe-served models' traffic goes, as the logger's CloudEvents. */
    private readonly kserveEvents?: Pick<KserveDemoSink, 'send'>,
  ) {
    // a fixed seed: the demo looks the same on every fresh start
    this.random = seededRandom(20261128);
  }

  /** Whether the drifting models have started to drift. */
  get drifting() {
    return (
      this.trafficStartedAt !== undefined &&
      Date.now() - this.trafficStartedAt >=
        this.options.driftAfterSeconds * 1000
    );
  }

  /**
   * Posts one round of traffic for the models the catalog has loaded: the reference and
   * the gate first, then a batch. After a restart the demo resumes where it was: a model
   * that has a reference keeps it (it may be a promoted challenger's), and the drift
   * clock runs from the oldest reference's time.
   */
  async tick(): Promise<void> {
    const models = await this.readyModels();
    if (models.length === 0) return;
    this.trafficStartedAt ??= Date.now();
    const started = await Promise.allSettled(
      models
        .filter(model => !this.referenced.has(model.name))
        .map(async model => {
          const stored = await this.storedReferenceTime(model);
          if (stored === undefined) {
            await this.postReference(model);
            await this.postGate(model);
          } else {
            this.trafficStartedAt = Math.min(this.trafficStartedAt!, stored);
          }
          this.referenced.add(model.name);
          if (this.options.retrainAtStart.includes(model.name)) {
            await this.retrainOnce(model);
          }
        }),
    );
    const drifted = this.drifting;
    const posted = await Promise.allSettled(
      models
        .filter(model => this.referenced.has(model.name))
        .map(model => this.postBatch(model, drifted)),
    );
    const failure = [...started, ...posted].find(
      (o): o is PromiseRejectedResult => o.status === 'rejected',
    );
    if (failure && !this.failing) {
      // once per outage, not per tick and model
      this.logger.warn(
        'Demo traffic could not be posted',
        toError(failure.reason),
      );
    } else if (!failure && this.failing) {
      this.logger.info('Demo traffic is flowing again');
    }
    this.failing = Boolean(failure);
  }

  /** When the model's stored reference was set (epoch ms); undefined when it has none. */
  private async storedReferenceTime(model: DemoModel) {
    const { referenceSource } = await this.client.getProfiles(modelName(model));
    return referenceSource ? Date.parse(referenceSource.updatedAt) : undefined;
  }

  private async readyModels() {
    const missing = this.models
      .map(m => m.name)
      .filter(name => !this.known.has(name));
    if (missing.length > 0) {
      for (const name of await this.options.knownModels(missing)) {
        this.known.add(name);
      }
      if (this.known.size === 0 && !this.waitingLogged) {
        this.logger.info(
          'Demo traffic waits for the catalog to load the example models',
        );
        this.waitingLogged = true;
      }
    }
    return this.models.filter(m => this.known.has(m.name));
  }

  private records(model: DemoModel, count: number, drifted: boolean) {
    const records: DemoRecord[] = [];
    for (let i = 0; i < count; i++) {
      records.push(model.record(this.random, drifted));
    }
    return records;
  }

  /** What the model's CI would do on release: post the evaluation and card to the gate. */
  private async postGate(model: DemoModel) {
    const decision = await this.client.evaluateGate({
      entityRef: `mlmodel:default/${model.name}`,
      modelVersion: model.version,
      commitSha: 'demo',
      evidence: {
        ...model.evaluation,
        modelCard: this.options.modelCards[model.name],
      },
    });
    this.logger.info(
      `Gate of ${model.name} version ${model.version}: ${decision.decision} (${decision.status}, score ${decision.score})`,
    );
  }

  /** What a team's scheduled retraining would do: one run, unless the model has one. */
  private async retrainOnce(model: DemoModel) {
    const runs = await this.client.listRetrainingRuns(modelName(model), {
      limit: 1,
    });
    if (runs.length > 0) return;
    const run = await this.client.triggerRetraining(modelName(model), {
      reason:
        'Scheduled retraining on the chargebacks labelled since the last one',
    });
    this.logger.info(`Started retraining run ${run.id} of ${model.name}`);
  }

  private async postReference(model: DemoModel) {
    await this.client.setReference(modelName(model), {
      modelVersion: model.version,
      records: this.records(model, this.options.referenceRecords, false),
    });
    this.logger.info(`Posted the demo reference of ${model.name}`);
  }

  private async postBatch(model: DemoModel, drifted: boolean) {
    const shifted = drifted && model.expected !== 'ok';
    const records = this.records(model, this.options.recordsPerTick, shifted);
    this.metrics?.observe(model, records, shifted);
    if (model.otlp && this.spans) {
      await this.spans.send(model, records);
      return;
    }
    if (model.kserve && this.kserveEvents) {
      await this.kserveEvents.send(model, records);
      return;
    }
    const now = new Date().toISOString();
    await this.client.postRecords(modelName(model), {
      idempotencyKey: `demo-${model.name}-${this.trafficStartedAt}-${this
        .sequence++}`,
      records: records.map(record => ({ ...record, timestamp: now })),
    });
  }
}

function modelName(model: DemoModel) {
  return { namespace: 'default', name: model.name };
}
