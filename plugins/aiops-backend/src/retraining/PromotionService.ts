import {
  AuditorService,
  AuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  NotAllowedError,
  ServiceUnavailableError,
  toError,
} from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  RetrainingRun,
  RunPromotion,
} from '@unified-aiops/plugin-aiops-common';
import { AuditTrail } from '../audit/AuditTrail';
import { GovernanceService } from '../governance/GovernanceService';
import { ModelInfo } from '../models/ModelDirectory';
import { ProfileService } from '../profiles/ProfileService';
import { ProfileStore } from '../profiles/ProfileStore';
import { ChampionRegistry } from './promotion/MlflowRegistry';
import { WebhookPromotion } from './promotion/WebhookPromotion';
import { LOOP_ACTOR, recordRunStep } from './recordRunStep';
import { championInForce } from './championInForce';
import { publicRun } from './publicRun';
import { RunNotice, RunNotifier, modelName } from './RunNotifier';
import {
  PromotionChange,
  RetrainingRunStore,
  StoredRun,
} from './RetrainingRunStore';

const HOUR_MS = 3_600_000;

/** A stored reference, kept on the run its promotion replaced so a rollback restores it. */
interface ReferenceSnapshot {
  profile: Parameters<ProfileStore['setReference']>[1];
  info: Parameters<ProfileStore['setReference']>[2];
}

/**
 * A passing challenger's way to champion. High-risk models wait for a person's approval
 * (not the person who triggered the run while four eyes is on), which expires; others are
 * promoted at once. Promotion moves the drift reference to what the challenger was
 * trained on (the training records its pipeline reported, else the run's data window of
 * traffic), compared from then on so drift clears as new traffic matches it, then points
 * the registry's champion alias at the new version; a registry failure puts the reference
 * back. One run of a model is promoted, the champion in force: the promotion before it is
 * superseded. A rollback undoes the latest promotion: the previous champion and its
 * reference, and the promotion it superseded is in force again.
 */
export class PromotionService {
  static create(options: {
    runs: RetrainingRunStore;
    profiles: ProfileService;
    profileStore: ProfileStore;
    /** The MLflow registry, when `aiops.mlflow` is configured. */
    registry?: ChampionRegistry;
    /** The promotion webhooks of `aiops.retraining.promotion.webhooks`. */
    webhooks: WebhookPromotion;
    catalog: CatalogService;
    auth: AuthService;
    trail: AuditTrail;
    auditor: AuditorService;
    settings: { approvalExpiryHours: number; fourEyes: boolean };
    notifier: RunNotifier;
    /** Re-evaluated after the champion changed: its evidence is another version's. */
    governance?: Pick<GovernanceService, 'reevaluate'>;
    logger: LoggerService;
  }) {
    return new PromotionService(options);
  }

  private constructor(
    private readonly options: Parameters<typeof PromotionService.create>[0],
  ) {}

  /** After the gate passed: waits for a person (high risk), or promotes now. */
  async afterPass(model: ModelInfo, run: StoredRun): Promise<StoredRun> {
    if (model.entity.spec.riskTier === 'high') {
      const expiresAt =
        Date.now() + this.options.settings.approvalExpiryHours * HOUR_MS;
      const waiting = await this.change(run, [null], LOOP_ACTOR, {
        state: 'awaiting-approval',
        reason:
          'A high-risk model’s challenger waits for a person’s approval (aiops.promotion.approve)',
        expiresAt,
        previousVersion:
          (await championInForce(this.options.runs, model)) ?? run.modelVersion,
      });
      return waiting;
    }
    return this.promote(model, run, [null], LOOP_ACTOR, {});
  }

  /** A person approves: the challenger is promoted now. */
  async approve(
    model: ModelInfo,
    run: StoredRun,
    decider: { actor: string; isUser: boolean },
    comment: string,
  ): Promise<RetrainingRun> {
    await this.checkDecision(run, decider);
    return publicRun(
      await this.promote(model, run, ['awaiting-approval'], decider.actor, {
        decidedBy: decider.actor,
        comment,
      }),
    );
  }

