import { ConflictError, InputError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import {
  BatchStore,
  PendingBatch,
  StoredAnswer,
  StoredBatch,
} from './BatchStore';
import { InferenceRecord } from '@unified-aiops/plugin-aiops-common';
import { checkRecords } from './checkRecords';

/** Accepts record batches durably and idempotently; folding happens later. */
export class IngestService {
  static create(options: {
    batches: BatchStore;
    maxBatchRecords: number;
    /** Days window profiles are kept: older records would be pruned as soon as folded. */
    retentionDays: number;
    /** Called with each newly stored batch and its records as posted, for folding. */
    onAccepted: (batch: PendingBatch) => void;
  }) {
    return new IngestService(
      options.batches,
      options.maxBatchRecords,
      options.retentionDays * 86_400_000,
      options.onAccepted,
    );
  }

  private constructor(
    private readonly batches: BatchStore,
    private readonly maxBatchRecords: number,
    private readonly maxAgeMs: number,
    private readonly onAccepted: (batch: PendingBatch) => void,
  ) {}

  /**
   * Validates and appends a batch; a key seen before with the same body is answered
   * exactly as the first time without applying anything, with another body it is a
   * conflict (409). Answers 202 `{ batchId, accepted }` once durable.
   */
  async ingest(options: {
    modelRef: string;
    idempotencyKey: string | undefined;
    /** Records whose shape the OpenAPI router validated. */
    records: InferenceRecord[];
    /** The request body as received, holding `records`: stored as is and hashed. */
    body: string;
  }): Promise<StoredAnswer & { replayed: boolean }> {
    const { modelRef, idempotencyKey } = options;
    if (!idempotencyKey) {
      throw new InputError(
        'An idempotency key is required (body idempotencyKey or Idempotency-Key header)',
      );
    }
    // The body is stored as received once its records are valid, never re-serialized
    // (about 6 µs per record); its hash tells a replay from a reused key.
    const payload = options.body;
    const payloadHash = createHash('sha256').update(payload).digest('hex');
    const previous = await this.batches.find(modelRef, idempotencyKey);
    if (previous) return replay(previous, payloadHash, idempotencyKey);
    const { records } = options;
    checkRecords(records, {
      maxRecords: this.maxBatchRecords,
      settingName: 'aiops.ingest.maxBatchRecords',
      timestamps: { now: Date.now(), maxAgeMs: this.maxAgeMs },
    });
    const stored = await this.batches.append({
      modelRef,
      idempotencyKey,
      payload,
      payloadHash,
      recordCount: records.length,
      answer: batchId => ({
        status: 202,
        body: { batchId, accepted: records.length },
      }),
    });
    if (stored.replayed || !stored.stored) {
      return replay(stored, payloadHash, idempotencyKey);
    }
    // The records as posted, exactly what the stored payload holds: folding them from
    // memory saves reading and parsing the payload back.
    this.onAccepted({ ...stored.stored, modelRef, records });
    return { ...stored.answer, replayed: false };
  }
}

/** The first answer of a key again, unless the batch now holds other records. */
function replay(
  stored: StoredBatch,
  payloadHash: string,
  idempotencyKey: string,
): StoredAnswer & { replayed: true } {
  if (stored.payloadHash !== null && stored.payloadHash !== payloadHash) {
    throw new ConflictError(
      `Idempotency key ${JSON.stringify(
        idempotencyKey,
      )} was used before with another body`,
    );
  }
  return { ...stored.answer, replayed: true };
}
