import { InputError } from '@backstage/errors';
import { BatchStore, StoredAnswer } from './BatchStore';
import { validateRecords } from './recordSchema';

/** Accepts record batches durably and idempotently; folding happens later. */
export class IngestService {
  static create(options: {
    batches: BatchStore;
    maxBatchRecords: number;
    /** Days window profiles are kept: older records would be pruned as soon as folded. */
    retentionDays: number;
    onAccepted: () => void;
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
    private readonly onAccepted: () => void,
  ) {}

  /**
   * Validates and appends a batch; a key seen before is answered exactly as the first
   * time without applying anything. Answers 202 `{ batchId, accepted }` once durable.
   */
  async ingest(options: {
    modelRef: string;
    idempotencyKey: string | undefined;
    records: unknown;
  }): Promise<StoredAnswer & { replayed: boolean }> {
    const { modelRef, idempotencyKey } = options;
    if (!idempotencyKey) {
      throw new InputError(
        'An idempotency key is required (body idempotencyKey or Idempotency-Key header)',
      );
    }
    const previous = await this.batches.findAnswer(modelRef, idempotencyKey);
    if (previous) return { ...previous, replayed: true };
    const records = validateRecords(options.records, this.maxBatchRecords, {
      now: Date.now(),
      maxAgeMs: this.maxAgeMs,
    });
    const { answer, replayed } = await this.batches.append({
      modelRef,
      idempotencyKey,
      records,
      answer: batchId => ({
        status: 202,
        body: { batchId, accepted: records.length },
      }),
    });
    if (!replayed) this.onAccepted();
    return { ...answer, replayed };
  }
}