  /** A person rejects: the champion stays. */
  async reject(
    run: StoredRun,
    decider: { actor: string; isUser: boolean },
    comment: string,
  ): Promise<RetrainingRun> {
    await this.checkDecision(run, decider);
    return publicRun(
      await this.change(run, ['awaiting-approval'], decider.actor, {
        state: 'rejected',
        reason: `Rejected by ${decider.actor}`,
        decidedBy: decider.actor,
        comment,
      }),
    );
  }

  /** Undoes the model's latest promotion (409 when none is left to undo). */
  async rollback(
    model: ModelInfo,
    actor: string,
    reason: string,
  ): Promise<RetrainingRun> {
    const { runs, registry, profileStore } = this.options;
    const run = await runs.latestPromoted(model.modelRef);
    if (!run) {
      throw new ConflictError(`${model.modelRef} has no promotion to undo`);
    }
    const previous = run.promotion?.previousVersion ?? null;
    const mlflow = model.entity.spec.registry;
    const webhook = model.entity.spec.retraining?.promotion?.webhook;
    if (webhook) {
      if (!previous) {
        throw new ConflictError(
          `The promotion of ${run.promotedVersion} recorded no previous champion to go back to`,
        );
      }
      try {
        await this.options.webhooks.send(webhook, {
          action: 'rollback',
          runId: run.id,
          model: { entityRef: model.modelRef },
          version: previous,
          previousVersion: run.promotedVersion,
          actor,
        });
      } catch (error) {
        throw new ServiceUnavailableError(
          `The promotion webhook '${webhook}' did not take the rollback; nothing changed: ${
            toError(error).message
          }`,
        );
      }
    }
    if (mlflow) {
      if (!previous) {
        throw new ConflictError(
          `The promotion of ${run.promotedVersion} recorded no previous champion to go back to`,
        );
      }
      if (!registry) {
        throw new ConflictError(
          'The model is in MLflow but aiops.mlflow.baseUrl is not configured',
        );
      }
      await registry.restoreChampion(mlflow.modelName, previous);
    }
    const snapshot = await runs.previousReference(run.id);
    if (snapshot) {
      const { profile, info } = JSON.parse(snapshot) as ReferenceSnapshot;
      await profileStore.setReference(model.modelRef, profile, info);
    }
    const rolledBack = await this.change(run, ['promoted'], actor, {
      state: 'rolled-back',
      reason: `Rolled back to ${
        previous ?? 'the previous champion'
      } by ${actor}: ${reason}`,
      decidedBy: actor,
      comment: reason,
    });
    const reinstated = await runs.reinstate(
      rolledBack,
      `Version ${previous} is the champion again: the promotion that superseded it (run ${rolledBack.id}) was rolled back`,
    );
    if (reinstated) {
      await this.audit(actor, 'promotion-reinstate', reinstated, {
        version: reinstated.promotedVersion,
        rolledBackRun: rolledBack.id,
      });
    }
    await this.refresh(model);
    return publicRun(rolledBack);
  }

  /** Marks approvals nobody gave in time as expired; answers how many. */
  async expireApprovals(now = Date.now()): Promise<number> {
    let expired = 0;
    for (const run of await this.options.runs.expiredApprovals(now)) {
      const changed = await this.options.runs.promote(
        run.id,
        ['awaiting-approval'],
        {
          state: 'expired',
          reason: `No one approved by ${run.promotion?.expiresAt}; trigger a new run to try again`,
        },
      );
      if (!changed) continue;
      expired++;
      await this.audit(LOOP_ACTOR, 'promotion-expire', changed, {});
      await this.notify(changed);
    }
    return expired;
  }

