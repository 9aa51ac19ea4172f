import {
  IngestAccepted,
  InferenceRecord,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { supportsRowLocks } from '../database/migrateDatabase';

const TABLE = 'aiops_ingest_batches';

/** The answer given to a batch, replayed verbatim for a repeated idempotency key. */
export interface StoredAnswer {
  status: number;
  body: IngestAccepted;
}

/** The answer of an accepted batch and the hash of its records (null for batches stored before hashes). */
export interface StoredBatch {
  answer: StoredAnswer;
  payloadHash: string | null;
}

/** Where a newly appended batch was stored: its row id and receipt time. */
export interface StoredRow {
  id: number;
  receivedAt: number;
}

/** An accepted batch waiting to be folded. */
export interface PendingBatch {
  id: number;
  modelRef: string;
  receivedAt: number;
  records: InferenceRecord[];
}

function isUniqueViolation(error: unknown) {
  const e = error as { code?: string; message?: string };
  return (
    e.code === '23505' || /UNIQUE constraint failed/i.test(e.message ?? '')
  );
}

/** Records of a stored payload: the posted body (`{ records, ... }`) or a bare array. */
function recordsOfPayload(payload: unknown): InferenceRecord[] {
  return Array.isArray(payload)
    ? payload
    : (payload as { records: InferenceRecord[] }).records;
}

/** Durable log of accepted record batches, unique per model and idempotency key. */
export class BatchStore {
  static create(options: { knex: Knex }) {
    return new BatchStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /** The answer and records hash stored for a key, if the batch was accepted before. */
  async find(
    modelRef: string,
    idempotencyKey: string,
  ): Promise<StoredBatch | undefined> {
    const row = await this.knex(TABLE)
      .where({ model_ref: modelRef, idempotency_key: idempotencyKey })
      .first('response_status', 'response_body', 'payload_hash');
    return row
      ? {
          answer: {
            status: Number(row.response_status),
            body: JSON.parse(row.response_body),
          },
          payloadHash: row.payload_hash ?? null,
        }
      : undefined;
  }

  /**
   * Appends the batch with its answer in one transaction; the answer is only given once
   * this has committed. A concurrent duplicate gets the first batch as stored.
   * `payload` is the posted body's JSON (`{ records, ... }`) or the records' array, stored as is.
   */
  async append(options: {
    modelRef: string;
    idempotencyKey: string;
    payload: string;
    payloadHash: string;
    recordCount: number;
    answer: (batchId: string) => StoredAnswer;
  }): Promise<StoredBatch & { replayed: boolean; stored?: StoredRow }> {
    const { modelRef, idempotencyKey, payload, payloadHash } = options;
    try {
      const receivedAt = Date.now();
      const { answer, id } = await this.knex.transaction(async trx => {
        const [row] = await trx(TABLE)
          .insert({
            model_ref: modelRef,
            idempotency_key: idempotencyKey,
            received_at: receivedAt,
            record_count: options.recordCount,
            payload,
            payload_hash: payloadHash,
            response_status: 0,
            response_body: '{}',
          })
          .returning('id');
        const rowId = Number(typeof row === 'object' ? row.id : row);
        const built = options.answer(String(rowId));
        await trx(TABLE)
          .where({ id: rowId })
          .update({
            response_status: built.status,
            response_body: JSON.stringify(built.body),
          });
        return { answer: built, id: rowId };
      });
      return {
        answer,
        payloadHash,
        replayed: false,
        stored: { id, receivedAt },
      };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const stored = await this.find(modelRef, idempotencyKey);
      if (!stored) throw error;
      return { ...stored, replayed: true };
    }
  }

  /**
   * Claims up to `limit` unfolded batches inside `trx`, oldest first; on PostgreSQL
   * rows locked by another replica's fold are skipped.
   */
  async claimUnfolded(
    trx: Knex.Transaction,
    limit: number,
  ): Promise<PendingBatch[]> {
    let query = trx(TABLE)
      .whereNull('folded_at')
      .orderBy('id')
      .limit(limit)
      .select('id', 'model_ref', 'received_at', 'payload');
    if (supportsRowLocks(this.knex)) query = query.forUpdate().skipLocked();
    const rows = await query;
    return rows.map(row => ({
      id: Number(row.id),
      modelRef: row.model_ref,
      receivedAt: Number(row.received_at),
      records: recordsOfPayload(JSON.parse(row.payload)),
    }));
  }

  /** The models of up to `limit` unfolded batches, oldest first, read without a lock. */
  async peekUnfolded(limit: number): Promise<Array<{ modelRef: string }>> {
    const rows = await this.knex(TABLE)
      .whereNull('folded_at')
      .orderBy('id')
      .limit(limit)
      .select('model_ref');
    return rows.map(row => ({ modelRef: row.model_ref }));
  }

  /**
   * Of batches already in memory, those still unfolded, locked inside `trx` like
   * `claimUnfolded` does; a batch another replica folded or holds is left out.
   */
  async lockUnfolded(
    trx: Knex.Transaction,
    batches: PendingBatch[],
  ): Promise<PendingBatch[]> {
    let query = trx(TABLE)
      .whereIn(
        'id',
        batches.map(b => b.id),
      )
      .whereNull('folded_at')
      .select('id');
    if (supportsRowLocks(this.knex)) query = query.forUpdate().skipLocked();
    const unfolded = new Set((await query).map(row => Number(row.id)));
    return batches.filter(b => unfolded.has(b.id));
  }

  /** Marks batches folded, in the transaction that updated the profiles. */
  async markFolded(trx: Knex.Transaction, ids: number[]) {
    await trx(TABLE).whereIn('id', ids).update({ folded_at: Date.now() });
  }

  /** Count of accepted batches not folded yet. */
  async countUnfolded(): Promise<number> {
    const [{ count }] = await this.knex(TABLE)
      .whereNull('folded_at')
      .count({ count: '*' });
    return Number(count);
  }

  /** Deletes folded batches older than the cutoff (their idempotency keys are forgotten). */
  async pruneFolded(olderThan: number): Promise<number> {
    return this.knex(TABLE)
      .whereNotNull('folded_at')
      .where('folded_at', '<', olderThan)
      .delete();
  }
}
