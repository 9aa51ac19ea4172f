import {
  RetrainingRun,
  RunPromotion,
  RunValidation,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { isoTime } from '../database/isoTime';

const TABLE = 'aiops_retraining_runs';

/** Where a run stands; the last four are final. */
export const RUN_STATES = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'timed-out',
  'cancelled',
] as const;
export type RunState = (typeof RUN_STATES)[number];

/** States of a run not finished yet. */
export const IN_FLIGHT: RunState[] = ['queued', 'running'];

/** One retraining run as stored: the API's shape, plus the drift episode it answers. */
export interface StoredRun extends RetrainingRun {
  episodeKey: string | null;
  reportedAt: string;
}

function toRun(row: any): StoredRun {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    pipelineRef: row.pipeline_ref,
    episodeKey: row.episode_key ?? null,
    state: row.state,
    stateReason: row.state_reason ?? null,
    trigger: {
      kind: row.trigger_kind,
      by: row.triggered_by,
      reason: row.trigger_reason,
    },
    runner: row.runner ?? '',
    target: row.target ?? '',
    externalId: row.external_id ?? null,
    externalUrl: row.external_url ?? null,
    logUrl: row.log_url ?? null,
    logs: row.logs ?? null,
    modelVersion: row.model_version ?? null,
    dataWindow: {
      from: isoTime(row.data_from ?? row.created_at)!,
      to: isoTime(row.data_to ?? row.created_at)!,
    },
    createdAt: isoTime(row.created_at)!,
    startedAt: isoTime(row.started_at),
    finishedAt: isoTime(row.finished_at),
    deadline: isoTime(row.deadline_at ?? row.created_at)!,
    decision: row.decision ?? null,
    validation: row.validation ? JSON.parse(row.validation) : null,
    promotion: row.promotion
      ? {
          state: row.promotion,
          reason: row.promotion_reason ?? '',
          decidedBy: row.decided_by ?? null,
          comment: row.decision_comment ?? null,
          expiresAt: isoTime(row.approval_expires_at),
          promotedAt: isoTime(row.promoted_at),
          previousVersion: row.previous_version ?? null,
        }
      : null,
    promotedVersion: row.promoted_version ?? null,
    reportedAt: isoTime(row.reported_at)!,
  };
}

/** What a new run is created from. */
export interface NewRun {
  entityRef: string;
  pipelineRef: string;
  trigger: RetrainingRun['trigger'];
  runner: string;
  target: string;
  modelVersion?: string;
  /** Epoch ms. */
  dataWindow: { from: number; to: number };
  /** Epoch ms. */
  deadline: number;
  /** Epoch ms. */
  now: number;
}

/** A change of a run's promotion. */
export interface PromotionChange {
  state: RunPromotion['state'];
  reason: string;
  decidedBy?: string;
  comment?: string;
  /** Epoch ms. */
  expiresAt?: number;
  /** Epoch ms. */
  promotedAt?: number;
  previousVersion?: string | null;
  /** The drift reference the promotion replaced, as JSON. */
  previousReference?: string | null;
  promotedVersion?: string | null;
}

/** What a state change may also record. */
export interface RunChange {
  /** Epoch ms. */
  now: number;
  reason?: string;
  externalId?: string;
  externalUrl?: string;
  logUrl?: string;
  logs?: string;
}

/**
 * Retraining runs in the database. Claims and state changes are conditional writes, so
 * several replicas sharing one database never start a drift episode twice or move a run
 * out of a state another replica already left.
 */
