import {
  AuditorService,
  AuthService,
  BackstageCredentials,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError, toError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  MLPipelineSpec,
  RetrainingRun,
  RunEvaluationReport,
  RunStatusReport,
  RunValidation,
  ValidationDecision,
  ValidationRulesInput,
  mlPipelineSpecSchema,
  normalizeEntityRef,
  retrainingTriggerDecision,
  resolveRetrainingTrigger,
  validateChallenger,
} from '@unified-aiops/plugin-aiops-common';
import {
  RetrainingRunReport,
  RetrainingRunner,
} from '@unified-aiops/plugin-aiops-node';
import { AuditTrail } from '../audit/AuditTrail';
import { CheckStore } from '../checks/CheckStore';
import { GateService } from '../governance/GateService';
import { ModelInfo } from '../models/ModelDirectory';
import { ProfileService } from '../profiles/ProfileService';
import { championInForce } from './championInForce';
import { PromotionService } from './PromotionService';
import { listedRun, publicRun } from './publicRun';
import { LOOP_ACTOR, recordRunStep } from './recordRunStep';
import { RetrainingSettings } from './retrainingSettings';
import { RunNotifier, modelName } from './RunNotifier';
import {
  IN_FLIGHT,
  RetrainingRunStore,
  RunChange,
  RunState,
  StoredRun,
} from './RetrainingRunStore';

const MINUTE_MS = 60_000;

/**
 * What a champion-vs-challenger validation gives evidence for: accuracy and robustness
 * (EU AI Act Art. 15), performance measured for deployment conditions (NIST AI RMF
 * MEASURE 2.3), AI system verification and validation (ISO/IEC 42001 A.6.2.4).
 */
const VALIDATION_CONTROLS = {
  euAiAct: ['Art. 15'],
  nistAiRmf: ['MEASURE 2.3'],
  iso42001: ['A.6.2.4'],
};

/**
 * The closed loop's runs: drift held long enough starts one run per drift episode (the
 * database decides between replicas), a person or agent may start one, the registered
 * runner dispatches it, the runner's system or the pipeline's callbacks move it, the
 * backend times it out past its deadline, and the challenger's evaluation is judged
 * against the champion's by the model's validation rules. Every step is an audit-trail
 * entry and an auditor event.
 */
/** How long after a run's end its log is still read from its runner. */
const LOG_FOLLOW_MS = 10 * MINUTE_MS;

export class RetrainingService {
  static create(options: {
    runs: RetrainingRunStore;
    runners: Map<string, RetrainingRunner>;
    checks: CheckStore;
    catalog: CatalogService;
    auth: AuthService;
    discovery: DiscoveryService;
    trail: AuditTrail;
    auditor: AuditorService;
    settings: RetrainingSettings;
    promotion: PromotionService;
    /** Where the validation's decision is kept as gate evidence of the challenger. */
    gate: Pick<GateService, 'recordDecision'>;
    /** Folds the challenger's reported training data into its reference profile. */
    profiles: Pick<ProfileService, 'profileOfRecords'>;
    notifier: RunNotifier;
    logger: LoggerService;
  }) {
    return new RetrainingService(options);
  }

  private constructor(
    private readonly options: Parameters<typeof RetrainingService.create>[0],
  ) {}

  /** Seconds between passes of {@link RetrainingService.followRuns}. */
  get followIntervalSeconds(): number {
    return this.options.settings.followIntervalSeconds;
  }

  /** The model's runs, newest first. */
  async list(model: ModelInfo, limit: number): Promise<RetrainingRun[]> {
    return (await this.options.runs.list(model.modelRef, limit)).map(listedRun);
  }

