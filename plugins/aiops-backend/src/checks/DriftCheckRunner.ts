import { toError } from '@backstage/errors';
import { LoggerService } from '@backstage/backend-plugin-api';
import { DriftCheck } from '@unified-aiops/plugin-aiops-common';
import { AiopsSettings } from '../AiopsSettings';
import { ModelDirectory, ModelInfo } from '../models/ModelDirectory';
import { BatchFolder } from '../profiles/BatchFolder';
import { currentWindow } from '../profiles/currentWindow';
import { ProfileStore } from '../profiles/ProfileStore';
import { CheckStore } from './CheckStore';
import { evaluateDrift } from './evaluateDrift';
import {
  LATENCY_REGRESSION_RATIO,
  ServiceEvaluation,
  evaluateService,
  withServiceChecks,
} from './evaluateService';
import { evaluateServing } from './evaluateServing';
import { ResourceStore } from '../prometheus/ResourceStore';
import { nextStatus } from './nextStatus';
import { StatusNotifier } from './StatusNotifier';
import { waitingForRecords } from './waitingForRecords';

/** What a DriftCheckRunner is built from. */
export interface DriftCheckRunnerOptions {
  checks: CheckStore;
  profiles: ProfileStore;
  models: ModelDirectory;
  folder: BatchFolder;
  notifier: StatusNotifier;
  /** Evaluates a model's governance again after each of its drift checks. */
  governance: { reevaluate(model: ModelInfo): Promise<unknown> };
  /** Decides after each drift check whether the model's retraining starts. */
  retraining?: { afterCheck(model: ModelInfo): Promise<unknown> };
  settings: AiopsSettings;
  logger: LoggerService;
  /** What the Prometheus source stored: each check judges the serving figures of its window. */
  resources?: ResourceStore;
}

/** Samples read for one check at most (two windows of 24 h at a 15 s interval fit). */
const MAX_SERVING_SAMPLES = 20_000;

/** Runs drift checks: due models on the schedule, or one model on demand. */
export class DriftCheckRunner {
  static create(options: DriftCheckRunnerOptions) {
    return new DriftCheckRunner(options);
  }

  private constructor(private readonly options: DriftCheckRunnerOptions) {}

  /**
   * Checks every catalog model whose own interval has elapsed. Each due run is claimed
   * in the database first, so replicas running this at the same time never check a
   * model twice. Returns the refs checked here.
   */
  async runDue(now = Date.now()): Promise<string[]> {
    const { checks, models, settings, logger } = this.options;
    const all = await models.list();
    if (all.length === 0) return [];
    const byRef = new Map(all.map(m => [m.modelRef, m]));
    await checks.ensureModels([...byRef.keys()], now);
    const claimed = await checks.claimDue(
      now,
      ref =>
        (byRef.get(ref)?.checkIntervalMinutes ??
          settings.checks.intervalMinutes) * 60_000,
      new Set(byRef.keys()),
    );
    const queue = [...claimed];
    const worker = async () => {
      for (let ref = queue.shift(); ref; ref = queue.shift()) {
        try {
          await this.check(byRef.get(ref)!, 'schedule', now);
        } catch (error) {
          logger.error(`Drift check of ${ref} failed`, toError(error));
        }
      }
    };
    await Promise.all(
      Array.from({ length: settings.checks.concurrency }, worker),
    );
    return claimed;
  }

  /** Folds what was ingested so far, then checks the model at once. */
  async runNow(model: ModelInfo): Promise<DriftCheck> {
    await this.options.folder.foldPending();
    return this.check(model, 'manual', Date.now());
  }

  private async check(
    model: ModelInfo,
    trigger: 'schedule' | 'manual',
    now: number,
  ): Promise<DriftCheck> {
    const { checks, profiles, settings, notifier } = this.options;
    const reference = await profiles.getReference(model.modelRef);
    const { from, to } = currentWindow(
      now,
      model.windowHours ?? settings.checks.currentWindowHours,
      model.windowMinutes ?? settings.profiles.windowMinutes,
      reference?.info.comparedFrom,
    );
    const current = await profiles.readRange(model.modelRef, from, to);
    const datasetDriftShare =
      model.datasetDriftShare ?? settings.checks.datasetDriftShare;
    const referenceProfile = reference?.profile ?? null;
    const minCurrentRecords =
      model.minRecords ?? settings.checks.minCurrentRecords;
    const waiting = waitingForRecords({
      reference: referenceProfile,
      current: current.profile,
      minimum: minCurrentRecords,
    });
    const service: ServiceEvaluation = waiting
      ? { llm: null, bias: null, latency: null, cost: null, issues: [] }
      : evaluateService({
          reference: referenceProfile,
          current: current.profile,
          model,
          costRegressionRatio: settings.checks.costRegressionRatio,
        });
    // Prometheus's figures do not depend on the records: judged even while they are few.
    const serving = this.options.resources
      ? evaluateServing({
          samples: await this.options.resources.history(
            model.modelRef,
            from - (to - from),
            MAX_SERVING_SAMPLES,
          ),
          window: { from, to },
          model,
          // the records' latency, even while they are too few to judge: their SLO then
          // waits for them, rather than a histogram's estimate judging it meanwhile
          recordLatency:
            current.profile.latencyMs.sketch.count > 0 ||
            (referenceProfile?.latencyMs.sketch.count ?? 0) > 0,
          regressionRatio: LATENCY_REGRESSION_RATIO,
        })
      : { serving: null, issues: [] };
    const judged = {
      ...service,
      serving: serving.serving,
      issues: [...service.issues, ...serving.issues],
    };
    // Too few records and nothing wrong with the serving: no evidence either way.
    const undecided = waiting !== null && judged.issues.length === 0;
    const evaluation = withServiceChecks(
      waiting ??
        evaluateDrift({
          reference: referenceProfile,
          current: current.profile,
          features: model.features,
          datasetDriftShare,
          predictionThreshold: model.predictionThreshold,
          thresholds: model.testThresholds,
        }),
      judged,
    );
    const { check, previous } = await checks.saveCheck({
      modelRef: model.modelRef,
      checkedAt: now,
      trigger,
      resultStatus: evaluation.status,
      result: {
        ...evaluation,
        datasetDriftShare,
        minCurrentRecords,
        window: {
          from: new Date(from).toISOString(),
          to: new Date(to).toISOString(),
        },
        reference: reference?.info ?? null,
      },
      // Too few records is no evidence either way: the status stays as it was.
      decide: state =>
        nextStatus(
          state,
          undecided ? 'insufficient-data' : evaluation.status,
          settings.checks.recoveryChecks,
        ),
    });
    if (previous !== check.status) {
      await notifier.statusChanged({
        kind: 'drift',
        model,
        previous,
        status: check.status,
        reason: evaluation.reason,
        checkId: check.id,
      });
    }
    // The drift status and the traffic a check reads are inputs of the governance checks;
    // a failure there is the governance loop's to retry, not this check's.
    await this.options.governance
      .reevaluate(model)
      .catch(error =>
        this.options.logger.warn(
          `Governance of ${model.modelRef} not re-evaluated after its drift check`,
          toError(error),
        ),
      );
    await this.options.retraining
      ?.afterCheck(model)
      .catch(error =>
        this.options.logger.error(
          `Retraining of ${model.modelRef} not considered after its drift check`,
          toError(error),
        ),
      );
    return check;
  }
}
