import { DriftCheck, DriftStatus } from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { isoTime } from '../database/isoTime';
import { supportsRowLocks } from '../database/migrateDatabase';
import { StatusState } from './nextStatus';

const RESULTS = 'aiops_check_results';
const STATUS = 'aiops_model_status';

/** The model's current status row. */
export interface ModelStatusRow extends StatusState {
  modelRef: string;
  lastCheckedAt: string | null;
  changedAt: string | null;
  lastResultId: string | null;
}

/**
 * A stored result as the API carries it. Results stored before reference times became
 * ISO strings hold them as epoch ms; they are read as ISO, so history keeps one format;
 * those stored before `comparedFrom` existed read it as null.
 */
function resultOf(json: string): DriftCheck['result'] {
  const result = JSON.parse(json);
  const reference = result.reference;
  if (reference && typeof reference.updatedAt === 'number') {
    result.reference = {
      ...reference,
      windowFrom: isoTime(reference.windowFrom),
      windowTo: isoTime(reference.windowTo),
      updatedAt: isoTime(reference.updatedAt),
    };
  }
  // stored before promotions set one
  if (result.reference && result.reference.comparedFrom === undefined) {
    result.reference.comparedFrom = null;
  }
  return result;
}

function toCheck(row: any): DriftCheck {
  return {
    id: String(row.id),
    entityRef: row.model_ref,
    checkedAt: isoTime(row.checked_at)!,
    trigger: row.trigger,
    resultStatus: row.result_status,
    status: row.status,
    result: resultOf(row.result),
  };
}

function toStatus(row: any): ModelStatusRow {
  return {
    modelRef: row.model_ref,
    status: row.status,
    pendingStatus: row.pending_status ?? null,
    pendingCount: Number(row.pending_count),
    lastCheckedAt: isoTime(row.last_checked_at),
    changedAt: isoTime(row.changed_at),
    lastResultId:
      row.last_result_id === null ? null : String(row.last_result_id),
  };
}