  /**
   * A pipeline's runs, newest first, after the caller's look-up of the pipeline (a
   * person's through the catalog with their credentials): 404 when they cannot see it.
   */
  async listForPipeline(
    pipelineRef: string,
    caller: BackstageCredentials,
    limit: number,
  ): Promise<RetrainingRun[]> {
    const { catalog, auth } = this.options;
    const credentials = auth.isPrincipal(caller, 'user')
      ? caller
      : await auth.getOwnServiceCredentials();
    const pipeline = await catalog.getEntityByRef(pipelineRef, { credentials });
    if (!pipeline || pipeline.kind !== 'MLPipeline') {
      throw new NotFoundError(`No MLPipeline ${pipelineRef} in the catalog`);
    }
    return (await this.options.runs.listByPipeline(pipelineRef, limit)).map(
      listedRun,
    );
  }

  /** A run, or undefined. */
  async get(runId: string): Promise<StoredRun | undefined> {
    return this.options.runs.get(runId);
  }

  /**
   * After each drift check: starts the model's retraining when its trigger policy says
   * so. Answers the run started here, if any.
   */
  async afterCheck(
    model: ModelInfo,
    now = Date.now(),
  ): Promise<RetrainingRun | undefined> {
    const { runs, checks, settings } = this.options;
    const pipelineRef = model.entity.spec.trainedBy;
    if (!pipelineRef) return undefined;
    const status = await checks.getStatus(model.modelRef);
    if (!status || !['drift', 'warning'].includes(status.status)) {
      return undefined;
    }
    const policy = resolveRetrainingTrigger(
      settings.trigger,
      model.entity.spec.retraining?.trigger,
    );
    const ref = normalizeEntityRef(pipelineRef, { defaultKind: 'MLPipeline' });
    const history = await checks.history(
      model.modelRef,
      policy.consecutiveChecks + 10,
    );
    const [lastCreatedAt, runsInFlight] = await Promise.all([
      runs.lastCreatedAt(model.modelRef),
      runs.inFlight(ref),
    ]);
    const decision = retrainingTriggerDecision(policy, {
      recentStatuses: history
        .map(check => check.result.status)
        .filter(s => s !== 'no-data'),
      lastRunStartedAt: lastCreatedAt,
      runsInFlight,
      now: new Date(now).toISOString(),
    });
    if (!decision.trigger) return undefined;
    // a challenger waiting for a person is this episode's answer until it is decided
    if (await runs.awaitingApproval(model.modelRef)) return undefined;
    const pipeline = await this.pipeline(ref);
    if (!pipeline.ok) {
      this.options.logger.warn(
        `Drift of ${model.modelRef} would start a retraining run, but ${pipeline.reason}`,
      );
      return undefined;
    }
    // One run per drift episode: the episode is the status since it last changed.
    const run = await runs.claimEpisode({
      ...(await this.newRun(
        model,
        ref,
        pipeline.spec,
        now,
        status.changedAt ? Date.parse(status.changedAt) : undefined,
      )),
      episodeKey: `${status.status}@${status.changedAt ?? 'start'}`,
      trigger: { kind: 'drift', by: LOOP_ACTOR, reason: decision.reason },
    });
    if (!run) return undefined;
    await this.record(LOOP_ACTOR, 'retraining-trigger', run, {
      trigger: run.trigger,
      episode: run.episodeKey,
    });
    return publicRun(await this.dispatch(run, pipeline.spec));
  }