export class RetrainingRunStore {
  static create(options: { knex: Knex }) {
    return new RetrainingRunStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /**
   * Creates the run of a drift episode, unless one exists: the unique (model, episode)
   * key decides between replicas. Answers the new run, or null when the episode already
   * has one.
   */
  async claimEpisode(
    run: NewRun & { episodeKey: string },
    trx: Knex | Knex.Transaction = this.knex,
  ): Promise<StoredRun | null> {
    const id = randomUUID();
    await trx(TABLE)
      .insert(this.row(id, run, run.episodeKey))
      .onConflict(['entity_ref', 'episode_key'])
      .ignore();
    const stored = await trx(TABLE)
      .where({ entity_ref: run.entityRef, episode_key: run.episodeKey })
      .first();
    return stored && stored.id === id ? toRun(stored) : null;
  }

  /** Creates a run a person or an agent asked for (no episode). */
  async create(
    run: NewRun,
    trx: Knex | Knex.Transaction = this.knex,
  ): Promise<StoredRun> {
    const id = randomUUID();
    await trx(TABLE).insert(this.row(id, run, null));
    return (await this.get(id, trx))!;
  }

  async get(
    id: string,
    trx: Knex | Knex.Transaction = this.knex,
  ): Promise<StoredRun | undefined> {
    const row = await trx(TABLE).where({ id }).first();
    return row ? toRun(row) : undefined;
  }

  /** A model's runs, newest first. */
  async list(entityRef: string, limit = 50): Promise<StoredRun[]> {
    const rows = await this.knex(TABLE)
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(row => ({ ...toRun(row), logs: null }));
  }

  /** A pipeline's runs across the models it trains, newest first. */
  async listByPipeline(pipelineRef: string, limit = 50): Promise<StoredRun[]> {
    const rows = await this.knex(TABLE)
      .where({ pipeline_ref: pipelineRef })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(row => ({ ...toRun(row), logs: null }));
  }

  /**
   * Models with a run in flight or a challenger awaiting approval (the latter first: it
   * waits for a person). Reads only those runs, so its cost follows the loop's activity,
   * not the fleet's size.
   */
  async activeModels(): Promise<
    Map<string, 'in-flight' | 'awaiting-approval'>
  > {
    const rows: Array<{
      entity_ref: string;
      state: string;
      promotion: string;
    }> = await this.knex(TABLE)
      .whereIn('state', IN_FLIGHT)
      .orWhere({ promotion: 'awaiting-approval' })
      .select('entity_ref', 'state', 'promotion');
    const active = new Map<string, 'in-flight' | 'awaiting-approval'>();
    for (const row of rows) {
      if (row.promotion === 'awaiting-approval') {
        active.set(row.entity_ref, 'awaiting-approval');
      } else if (!active.has(row.entity_ref)) {
        active.set(row.entity_ref, 'in-flight');
      }
    }
    return active;
  }

  /** Runs of a pipeline queued or running. */
  async inFlight(pipelineRef: string): Promise<number> {
    const [{ count }] = await this.knex(TABLE)
      .where({ pipeline_ref: pipelineRef })
      .whereIn('state', IN_FLIGHT)
      .count({ count: '*' });
    return Number(count);
  }

  /** When the model's latest run was created, if any. */
  async lastCreatedAt(entityRef: string): Promise<string | null> {
    const row = await this.knex(TABLE)
      .where({ entity_ref: entityRef })
      .max({ at: 'created_at' })
      .first();
    return isoTime(row?.at ?? null);
  }

  /**
   * Moves a run from one of `from` to `to` (a compare-and-set): answers the run as
   * changed, or null when it was no longer in one of `from`.
   */
  async transition(
    id: string,
    from: RunState[],
    to: RunState,
    change: RunChange,
    trx: Knex | Knex.Transaction = this.knex,
  ): Promise<StoredRun | null> {
    const final = !IN_FLIGHT.includes(to);
    const updated = await trx(TABLE)
      .where({ id })
      .whereIn('state', from)
      .update({
        state: to,
        reported_at: change.now,
        ...(change.reason !== undefined && { state_reason: change.reason }),
        ...(change.externalId !== undefined && {
          external_id: change.externalId,
        }),
        ...(change.externalUrl !== undefined && {
          external_url: change.externalUrl,
        }),
        ...(change.logUrl !== undefined && { log_url: change.logUrl }),
        ...(change.logs !== undefined && { logs: change.logs }),
        ...(to === 'running' && {
          started_at: trx.raw('coalesce(started_at, ?)', [change.now]),
        }),
        ...(final && { finished_at: change.now }),
      });
    return updated ? (await this.get(id, trx))! : null;
  }

  /** Runs ended since `since` (epoch ms) that an external run stands behind. */
  async endedSince(since: number, limit = 100): Promise<StoredRun[]> {
    const rows = await this.knex(TABLE)
      .whereNotIn('state', IN_FLIGHT)
      .where('finished_at', '>=', since)
      .whereNotNull('external_id')
      .orderBy('finished_at')
      .limit(limit);
    return rows.map(toRun);
  }

  /** Replaces a run's captured output, whatever its state. */
  async setLogs(id: string, logs: string): Promise<void> {
    await this.knex(TABLE).where({ id }).update({ logs });
  }

  /** Every run in flight, oldest first, up to `limit`. */
  async allInFlight(limit = 500): Promise<StoredRun[]> {
    const rows = await this.knex(TABLE)
      .whereIn('state', IN_FLIGHT)
      .orderBy('created_at')
      .limit(limit);
    return rows.map(toRun);
  }

  /**
   * Records the validation gate's decision, once: answers the run, or null when it has
   * a decision already (another report won).
   */
  async decide(
    id: string,
    validation: RunValidation,
    /** The challenger's training data folded into a profile, as JSON, if reported. */
    challengerReference: string | null = null,
    trx: Knex | Knex.Transaction = this.knex,
  ): Promise<StoredRun | null> {
    const updated = await trx(TABLE)
      .where({ id })
      .whereNull('decision')
      .update({
        decision: validation.decision,
        validation: JSON.stringify(validation),
        challenger_reference: challengerReference,
      });
    return updated ? (await this.get(id, trx))! : null;
  }

  /**
   * Moves a run's promotion from one of `from` (null: none yet) to `change.state`, a
   * compare-and-set: answers the run as changed, or null when another change won.
   */
  async promote(
    id: string,
    from: Array<RunPromotion['state'] | null>,
    change: PromotionChange,
  ): Promise<StoredRun | null> {
    const states = from.filter((s): s is RunPromotion['state'] => s !== null);
    const updated = await this.knex(TABLE)
      .where({ id })
      .where(q => {
        if (states.length) q.whereIn('promotion', states);
        if (from.includes(null)) q.orWhereNull('promotion');
      })
      .update({
        promotion: change.state,
        promotion_reason: change.reason,
        ...(change.decidedBy !== undefined && { decided_by: change.decidedBy }),
        ...(change.comment !== undefined && {
          decision_comment: change.comment,
        }),
        ...(change.expiresAt !== undefined && {
          approval_expires_at: change.expiresAt,
        }),
        ...(change.promotedAt !== undefined && {
          promoted_at: change.promotedAt,
        }),
        ...(change.previousVersion !== undefined && {
          previous_version: change.previousVersion,
        }),
        ...(change.previousReference !== undefined && {
          previous_reference: change.previousReference,
        }),
        ...(change.promotedVersion !== undefined && {
          promoted_version: change.promotedVersion,
        }),
      });
    return updated ? (await this.get(id))! : null;
  }

  /** The model's latest promotion still in force, if any. */
  async latestPromoted(entityRef: string): Promise<StoredRun | undefined> {
    const row = await this.knex(TABLE)
      .where({ entity_ref: entityRef, promotion: 'promoted' })
      .orderBy([
        { column: 'promoted_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first();
    return row ? toRun(row) : undefined;
  }

  /**
   * Marks the model's other promotions in force as superseded by `run`'s: one run of a
   * model is the promoted one, the champion in force.
   */
  async supersede(run: StoredRun, reason: string): Promise<void> {
    await this.knex(TABLE)
      .where({ entity_ref: run.entityRef, promotion: 'promoted' })
      .whereNot({ id: run.id })
      .update({ promotion: 'superseded', promotion_reason: reason });
  }

  /**
   * After `run`'s promotion was rolled back: the latest superseded promotion of the
   * version it replaced is the champion in force again. Answers that run, if any.
   */
  async reinstate(
    run: StoredRun,
    reason: string,
  ): Promise<StoredRun | undefined> {
    const version = run.promotion?.previousVersion;
    if (!version) return undefined;
    const row = await this.knex(TABLE)
      .where({
        entity_ref: run.entityRef,
        promotion: 'superseded',
        promoted_version: version,
      })
      .orderBy([
        { column: 'promoted_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first('id');
    if (!row) return undefined;
    return (
      (await this.promote(row.id, ['superseded'], {
        state: 'promoted',
        reason,
      })) ?? undefined
    );
  }

  /** The challenger's training data profile (JSON) its evaluation reported, if any. */
  async challengerReference(id: string): Promise<string | null> {
    const row = await this.knex(TABLE)
      .where({ id })
      .first('challenger_reference');
    return row?.challenger_reference ?? null;
  }

  /** The drift reference a promotion replaced (JSON), if it kept one. */
  async previousReference(id: string): Promise<string | null> {
    const row = await this.knex(TABLE)
      .where({ id })
      .first('previous_reference');
    return row?.previous_reference ?? null;
  }

  /** The model's run whose challenger waits for a person's decision, if any. */
  async awaitingApproval(entityRef: string): Promise<StoredRun | undefined> {
    const row = await this.knex(TABLE)
      .where({ entity_ref: entityRef, promotion: 'awaiting-approval' })
      .orderBy('id')
      .first();
    return row ? toRun(row) : undefined;
  }

  /** Runs awaiting approval past their expiry (epoch ms). */
  async expiredApprovals(now: number): Promise<StoredRun[]> {
    const rows = await this.knex(TABLE)
      .where({ promotion: 'awaiting-approval' })
      .where('approval_expires_at', '<', now);
    return rows.map(toRun);
  }

  private row(id: string, run: NewRun, episodeKey: string | null) {
    return {
      id,
      entity_ref: run.entityRef,
      pipeline_ref: run.pipelineRef,
      episode_key: episodeKey,
      state: 'queued',
      trigger_kind: run.trigger.kind,
      triggered_by: run.trigger.by,
      trigger_reason: run.trigger.reason,
      runner: run.runner,
      target: run.target,
      model_version: run.modelVersion ?? null,
      data_from: run.dataWindow.from,
      data_to: run.dataWindow.to,
      deadline_at: run.deadline,
      created_at: run.now,
      reported_at: run.now,
    };
  }
}