  private async checkDecision(
    run: StoredRun,
    decider: { actor: string; isUser: boolean },
  ) {
    if (!decider.isUser) {
      throw new NotAllowedError(
        'A promotion is a person’s decision; a service token cannot approve or reject one',
      );
    }
    const promotion = run.promotion;
    if (promotion?.state !== 'awaiting-approval') {
      throw new ConflictError(
        `Run ${run.id} awaits no approval (${
          promotion?.state ?? 'its gate has not passed'
        })`,
      );
    }
    if (promotion.expiresAt && Date.parse(promotion.expiresAt) < Date.now()) {
      await this.expireApprovals();
      throw new ConflictError(
        `The approval of run ${run.id} expired at ${promotion.expiresAt}`,
      );
    }
    if (this.options.settings.fourEyes && decider.actor === run.trigger.by) {
      throw new NotAllowedError(
        `${decider.actor} triggered run ${run.id}, so someone else must approve or reject its promotion (four eyes: aiops.governance.fourEyes)`,
      );
    }
  }

  private async promote(
    model: ModelInfo,
    run: StoredRun,
    from: Array<RunPromotion['state'] | null>,
    actor: string,
    decision: Pick<PromotionChange, 'decidedBy' | 'comment'>,
  ): Promise<StoredRun> {
    const { runs, profiles, profileStore, registry } = this.options;
    const version = run.validation?.challenger.version;
    const fail = (reason: string) =>
      this.change(run, from, actor, { state: 'failed', reason, ...decision });
    if (!version) {
      return fail(
        'The evaluation names no challenger version (challenger.version) to promote',
      );
    }
    const mlflow = model.entity.spec.registry;
    if (mlflow && !registry) {
      return fail(
        'The model is in MLflow but aiops.mlflow.baseUrl is not configured',
      );
    }
    const before = await profileStore.getReference(model.modelRef);
    const snapshot: ReferenceSnapshot | null = before
      ? {
          profile: before.profile,
          info: {
            source: before.info.source,
            modelVersion: before.info.modelVersion,
            windowFrom: before.info.windowFrom
              ? Date.parse(before.info.windowFrom)
              : null,
            windowTo: before.info.windowTo
              ? Date.parse(before.info.windowTo)
              : null,
            comparedFrom: before.info.comparedFrom
              ? Date.parse(before.info.comparedFrom)
              : null,
          },
        }
      : null;
    const promotedAt = Date.now();
    try {
      const trained = await runs.challengerReference(run.id);
      if (trained) {
        // the training data the pipeline reported: what the challenger learned from
        await profileStore.setReference(model.modelRef, JSON.parse(trained), {
          source: 'records',
          modelVersion: version,
          windowFrom: null,
          windowTo: null,
          comparedFrom: promotedAt,
        });
      } else {
        await profiles.setReference(
          model,
          {
            pinWindow: run.dataWindow,
            modelVersion: version,
          },
          { comparedFrom: promotedAt },
        );
      }
    } catch (error) {
      return fail(
        `The drift reference could not move to the training window: ${
          toError(error).message
        }`,
      );
    }
    let previous = (await championInForce(runs, model)) ?? run.modelVersion;
    if (mlflow) {
      try {
        previous =
          (await registry!.setChampion(mlflow.modelName, version)).previous ??
          previous;
      } catch (error) {
        if (snapshot) {
          await profileStore.setReference(
            model.modelRef,
            snapshot.profile,
            snapshot.info,
          );
        }
        return fail(
          `MLflow did not take the champion alias: ${toError(error).message}`,
        );
      }
    }
    const webhook = model.entity.spec.retraining?.promotion?.webhook;
    if (webhook) {
      try {
        await this.options.webhooks.send(webhook, {
          action: 'promote',
          runId: run.id,
          model: { entityRef: model.modelRef },
          version,
          previousVersion: previous ?? null,
          actor,
        });
      } catch (error) {
        // Undo what moved already: the alias, then the reference.
        if (mlflow && previous) {
          await registry!
            .restoreChampion(mlflow.modelName, previous)
            .catch(undo =>
              this.options.logger.error(
                `Could not point ${mlflow.modelName}'s champion back at ${previous} after the promotion webhook failed`,
                toError(undo),
              ),
            );
        }
        if (snapshot) {
          await profileStore.setReference(
            model.modelRef,
            snapshot.profile,
            snapshot.info,
          );
        }
        return fail(
          `The promotion webhook '${webhook}' did not take version ${version}: ${
            toError(error).message
          }`,
        );
      }
    }
    const where = [
      mlflow && `the champion of ${mlflow.modelName} in MLflow`,
      webhook && `delivered to the promotion webhook '${webhook}'`,
    ].filter(Boolean);
    const promoted = await this.change(run, from, actor, {
      state: 'promoted',
      reason: where.length
        ? `Version ${version} is ${where.join(
            ' and ',
          )}; the drift reference is its training window`
        : `Version ${version} is the champion (the model names no registry); the drift reference is its training window`,
      promotedAt,
      previousVersion: previous,
      previousReference: snapshot ? JSON.stringify(snapshot) : null,
      promotedVersion: version,
      ...decision,
    });
    await runs.supersede(
      promoted,
      `Superseded by version ${version} (run ${promoted.id})`,
    );
    await this.refresh(model);
    return promoted;
  }