  /** A person's or agent's run, now (409 when the pipeline is at its maximum). */
  async trigger(
    model: ModelInfo,
    actor: string,
    reason: string | undefined,
    now = Date.now(),
  ): Promise<RetrainingRun> {
    const { runs, settings } = this.options;
    const pipelineRef = model.entity.spec.trainedBy;
    if (!pipelineRef) {
      throw new ConflictError(
        `${model.modelRef} names no retraining pipeline (spec.trainedBy)`,
      );
    }
    const ref = normalizeEntityRef(pipelineRef, { defaultKind: 'MLPipeline' });
    const pipeline = await this.pipeline(ref);
    if (!pipeline.ok)
      throw new ConflictError(`Cannot retrain: ${pipeline.reason}`);
    const { maxConcurrentRuns } = resolveRetrainingTrigger(
      settings.trigger,
      model.entity.spec.retraining?.trigger,
    );
    // One challenger at a time waits for a person: a second would be a second version
    // of the same number, and approving both would promote whichever came last.
    const waiting = await runs.awaitingApproval(model.modelRef);
    if (waiting) {
      throw new ConflictError(
        `Run ${waiting.id}'s challenger (version ${
          waiting.validation?.challenger.version ?? 'unknown'
        }) awaits approval; approve or reject it before retraining ${
          model.modelRef
        } again`,
      );
    }
    const inFlight = await runs.inFlight(ref);
    if (inFlight >= maxConcurrentRuns) {
      throw new ConflictError(
        `${ref} has ${inFlight} ${
          inFlight === 1 ? 'run' : 'runs'
        } in flight, at most ${maxConcurrentRuns}; cancel one or wait`,
      );
    }
    const run = await runs.create({
      ...(await this.newRun(model, ref, pipeline.spec, now)),
      trigger: {
        kind: 'manual',
        by: actor,
        reason: reason ?? 'Started by hand',
      },
    });
    await this.record(actor, 'retraining-trigger', run, {
      trigger: run.trigger,
    });
    return publicRun(await this.dispatch(run, pipeline.spec));
  }

  /** Cancels a run in flight (409 when it finished, or its runner cannot stop it). */
  async cancel(run: StoredRun, actor: string): Promise<RetrainingRun> {
    this.requireInFlight(run, 'cancel');
    const runner = this.options.runners.get(run.runner);
    if (run.externalId && !runner?.cancel) {
      throw new ConflictError(
        `The ${run.runner} runner cannot stop a run; stop ${
          run.externalUrl ?? run.externalId
        } there`,
      );
    }
    if (run.externalId) {
      await runner!.cancel!({
        runId: run.id,
        target: run.target,
        externalId: run.externalId,
      });
    }
    return publicRun(
      await this.move(run, 'cancelled', actor, {
        now: Date.now(),
        reason: `Cancelled by ${actor}`,
      }),
    );
  }

  /** A state change the pipeline reports (409 when the run has finished). */
  async reportStatus(
    run: StoredRun,
    report: RunStatusReport,
    actor: string,
  ): Promise<RetrainingRun> {
    this.requireInFlight(run, 'report on');
    return publicRun(
      await this.move(run, report.state, actor, {
        now: Date.now(),
        reason: report.reason,
        externalUrl: report.externalUrl,
        logUrl: report.logUrl,
      }),
    );
  }

