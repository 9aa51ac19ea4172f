import { Approval, approvalState } from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { isoTime } from '../database/isoTime';

const TABLE = 'aiops_approvals';

function toApproval(row: any, now: string): Approval {
  const approval = {
    id: String(row.id),
    entityRef: row.entity_ref,
    modelVersion: row.model_version,
    decision: row.decision,
    approver: row.approver,
    comment: row.comment,
    decidedAt: isoTime(row.decided_at)!,
    expiresAt: isoTime(row.expires_at)!,
  };
  return { ...approval, state: approvalState(approval, now) };
}

/** People's decisions on model versions, valid until they expire. */
export class ApprovalStore {
  static create(options: { knex: Knex }) {
    return new ApprovalStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /** Stores a decision inside `trx`. */
  async record(
    trx: Knex.Transaction,
    approval: {
      entityRef: string;
      modelVersion: string;
      decision: 'approved' | 'rejected';
      approver: string;
      comment: string;
      decidedAt: number;
      expiresAt: number;
    },
  ): Promise<Approval> {
    const [inserted] = await trx(TABLE)
      .insert({
        entity_ref: approval.entityRef,
        model_version: approval.modelVersion,
        decision: approval.decision,
        approver: approval.approver,
        comment: approval.comment,
        decided_at: approval.decidedAt,
        expires_at: approval.expiresAt,
      })
      .returning('id');
    const id = typeof inserted === 'object' ? inserted.id : inserted;
    const row = await trx(TABLE).where({ id }).first();
    return toApproval(row, new Date(approval.decidedAt).toISOString());
  }

  /** The model's decisions, newest first (of one version with `modelVersion`), as they stand at `now`. */
  async list(
    entityRef: string,
    now: number,
    modelVersion?: string,
  ): Promise<Approval[]> {
    let query = this.knex(TABLE).where({ entity_ref: entityRef });
    if (modelVersion !== undefined) {
      query = query.andWhere({ model_version: modelVersion });
    }
    const rows = await query.orderBy([
      { column: 'decided_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);
    const at = new Date(now).toISOString();
    return rows.map(row => toApproval(row, at));
  }
}