/** Check history, current status per model and the check schedule. */
export class CheckStore {
  static create(options: { knex: Knex }) {
    return new CheckStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /** Adds schedule rows for models seen for the first time (due at once). */
  async ensureModels(modelRefs: string[], now: number) {
    for (let i = 0; i < modelRefs.length; i += 500) {
      const rows = modelRefs.slice(i, i + 500).map(model_ref => ({
        model_ref,
        status: 'no-data',
        pending_count: 0,
        next_run_at: now,
      }));
      if (rows.length)
        await this.knex(STATUS).insert(rows).onConflict('model_ref').ignore();
    }
  }

  /**
   * Claims the models whose check is due: a conditional update moves `next_run_at` on only
   * if nobody moved it since it was read, so across replicas each due run is claimed once.
   */
  async claimDue(
    now: number,
    intervalMs: (modelRef: string) => number,
    only: Set<string>,
  ): Promise<string[]> {
    const due = await this.knex(STATUS)
      .where('next_run_at', '<=', now)
      .select('model_ref', 'next_run_at');
    const claimed: string[] = [];
    for (const row of due) {
      if (!only.has(row.model_ref)) continue;
      const updated = await this.knex(STATUS)
        .where({ model_ref: row.model_ref, next_run_at: row.next_run_at })
        .update({ next_run_at: now + intervalMs(row.model_ref) });
      if (updated === 1) claimed.push(row.model_ref);
    }
    return claimed;
  }

  /**
   * Stores a check and the model's new status in one transaction; `decide` gets the
   * previous state (row-locked on PostgreSQL) and returns the next one.
   */
  async saveCheck(options: {
    modelRef: string;
    checkedAt: number;
    trigger: 'schedule' | 'manual';
    resultStatus: DriftStatus;
    result: DriftCheck['result'];
    decide: (previous: StatusState | undefined) => StatusState;
  }): Promise<{ check: DriftCheck; previous: DriftStatus }> {
    const { modelRef, checkedAt } = options;
    return this.knex.transaction(async trx => {
      await trx(STATUS)
        .insert({
          model_ref: modelRef,
          status: 'no-data',
          pending_count: 0,
          next_run_at: checkedAt,
        })
        .onConflict('model_ref')
        .ignore();
      let select = trx(STATUS).where({ model_ref: modelRef }).first();
      if (supportsRowLocks(this.knex)) select = select.forUpdate();
      const row = await select;
      const hasChecked = row.last_checked_at !== null;
      const previous = hasChecked ? toStatus(row) : undefined;
      const next = options.decide(previous);
      const [inserted] = await trx(RESULTS)
        .insert({
          model_ref: modelRef,
          checked_at: checkedAt,
          trigger: options.trigger,
          result_status: options.resultStatus,
          status: next.status,
          result: JSON.stringify(options.result),
        })
        .returning('id');
      const id = typeof inserted === 'object' ? inserted.id : inserted;
      const changed = !previous || previous.status !== next.status;
      await trx(STATUS)
        .where({ model_ref: modelRef })
        .update({
          status: next.status,
          pending_status: next.pendingStatus,
          pending_count: next.pendingCount,
          last_checked_at: checkedAt,
          last_result_id: id,
          cost_per_thousand_usd:
            options.result.cost?.current.perThousandUsd ?? null,
          cost_regression: options.result.cost
            ? options.result.cost.regression
            : null,
          ...(changed ? { changed_at: checkedAt } : {}),
        });
      const stored = await trx(RESULTS).where({ id }).first();
      return { check: toCheck(stored), previous: row.status as DriftStatus };
    });
  }

  /** Current status of the model, if it was ever scheduled or checked. */
  async getStatus(modelRef: string): Promise<ModelStatusRow | undefined> {
    const row = await this.knex(STATUS).where({ model_ref: modelRef }).first();
    return row ? toStatus(row) : undefined;
  }

  /** Statuses of many models (unknown ones are absent). */
  async getStatuses(modelRefs: string[]): Promise<Map<string, DriftStatus>> {
    const statuses = new Map<string, DriftStatus>();
    for (let i = 0; i < modelRefs.length; i += 500) {
      const rows = await this.knex(STATUS)
        .whereIn('model_ref', modelRefs.slice(i, i + 500))
        .select('model_ref', 'status');
      for (const row of rows) statuses.set(row.model_ref, row.status);
    }
    return statuses;
  }

  /** The latest check's cost per 1,000 requests of many models (those without costs are absent). */
  async getCosts(
    modelRefs: string[],
  ): Promise<Map<string, { perThousandUsd: number; regression: boolean }>> {
    const costs = new Map<
      string,
      { perThousandUsd: number; regression: boolean }
    >();
    for (let i = 0; i < modelRefs.length; i += 500) {
      const rows = await this.knex(STATUS)
        .whereIn('model_ref', modelRefs.slice(i, i + 500))
        .whereNotNull('cost_per_thousand_usd')
        .select('model_ref', 'cost_per_thousand_usd', 'cost_regression');
      for (const row of rows) {
        costs.set(row.model_ref, {
          perThousandUsd: Number(row.cost_per_thousand_usd),
          regression: Boolean(row.cost_regression),
        });
      }
    }
    return costs;
  }

  /** A stored check by id. */
  async getCheck(id: string): Promise<DriftCheck | undefined> {
    const row = await this.knex(RESULTS).where({ id }).first();
    return row ? toCheck(row) : undefined;
  }

  /** The model's latest checks, newest first. */
  async history(modelRef: string, limit: number): Promise<DriftCheck[]> {
    const rows = await this.knex(RESULTS)
      .where({ model_ref: modelRef })
      .orderBy([
        { column: 'checked_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(toCheck);
  }

  /** Deletes check results older than the cutoff (the current status stays). */
  async pruneResults(olderThan: number): Promise<number> {
    return this.knex(RESULTS).where('checked_at', '<', olderThan).delete();
  }
}