  /**
   * The challenger's evaluation beside the champion's: the run ends succeeded (its
   * challenger exists) and the model's validation rules decide, once.
   */
  async reportEvaluation(
    model: ModelInfo,
    run: StoredRun,
    report: RunEvaluationReport,
    actor: string,
  ): Promise<RetrainingRun> {
    if (run.state === 'cancelled' || run.state === 'timed-out') {
      throw new ConflictError(
        `Run ${run.id} was ${run.state}; its evaluation comes too late`,
      );
    }
    if (run.decision) {
      throw new ConflictError(`Run ${run.id} has its decision already`);
    }
    // The training data is checked before anything is decided: a bad one is a 400, and
    // the pipeline may send its report again.
    const challengerReference = report.reference
      ? JSON.stringify(
          this.options.profiles.profileOfRecords(
            model,
            report.reference.records,
          ),
        )
      : null;
    const now = Date.now();
    const rules = this.validationRules(model);
    const decided: ValidationDecision = rules
      ? validateChallenger(rules, report.champion ?? null, report.challenger)
      : {
          decision: 'fail',
          rules: [
            {
              id: 'rules',
              description: 'The model has validation rules',
              champion: null,
              challenger: null,
              result: 'fail',
              reason:
                'No validation rules: set spec.retraining.validation on the MLModel or aiops.retraining.validation in app-config.yaml',
            },
          ],
        };
    const validation: RunValidation = {
      ...decided,
      champion: report.champion ?? null,
      challenger: report.challenger,
      decidedAt: new Date(now).toISOString(),
    };
    if (IN_FLIGHT.includes(run.state)) {
      // The owner hears of this run's end with its decision, below or at promotion.
      await this.move(
        run,
        'succeeded',
        actor,
        { now, reason: 'The pipeline reported its challenger’s evaluation' },
        { quiet: true },
      );
    }
    const judged = await this.options.runs.decide(
      run.id,
      validation,
      challengerReference,
    );
    if (!judged) {
      throw new ConflictError(`Run ${run.id} has its decision already`);
    }
    await this.record(actor, 'retraining-evaluation', judged, {
      challengerVersion: report.challenger.version ?? null,
      championVersion: report.champion?.version ?? null,
      decision: validation.decision,
      rules: validation.rules.map(r => ({
        id: r.id,
        champion: r.champion,
        challenger: r.challenger,
        result: r.result,
      })),
    });
    await this.recordGate(model, judged, validation, report, actor);
    if (validation.decision !== 'pass') {
      const failed = validation.rules.filter(r => r.result === 'fail');
      await this.options.notifier.notify(judged, {
        title: `Model ${modelName(judged)}: the challenger${
          report.challenger.version ? ` ${report.challenger.version}` : ''
        } failed the validation gate`,
        description: `${failed
          .map(r => r.reason)
          .join('; ')}. The champion stays.`,
        severity: 'normal',
      });
      return publicRun(judged);
    }
    return publicRun(await this.options.promotion.afterPass(model, judged));
  }

  /**
   * The decision as gate evidence of the challenger version, beside CI's gate calls: its
   * metrics (and any bias or model card the pipeline sent), each rule a blocking check.
   * Kept after the decision; a failure to keep it is logged, the decision stands (the
   * audit trail has it rule by rule).
   */
  private async recordGate(
    model: ModelInfo,
    run: StoredRun,
    validation: RunValidation,
    report: RunEvaluationReport,
    actor: string,
  ) {
    const version = report.challenger.version;
    if (!version) return;
    try {
      await this.options.gate.recordDecision(
        model,
        {
          modelVersion: version,
          ...(run.externalUrl && { runUrl: run.externalUrl }),
          decision: validation.decision,
          evidence: {
            ...report.evidence,
            metrics: {
              ...report.evidence?.metrics,
              ...report.challenger.metrics,
            },
          },
          checks: validation.rules.map(rule => ({
            id: `validation.${rule.id}`,
            title: rule.description,
            result: rule.result,
            reason: rule.reason,
            controls: VALIDATION_CONTROLS,
            blocksGate: true,
          })),
          details: { source: 'retraining-validation', runId: run.id },
        },
        actor,
      );
    } catch (error) {
      this.options.logger.error(
        `The validation decision of run ${run.id} could not be kept as gate evidence of ${model.modelRef} version ${version}`,
        toError(error),
      );
    }
  }

  /**
   * One pass over the runs in flight: each past its deadline is timed out (and stopped
   * where its runner can), each other one moved to what its runner reports.
   */
  async followRuns(now = Date.now()): Promise<number> {
    const { runs, runners, logger } = this.options;
    let moved = await this.options.promotion.expireApprovals(now);
    for (const run of await runs.allInFlight()) {
      const runner = runners.get(run.runner);
      const ref = run.externalId && {
        runId: run.id,
        target: run.target,
        externalId: run.externalId,
      };
      try {
        if (now > Date.parse(run.deadline)) {
          const minutes = Math.round(
            (Date.parse(run.deadline) - Date.parse(run.createdAt)) / MINUTE_MS,
          );
          await this.move(run, 'timed-out', LOOP_ACTOR, {
            now,
            reason: `No result within ${minutes} minutes (the deadline ${run.deadline})`,
          });
          if (ref && runner?.cancel) await runner.cancel(ref);
          moved++;
          continue;
        }
        if (!ref || !runner) continue;
        const report = await runner.status(ref);
        if (report && (await this.apply(run, report, now))) moved++;
      } catch (error) {
        logger.warn(
          `Following retraining run ${run.id} failed`,
          toError(error),
        );
      }
    }
    await this.followEndedLogs(now);
    return moved;
  }

