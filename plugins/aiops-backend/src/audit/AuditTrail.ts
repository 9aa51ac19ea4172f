import {
  AuditChainVerifier,
  AuditEntry,
  AuditVerification,
  auditEntryHash,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { availableParallelism } from 'node:os';
import { supportsRowLocks } from '../database/migrateDatabase';
import { AuditHashPool, StoredAuditRow } from './AuditHashPool';
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

/** A stored row with its hash, details left as the JSON text they were written as. */
type StoredEntry = StoredAuditRow & { hash: string };

function toStored(row: any): StoredEntry {
  return {
    sequence: Number(row.sequence),
    time: row.time,
    actor: row.actor,
    action: row.action,
    entityRef: row.entity_ref ?? null,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Details that are not JSON (a row edited by hand): kept as text, so the entry fails verification. */
function detailsOf(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text);
  } catch {
    return { unparsableDetails: text };
  }
}

function toEntry(row: any): AuditEntry {
  return { ...toStored(row), details: detailsOf(row.details) };
}

/** The row's content hash, on this thread; null when its details are not JSON. */
function hashHere(row: StoredEntry): string | null {
  try {
    return auditEntryHash(
      { ...row, details: JSON.parse(row.details) },
      sha256Hex,
    );
  } catch {
    return null;
  }
}

/**
 * The append-only, hash-chained audit trail. Appends are serialized in the database: each
 * locks the head row (PostgreSQL; SQLite serializes writers), so concurrent writers on
 * several replicas still make one chain. Retention cuts old entries but keeps the hash at
 * the cut, from which verification continues.
 */
export class AuditTrail {
  /**
   * `verifyThreads`: worker threads that hash entries while the chain is verified (0
   * hashes on the event loop); by default one per core.
   */
  static create(options: { knex: Knex; verifyThreads?: number }) {
    return new AuditTrail(
      options.knex,
      options.verifyThreads ?? availableParallelism(),
    );
  }

  private constructor(
    private readonly knex: Knex,
    private readonly verifyThreads: number,
  ) {}

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

  /** Up to `limit` rows after sequence `after`, oldest first, and whether more follow. */
  private async rows(filter: AuditFilter, after: number, limit: number) {
    const rows = await this.filtered(filter)
      .andWhere('sequence', '>', after)
      .orderBy('sequence')
      .limit(limit + 1);
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }

  /** Up to `limit` entries after sequence `after`, oldest first, and whether more follow. */
  async page(
    filter: AuditFilter,
    after: number,
    limit: number,
  ): Promise<{ items: AuditEntry[]; more: boolean }> {
    const { rows, more } = await this.rows(filter, after, limit);
    return { items: rows.map(toEntry), more };
  }

  /**
   * The filter's rows a page at a time, oldest first; the next page is requested before
   * this one is handed out, so the database reads while the caller works.
   */
  private async *pages(filter: AuditFilter): AsyncGenerator<any[]> {
    let next: ReturnType<AuditTrail['rows']> | undefined = this.rows(
      filter,
      0,
      PAGE,
    );
    try {
      while (next) {
        const { rows, more }: Awaited<typeof next> = await next;
        next = more
          ? this.rows(filter, Number(rows[rows.length - 1].sequence), PAGE)
          : undefined;
        yield rows;
      }
    } finally {
      // Left early (verification stops at the first bad entry): nobody awaits the
      // prefetched page, so its failure must not become an unhandled rejection.
      next?.catch(() => {});
    }
  }

  /** Every entry of the filter, oldest first, read a page at a time. */
  async *entries(filter: AuditFilter = {}): AsyncGenerator<AuditEntry> {
    for await (const rows of this.pages(filter)) {
      for (const row of rows) yield toEntry(row);
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

  /**
   * Recomputes the whole chain, from the retention checkpoint if there is one. Entries are
   * hashed on worker threads, a page per worker, while the next pages are read; they are
   * judged in order, so the first invalid entry is the one named.
   */
  async verify(): Promise<AuditVerification> {
    const head = await this.knex(HEAD)
      .where({ id: 1 })
      .first('start_sequence', 'start_hash');
    const verifier = new AuditChainVerifier(sha256Hex, {
      sequence: Number(head.start_sequence),
      hash: head.start_hash,
    });
    // A row whose details are not JSON has no hash: it counts as edited.
    const judge = (rows: StoredEntry[], hashes: Array<string | null>) =>
      rows.every((row, i) => verifier.verifyHashed(row, hashes[i] ?? ''));
    if (this.verifyThreads < 1) {
      for await (const page of this.pages({})) {
        const rows = page.map(toStored);
        if (!judge(rows, rows.map(hashHere))) break;
      }
      return verifier.result();
    }
    const pool = AuditHashPool.start(this.verifyThreads);
    const hashing: Array<{
      rows: StoredEntry[];
      hashes: Promise<Array<string | null>>;
    }> = [];
    const judgeNext = async () => {
      const { rows, hashes } = hashing.shift()!;
      return judge(rows, await hashes);
    };
    try {
      for await (const page of this.pages({})) {
        const rows = page.map(toStored);
        hashing.push({ rows, hashes: pool.hashes(rows) });
        // One page per worker in flight, plus the one being read.
        if (hashing.length > this.verifyThreads && !(await judgeNext())) {
          return verifier.result();
        }
      }
      while (hashing.length) {
        if (!(await judgeNext())) break;
      }
      return verifier.result();
    } finally {
      // Pages still hashing when verification stopped early are not awaited.
      for (const { hashes } of hashing) hashes.catch(() => {});
      await pool.close();
    }
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
