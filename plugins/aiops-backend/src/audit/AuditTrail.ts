import {
  AuditChainVerifier,
  AuditEntry,
  AuditVerification,
  auditEntryHash,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { supportsRowLocks } from '../database/migrateDatabase';
import { sha256Hex } from './sha256Hex';

const LOG = 'aiops_audit_log';
const HEAD = 'aiops_audit_head';
/** Entries read per query when streaming the trail. */
const PAGE = 5000;

/** What an entry records: who did what to which model. */
export interface AuditRecord {
  actor: string;
  action: string;
  entityRef: string | null;
  details: Record<string, unknown>;
}

/** Which entries to read: one model's, and a time range. */
export interface AuditFilter {
  entityRef?: string;
  from?: string;
  to?: string;
}

function toEntry(row: any): AuditEntry {
  return {
    sequence: Number(row.sequence),
    time: row.time,
    actor: row.actor,
    action: row.action,
    entityRef: row.entity_ref ?? null,
    details: JSON.parse(row.details),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * The append-only, hash-chained audit trail. Appends are serialized in the database: each
 * locks the head row (PostgreSQL; SQLite serializes writers), so concurrent writers on
 * several replicas still make one chain. Retention cuts old entries but keeps the hash at
 * the cut, from which verification continues.
 */
export class AuditTrail {
  static create(options: { knex: Knex }) {
    return new AuditTrail(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /** Appends one entry, inside `trx` when given (with the change it records), else in its own transaction. */
  async append(
    record: AuditRecord,
    trx?: Knex.Transaction,
  ): Promise<AuditEntry> {
    const append = async (t: Knex.Transaction) => {
      let select = t(HEAD).where({ id: 1 }).first('sequence', 'hash');
      if (supportsRowLocks(this.knex)) select = select.forUpdate();
      const head = await select;
      const unhashed = {
        sequence: Number(head.sequence) + 1,
        time: new Date().toISOString(),
        actor: record.actor,
        action: record.action,
        entityRef: record.entityRef,
        details: record.details,
        prevHash: head.hash as string,
      };
      const entry = { ...unhashed, hash: auditEntryHash(unhashed, sha256Hex) };
      await t(LOG).insert({
        sequence: entry.sequence,
        time: entry.time,
        actor: entry.actor,
        action: entry.action,
        entity_ref: entry.entityRef,
        details: JSON.stringify(entry.details),
        prev_hash: entry.prevHash,
        hash: entry.hash,
      });
      await t(HEAD)
        .where({ id: 1 })
        .update({ sequence: entry.sequence, hash: entry.hash });
      return entry;
    };
    return trx ? append(trx) : this.knex.transaction(append);
  }

  private filtered(filter: AuditFilter) {
    let query = this.knex(LOG);
    if (filter.entityRef) query = query.where({ entity_ref: filter.entityRef });
    if (filter.from) query = query.andWhere('time', '>=', filter.from);
    if (filter.to) query = query.andWhere('time', '<', filter.to);
    return query;
  }

  /** Up to `limit` entries after sequence `after`, oldest first, and whether more follow. */
  async page(
    filter: AuditFilter,
    after: number,
    limit: number,
  ): Promise<{ items: AuditEntry[]; more: boolean }> {
    const rows = await this.filtered(filter)
      .andWhere('sequence', '>', after)
      .orderBy('sequence')
      .limit(limit + 1);
    return {
      items: rows.slice(0, limit).map(toEntry),
      more: rows.length > limit,
    };
  }

  /** Every entry of the filter, oldest first, read a page at a time. */
  async *entries(filter: AuditFilter = {}): AsyncGenerator<AuditEntry> {
    let after = 0;
    for (;;) {
      const { items, more } = await this.page(filter, after, PAGE);
      yield* items;
      if (!more) return;
      after = items[items.length - 1].sequence;
    }
  }

  /** The model's latest entries, newest first. */
  async latest(entityRef: string, limit: number): Promise<AuditEntry[]> {
    const rows = await this.knex(LOG)
      .where({ entity_ref: entityRef })
      .orderBy('sequence', 'desc')
      .limit(limit);
    return rows.map(toEntry);
  }

  /** Recomputes the whole chain, from the retention checkpoint if there is one. */
  async verify(): Promise<AuditVerification> {
    const head = await this.knex(HEAD)
      .where({ id: 1 })
      .first('start_sequence', 'start_hash');
    const verifier = new AuditChainVerifier(sha256Hex, {
      sequence: Number(head.start_sequence),
      hash: head.start_hash,
    });
    for await (const entry of this.entries()) {
      if (!verifier.verify(entry)) break;
    }
    return verifier.result();
  }

  /**
   * Deletes entries older than `before` (ISO), keeping the hash at the cut so the rest
   * still verifies, and records the cut as an entry of its own. Returns how many went.
   */
  async prune(before: string, actor: string): Promise<number> {
    return this.knex.transaction(async trx => {
      let select = trx(HEAD).where({ id: 1 }).first();
      if (supportsRowLocks(this.knex)) select = select.forUpdate();
      await select;
      const last = await trx(LOG)
        .where('time', '<', before)
        .orderBy('sequence', 'desc')
        .first('sequence', 'hash');
      if (!last) return 0;
      const pruned = await trx(LOG)
        .where('sequence', '<=', last.sequence)
        .delete();
      await trx(HEAD)
        .where({ id: 1 })
        .update({ start_sequence: last.sequence, start_hash: last.hash });
      await this.append(
        {
          actor,
          action: 'audit-checkpoint',
          entityRef: null,
          details: {
            cutBefore: before,
            lastCutSequence: Number(last.sequence),
            lastCutHash: last.hash,
            pruned,
          },
        },
        trx,
      );
      return pruned;
    });
  }
}