  /**
   * A run its evaluation callback ended may still be writing its output (a pipeline's last
   * steps): for {@link LOG_FOLLOW_MS} after its end, its log is read as while it ran.
   */
  private async followEndedLogs(now: number) {
    const { runs, runners, logger } = this.options;
    for (const run of await runs.endedSince(now - LOG_FOLLOW_MS)) {
      const runner = runners.get(run.runner);
      if (!runner || !run.externalId) continue;
      try {
        const report = await runner.status({
          runId: run.id,
          target: run.target,
          externalId: run.externalId,
        });
        if (report?.logs !== undefined && report.logs !== run.logs) {
          await runs.setLogs(run.id, report.logs);
        }
      } catch (error) {
        logger.debug(`Reading the log of run ${run.id} failed`, toError(error));
      }
    }
  }

  private async apply(
    run: StoredRun,
    report: RetrainingRunReport,
    now: number,
  ): Promise<boolean> {
    const change: RunChange = {
      now,
      reason: report.reason,
      externalUrl: report.externalUrl,
      logUrl: report.logUrl,
      logs: report.logs,
    };
    if (report.state === run.state) {
      if (report.logs !== undefined && report.logs !== run.logs) {
        await this.options.runs.transition(
          run.id,
          [run.state],
          run.state,
          change,
        );
      }
      return false;
    }
    // A run that already ended with its evaluation keeps that end.
    if (run.decision) return false;
    await this.move(run, report.state, LOOP_ACTOR, change);
    return true;
  }

  private async dispatch(
    run: StoredRun,
    pipeline: MLPipelineSpec,
  ): Promise<StoredRun> {
    const runner = this.options.runners.get(run.runner);
    const now = () => Date.now();
    if (!runner) {
      const known = [...this.options.runners.keys()].sort();
      return this.move(run, 'failed', LOOP_ACTOR, {
        now: now(),
        reason: `No retraining runner '${run.runner}' is registered (${
          known.length ? `registered: ${known.join(', ')}` : 'none'
        }); add its backend module`,
      });
    }
    const base = `${await this.options.discovery.getExternalBaseUrl(
      'aiops',
    )}/v1/runs/${run.id}`;
    try {
      const handle = await runner.start({
        runId: run.id,
        model: {
          entityRef: run.entityRef,
          ...(run.modelVersion && { version: run.modelVersion }),
        },
        pipeline: {
          entityRef: run.pipelineRef,
          target: run.target,
          ...(pipeline.runner.ref && { ref: pipeline.runner.ref }),
          parameters: pipeline.runner.parameters ?? {},
        },
        trigger: run.trigger,
        dataWindow: run.dataWindow,
        callbacks: {
          evaluationUrl: `${base}/evaluation`,
          statusUrl: `${base}/status`,
        },
        deadline: run.deadline,
      });
      return this.move(run, handle.state ?? 'queued', LOOP_ACTOR, {
        now: now(),
        reason: `Dispatched to ${run.runner} target ${run.target}`,
        externalId: handle.externalId,
        externalUrl: handle.externalUrl,
      });
    } catch (error) {
      return this.move(run, 'failed', LOOP_ACTOR, {
        now: now(),
        reason: `The ${run.runner} runner could not start the run: ${
          toError(error).message
        }`,
      });
    }
  }

