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

const IN_FLIGHT: RunState[] = ['queued', 'running'];

/** One retraining run as stored. */
export interface RetrainingRun {
  id: string;
  entityRef: string;
  pipelineRef: string;
  episodeKey: string | null;
  state: RunState;
  trigger: { kind: 'drift' | 'manual'; by: string; reason: string };
  runner: string | null;
  externalId: string | null;
  externalUrl: string | null;
  stateReason: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  reportedAt: string;
}

function toRun(row: any): RetrainingRun {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    pipelineRef: row.pipeline_ref,
    episodeKey: row.episode_key ?? null,
    state: row.state,
    trigger: {
      kind: row.trigger_kind,
      by: row.triggered_by,
      reason: row.trigger_reason,
    },
    runner: row.runner ?? null,
    externalId: row.external_id ?? null,
    externalUrl: row.external_url ?? null,
    stateReason: row.state_reason ?? null,
    createdAt: isoTime(row.created_at)!,
    startedAt: isoTime(row.started_at),
    finishedAt: isoTime(row.finished_at),
    reportedAt: isoTime(row.reported_at)!,
  };
}

/** What a new run is created from. */
export interface NewRun {
  entityRef: string;
  pipelineRef: string;
  trigger: RetrainingRun['trigger'];
  /** Epoch ms. */
  now: number;
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
  ): Promise<RetrainingRun | null> {
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
  ): Promise<RetrainingRun> {
    const id = randomUUID();
    await trx(TABLE).insert(this.row(id, run, null));
    return (await this.get(id, trx))!;
  }

  async get(
    id: string,
    trx: Knex | Knex.Transaction = this.knex,
  ): Promise<RetrainingRun | undefined> {
    const row = await trx(TABLE).where({ id }).first();
    return row ? toRun(row) : undefined;
  }

  /** A model's runs, newest first. */
  async list(entityRef: string, limit = 50): Promise<RetrainingRun[]> {
    const rows = await this.knex(TABLE)
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(toRun);
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
    change: {
      now: number;
      reason?: string;
      runner?: string;
      externalId?: string;
      externalUrl?: string;
    },
    trx: Knex | Knex.Transaction = this.knex,
  ): Promise<RetrainingRun | null> {
    const final = !IN_FLIGHT.includes(to);
    const updated = await trx(TABLE)
      .where({ id })
      .whereIn('state', from)
      .update({
        state: to,
        reported_at: change.now,
        ...(change.reason !== undefined && { state_reason: change.reason }),
        ...(change.runner !== undefined && { runner: change.runner }),
        ...(change.externalId !== undefined && {
          external_id: change.externalId,
        }),
        ...(change.externalUrl !== undefined && {
          external_url: change.externalUrl,
        }),
        ...(to === 'running' && {
          started_at: trx.raw('coalesce(started_at, ?)', [change.now]),
        }),
        ...(final && { finished_at: change.now }),
      });
    return updated ? (await this.get(id, trx))! : null;
  }

  /** Runs in flight with no news since `silentSince` (epoch ms), oldest first. */
  async silent(silentSince: number): Promise<RetrainingRun[]> {
    const rows = await this.knex(TABLE)
      .whereIn('state', IN_FLIGHT)
      .where('reported_at', '<', silentSince)
      .orderBy('reported_at');
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
      created_at: run.now,
      reported_at: run.now,
    };
  }
}
