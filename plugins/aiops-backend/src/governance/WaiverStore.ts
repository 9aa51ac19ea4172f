import { Waiver, waiverState } from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { isoTime } from '../database/isoTime';

const TABLE = 'aiops_waivers';

function toWaiver(row: any, now: string): Waiver {
  const waiver = {
    id: String(row.id),
    entityRef: row.entity_ref,
    checkId: row.check_id,
    reason: row.reason,
    requestedBy: row.requested_by,
    requestedAt: isoTime(row.requested_at)!,
    approvedBy: row.approved_by ?? null,
    approvedAt: isoTime(row.approved_at),
    expiresAt: isoTime(row.expires_at)!,
    revokedBy: row.revoked_by ?? null,
    revokedAt: isoTime(row.revoked_at),
  };
  return { ...waiver, state: waiverState(waiver, now) };
}

/** Waivers of governance checks; their state follows from their times. */
export class WaiverStore {
  static create(options: { knex: Knex }) {
    return new WaiverStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /** Stores a requested waiver inside `trx`. */
  async request(
    trx: Knex.Transaction,
    waiver: {
      entityRef: string;
      checkId: string;
      reason: string;
      requestedBy: string;
      requestedAt: number;
      expiresAt: number;
    },
  ): Promise<Waiver> {
    const [inserted] = await trx(TABLE)
      .insert({
        entity_ref: waiver.entityRef,
        check_id: waiver.checkId,
        reason: waiver.reason,
        requested_by: waiver.requestedBy,
        requested_at: waiver.requestedAt,
        expires_at: waiver.expiresAt,
      })
      .returning('id');
    const id = typeof inserted === 'object' ? inserted.id : inserted;
    return (await this.get(id, waiver.requestedAt, trx))!;
  }

  /** A waiver of the model by id, as it stands at `now`. */
  async get(
    id: string | number,
    now: number,
    trx: Knex | Knex.Transaction = this.knex,
  ): Promise<Waiver | undefined> {
    if (!/^\d+$/.test(String(id))) return undefined;
    const row = await trx(TABLE).where({ id }).first();
    return row ? toWaiver(row, new Date(now).toISOString()) : undefined;
  }

  /** Marks a waiver approved or revoked inside `trx`. */
  async update(
    trx: Knex.Transaction,
    id: string,
    change:
      | { approvedBy: string; approvedAt: number }
      | { revokedBy: string; revokedAt: number },
  ): Promise<Waiver> {
    await trx(TABLE)
      .where({ id })
      .update(
        'approvedBy' in change
          ? { approved_by: change.approvedBy, approved_at: change.approvedAt }
          : { revoked_by: change.revokedBy, revoked_at: change.revokedAt },
      );
    const at = 'approvedAt' in change ? change.approvedAt : change.revokedAt;
    return (await this.get(id, at, trx))!;
  }

  /** The model's waivers, newest first, as they stand at `now`. */
  async list(entityRef: string, now: number): Promise<Waiver[]> {
    const rows = await this.knex(TABLE)
      .where({ entity_ref: entityRef })
      .orderBy('id', 'desc');
    const at = new Date(now).toISOString();
    return rows.map(row => toWaiver(row, at));
  }
}
