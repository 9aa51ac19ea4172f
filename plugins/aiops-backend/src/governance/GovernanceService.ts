import { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import {
  GateEvidence,
  GovernanceEvaluation,
  GovernanceInput,
  GovernancePolicy,
  evaluateGovernance,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { championInForce } from '../retraining/championInForce';
import { RetrainingRunStore } from '../retraining/RetrainingRunStore';
import { AiopsSettings } from '../AiopsSettings';
import { CheckStore } from '../checks/CheckStore';
import { StatusNotifier } from '../checks/StatusNotifier';
import { ModelDirectory, ModelInfo } from '../models/ModelDirectory';
import { currentWindow } from '../profiles/currentWindow';
import { ProfileStore } from '../profiles/ProfileStore';
import { ApprovalStore } from './ApprovalStore';
import { entityDigest } from './entityDigest';
import { GateStore } from './GateStore';
import { GovernanceStatusStore } from './GovernanceStatusStore';
import { WaiverStore } from './WaiverStore';

/** What a GovernanceService is built from. */
export interface GovernanceServiceOptions {
  knex: Knex;
  /** The loop's promotions: the champion it promoted counts before the catalog's alias follows. */
  runs: Pick<RetrainingRunStore, 'latestPromoted'>;
  policy: GovernancePolicy;
  models: ModelDirectory;
  gates: GateStore;
  waivers: WaiverStore;
  approvals: ApprovalStore;
  statuses: GovernanceStatusStore;
  checks: CheckStore;
  profiles: ProfileStore;
  notifier: StatusNotifier;
  settings: AiopsSettings;
  logger: LoggerService;
}

/** The version to judge and the evidence CI posted for it, when a gate call brings them. */
export interface CandidateVersion {
  modelVersion: string;
  evidence: GateEvidence;
  commitSha?: string;
}

/**
 * Evaluates models against the governance policy: gathers each model's inputs (its
 * entity, its current version's evidence, drift, reference, recent traffic, waivers and
 * approvals), keeps the latest evaluation per model, and on a status change tells the
 * trail, the catalog, the owner and the event bus.
 */
export class GovernanceService {
  static create(options: GovernanceServiceOptions) {
    return new GovernanceService(options);
  }

  private constructor(private readonly options: GovernanceServiceOptions) {}

  /** The policy every evaluation runs. */
  get policy(): GovernancePolicy {
    return this.options.policy;
  }

  /**
   * The version a model runs in production: its champion in force (the loop's latest
   * promotion, or the registry's `champion` alias; see `championInForce`), else the
   * version of its latest passed gate, else the version its reference was trained on,
   * else that of its latest gate call; null when none is known.
   */
  async currentVersion(model: ModelInfo): Promise<string | null> {
    const champion = await championInForce(this.options.runs, model);
    if (champion) return champion;
    const { gates, profiles } = this.options;
    const passed = await gates.latest(model.modelRef, { passed: true });
    if (passed) return passed.modelVersion;
    const reference = await profiles.getReferenceInfo(model.modelRef);
    if (reference?.modelVersion) return reference.modelVersion;
    return (await gates.latest(model.modelRef))?.modelVersion ?? null;
  }

  /** Everything the evaluation of the model (or of a candidate version of it) reads. */
  async inputFor(
    model: ModelInfo,
    now: number,
    candidate?: CandidateVersion,
  ): Promise<GovernanceInput> {
    const { gates, waivers, approvals, checks, profiles, settings } =
      this.options;
    const modelVersion =
      candidate?.modelVersion ?? (await this.currentVersion(model));
    const window = currentWindow(
      now,
      model.windowHours ?? settings.checks.currentWindowHours,
      model.windowMinutes ?? settings.profiles.windowMinutes,
    );
    const [stored, drift, reference, recentRecords, waiverList, decisions] =
      await Promise.all([
        candidate || !modelVersion
          ? undefined
          : gates.latestFor(model.modelRef, modelVersion),
        checks.getStatus(model.modelRef),
        profiles.getReferenceInfo(model.modelRef),
        profiles.countRecords(model.modelRef, window.from, window.to),
        waivers.list(model.modelRef, now),
        modelVersion
          ? approvals.list(model.modelRef, now, modelVersion)
          : Promise.resolve([]),
      ]);
    let evidence: GovernanceInput['evidence'] = null;
    if (candidate) {
      evidence = {
        evidence: candidate.evidence,
        recordedAt: new Date(now).toISOString(),
        commitSha: candidate.commitSha ?? null,
      };
    } else if (stored) {
      evidence = {
        evidence: stored.evidence,
        recordedAt: stored.recordedAt,
        commitSha: stored.commitSha,
      };
    }
    return {
      entity: model.entity,
      modelVersion,
      evidence,
      drift: {
        status: drift?.status ?? 'no-data',
        since: drift?.changedAt ?? null,
      },
      referenceSet: reference !== undefined,
      recentRecords,
      waivers: waiverList,
      approvals: decisions,
      now: new Date(now).toISOString(),
    };
  }

  /** Evaluates the model (or a candidate version) now, storing nothing. */
  async evaluate(
    model: ModelInfo,
    candidate?: CandidateVersion,
    now = Date.now(),
  ): Promise<GovernanceEvaluation> {
    return evaluateGovernance(
      this.options.policy,
      await this.inputFor(model, now, candidate),
    );
  }

  /**
   * Evaluates the model's current version, stores the evaluation, and on a status change
   * tells the trail, the catalog, the owner and the event bus.
   */
  async reevaluate(model: ModelInfo): Promise<GovernanceEvaluation> {
    const evaluation = await this.evaluate(model);
    const previous = await this.options.knex.transaction(trx =>
      this.options.statuses.save(trx, evaluation, entityDigest(model.entity)),
    );
    if (previous !== evaluation.status) {
      const failing = evaluation.checks.filter(
        c => c.result === 'fail' || c.result === 'warning',
      );
      await this.options.notifier.statusChanged({
        kind: 'governance',
        model,
        previous,
        status: evaluation.status,
        score: evaluation.score,
        reason: failing.length
          ? failing.map(c => `${c.title}: ${c.reason}`).join('; ')
          : `Every check passes (score ${evaluation.score})`,
      });
    }
    return evaluation;
  }

  /** The model's stored evaluation, evaluated now when it has none yet. */
  async current(model: ModelInfo): Promise<GovernanceEvaluation> {
    return (
      (await this.options.statuses.get(model.modelRef)) ??
      this.reevaluate(model)
    );
  }

  /**
   * Re-evaluates the models that are due: never evaluated, their entity changed since
   * their last evaluation (an owner edited the spec or an annotation), or last evaluated
   * `evaluationIntervalMinutes` ago or more. One that fails is logged and the rest go on.
   * Returns how many were evaluated.
   */
  async reevaluateDue(now = Date.now()): Promise<number> {
    const { models, statuses, settings } = this.options;
    const intervalMs = settings.governance.evaluationIntervalMinutes * 60_000;
    const [all, evaluated] = await Promise.all([
      models.list(),
      statuses.evaluations(),
    ]);
    return this.reevaluateEach(
      all.filter(model => {
        const last = evaluated.get(model.modelRef);
        return (
          !last ||
          last.entityDigest !== entityDigest(model.entity) ||
          now - last.evaluatedAt >= intervalMs
        );
      }),
    );
  }

  private async reevaluateEach(models: ModelInfo[]): Promise<number> {
    let evaluated = 0;
    for (const model of models) {
      try {
        await this.reevaluate(model);
        evaluated += 1;
      } catch (error) {
        this.options.logger.error(
          `Governance evaluation of ${model.modelRef} failed`,
          toError(error),
        );
      }
    }
    return evaluated;
  }
}