  /** A compare-and-set of the run's promotion, audited; 409 when another change won. */
  private async change(
    run: StoredRun,
    from: Array<RunPromotion['state'] | null>,
    actor: string,
    change: PromotionChange,
  ): Promise<StoredRun> {
    const changed = await this.options.runs.promote(run.id, from, change);
    if (!changed) {
      throw new ConflictError(
        `The promotion of run ${run.id} changed meanwhile; read it again`,
      );
    }
    await this.audit(actor, `promotion-${change.state}`, changed, {
      reason: change.reason,
      version: changed.validation?.challenger.version ?? null,
      previousVersion: changed.promotion?.previousVersion ?? null,
      ...(change.comment !== undefined && { comment: change.comment }),
    });
    await this.notify(changed);
    return changed;
  }

  /** Tells the owner where the run's promotion stands now. */
  private async notify(run: StoredRun) {
    const promotion = run.promotion;
    if (!promotion) return;
    const name = modelName(run);
    const version = run.validation?.challenger.version ?? 'the challenger';
    // superseded and reinstated promotions follow another run's, which is notified
    const notices: Partial<Record<RunPromotion['state'], RunNotice>> = {
      'awaiting-approval': {
        title: `Model ${name}: version ${version} passed the gate and needs an approval`,
        description: `${promotion.reason}. Approve or reject it on the Retraining tab before ${promotion.expiresAt}.`,
        severity: 'high',
      },
      promoted: {
        title: `Model ${name}: version ${version} promoted to champion`,
        description: promotion.reason,
        severity: 'normal',
      },
      rejected: {
        title: `Model ${name}: version ${version} rejected`,
        description: `${promotion.reason}: ${promotion.comment ?? ''}`.trim(),
        severity: 'normal',
      },
      expired: {
        title: `Model ${name}: the approval of version ${version} expired`,
        description: promotion.reason,
        severity: 'normal',
      },
      failed: {
        title: `Model ${name}: the promotion of version ${version} failed`,
        description: `${promotion.reason}. The champion stays.`,
        severity: 'high',
      },
      'rolled-back': {
        title: `Model ${name}: version ${version} rolled back`,
        description: promotion.reason,
        severity: 'normal',
      },
    };
    const notice = notices[promotion.state];
    if (notice) await this.options.notifier.notify(run, notice);
  }

  private async audit(
    actor: string,
    action: string,
    run: StoredRun,
    details: Record<string, unknown>,
  ) {
    await recordRunStep(this.options, { actor, action, run, details });
  }

  /**
   * After the champion changed: asks the catalog to read the model again (its registry
   * aliases, for one) and re-evaluates its governance, now of the new champion.
   */
  private async refresh(model: ModelInfo) {
    const { catalog, auth, logger, governance } = this.options;
    await governance
      ?.reevaluate(model)
      .catch(error =>
        logger.warn(
          `Could not re-evaluate the governance of ${model.modelRef}`,
          toError(error),
        ),
      );
    try {
      await catalog.refreshEntity(model.modelRef, {
        credentials: await auth.getOwnServiceCredentials(),
      });
    } catch (error) {
      logger.warn(
        `Could not ask the catalog to refresh ${model.modelRef}`,
        toError(error),
      );
    }
  }
}