  /**
   * Moves a run out of the state it is in, recorded, and tells the owner when it ended
   * (unless `quiet`); 409 when another change won.
   */
  private async move(
    run: StoredRun,
    to: RunState,
    actor: string,
    change: RunChange,
    options: { quiet?: boolean } = {},
  ): Promise<StoredRun> {
    const moved = await this.options.runs.transition(
      run.id,
      [run.state],
      to,
      change,
    );
    if (!moved) {
      const current = await this.options.runs.get(run.id);
      throw new ConflictError(
        `Run ${run.id} is ${current?.state ?? 'gone'} now, no longer ${
          run.state
        }`,
      );
    }
    await this.record(actor, 'retraining-status', moved, {
      from: run.state,
      to,
      reason: change.reason ?? null,
      externalId: moved.externalId,
      externalUrl: moved.externalUrl,
    });
    if (!IN_FLIGHT.includes(to) && !options.quiet) {
      await this.options.notifier.notify(moved, {
        title: `Model ${modelName(moved)}: retraining run ${to}`,
        description:
          to === 'succeeded'
            ? `${
                change.reason ?? 'The pipeline finished'
              }; no evaluation reported yet, so nothing is promoted`
            : change.reason ?? `The run is ${to}`,
        severity: to === 'cancelled' ? 'low' : 'high',
      });
    }
    return moved;
  }

  private requireInFlight(run: StoredRun, what: string) {
    if (!IN_FLIGHT.includes(run.state)) {
      throw new ConflictError(
        `Cannot ${what} run ${run.id}: it ended ${run.state} at ${run.finishedAt}`,
      );
    }
  }

  private validationRules(model: ModelInfo): ValidationRulesInput | undefined {
    return (
      model.entity.spec.retraining?.validation ??
      this.options.settings.validation
    );
  }

  /**
   * A new run of the model's pipeline. It retrains the champion in force (see
   * `championInForce`) on the last aiops.retraining.dataWindowHours of traffic, for a
   * drift-triggered run only what came since the drift began: training on the traffic of
   * before would teach the challenger the world that changed.
   */
  private async newRun(
    model: ModelInfo,
    pipelineRef: string,
    pipeline: MLPipelineSpec,
    now: number,
    /** Epoch ms the drift episode began: the run trains on the traffic since. */
    driftSince?: number,
  ) {
    const { settings } = this.options;
    const timeout =
      pipeline.runner.timeoutMinutes ?? settings.defaultTimeoutMinutes;
    return {
      entityRef: model.modelRef,
      pipelineRef,
      runner: pipeline.runner.type,
      target: pipeline.runner.target,
      modelVersion: await championInForce(this.options.runs, model),
      dataWindow: {
        from: Math.max(
          now - settings.dataWindowHours * 3_600_000,
          driftSince ?? -Infinity,
        ),
        to: now,
      },
      deadline: now + timeout * MINUTE_MS,
      now,
    };
  }

  private async pipeline(
    ref: string,
  ): Promise<
    { ok: true; spec: MLPipelineSpec } | { ok: false; reason: string }
  > {
    const { catalog, auth } = this.options;
    const entity = await catalog.getEntityByRef(ref, {
      credentials: await auth.getOwnServiceCredentials(),
    });
    if (!entity)
      return { ok: false, reason: `there is no ${ref} in the catalog` };
    const parsed = mlPipelineSpecSchema.safeParse(entity.spec);
    if (!parsed.success) {
      return {
        ok: false,
        reason: `${ref} is not a valid MLPipeline: ${parsed.error.issues
          .map(i => `spec.${i.path.join('.')}: ${i.message}`)
          .join('; ')}`,
      };
    }
    return { ok: true, spec: parsed.data };
  }

  private async record(
    actor: string,
    action: string,
    run: StoredRun,
    details: Record<string, unknown>,
  ) {
    await recordRunStep(this.options, { actor, action, run, details });
  }
}
