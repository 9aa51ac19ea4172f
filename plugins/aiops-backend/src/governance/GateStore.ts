import {
  GateCheck,
  GateEvidence,
  GateRecord,
  GovernanceStatus,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { isoTime } from '../database/isoTime';

const TABLE = 'aiops_gate_records';

function toRecord(row: any): GateRecord {
  return {
    id: String(row.id),
    entityRef: row.entity_ref,
    modelVersion: row.model_version,
    commitSha: row.commit_sha ?? null,
    runUrl: row.run_url ?? null,
    decision: row.decision,
    status: row.status,
    score: Number(row.score),
    actor: row.actor,
    recordedAt: isoTime(row.recorded_at)!,
    evidence: JSON.parse(row.evidence),
    checks: JSON.parse(row.checks),
  };
}

/** CI gate calls with their evidence and decision, per model and version. */
export class GateStore {
  static create(options: { knex: Knex }) {
    return new GateStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /** Stores a gate call inside `trx` (with its audit entry); returns the stored record. */
  async record(
    trx: Knex.Transaction,
    gate: {
      entityRef: string;
      modelVersion: string;
      commitSha?: string;
      runUrl?: string;
      decision: 'pass' | 'fail';
      status: GovernanceStatus;
      score: number;
      actor: string;
      recordedAt: number;
      evidence: GateEvidence;
      checks: GateCheck[];
    },
  ): Promise<GateRecord> {
    const [inserted] = await trx(TABLE)
      .insert({
        entity_ref: gate.entityRef,
        model_version: gate.modelVersion,
        commit_sha: gate.commitSha ?? null,
        run_url: gate.runUrl ?? null,
        decision: gate.decision,
        status: gate.status,
        score: gate.score,
        actor: gate.actor,
        recorded_at: gate.recordedAt,
        evidence: JSON.stringify(gate.evidence),
        checks: JSON.stringify(gate.checks),
      })
      .returning('id');
    const id = typeof inserted === 'object' ? inserted.id : inserted;
    return toRecord(await trx(TABLE).where({ id }).first());
  }

  /** The latest recorded gate call for the model version, if any. */
  async latestFor(
    entityRef: string,
    modelVersion: string,
  ): Promise<GateRecord | undefined> {
    const row = await this.knex(TABLE)
      .where({ entity_ref: entityRef, model_version: modelVersion })
      .orderBy([
        { column: 'recorded_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first();
    return row ? toRecord(row) : undefined;
  }

  /** The model's latest gate call, of a passing one with `passed`. */
  async latest(
    entityRef: string,
    options: { passed?: boolean } = {},
  ): Promise<GateRecord | undefined> {
    let query = this.knex(TABLE).where({ entity_ref: entityRef });
    if (options.passed) query = query.andWhere({ decision: 'pass' });
    const row = await query
      .orderBy([
        { column: 'recorded_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first();
    return row ? toRecord(row) : undefined;
  }

  /** The model's gate calls, newest first. */
  async list(entityRef: string, limit: number): Promise<GateRecord[]> {
    const rows = await this.knex(TABLE)
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'recorded_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(toRecord);
  }
}
