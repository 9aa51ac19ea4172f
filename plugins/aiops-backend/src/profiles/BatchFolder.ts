import { LoggerService } from '@backstage/backend-plugin-api';
import {
  CategoricalFeatures,
  ModelProfile,
  ProfileLimits,
  addRecordToProfile,
  createModelProfile,
  recordTimestamp,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { BatchStore, PendingBatch } from '../ingest/BatchStore';
import { ProfileStore } from './ProfileStore';

/** Where the folder learns which features each model declares categorical. */
export interface FeatureKindSource {
  categoricalFeatures(modelRef: string): Promise<CategoricalFeatures>;
}

/** Delay of a fold started by an accepted batch (see `BatchFolder.trigger`). */
const TRIGGER_DELAY_MS = 200;

/** Start of the window a timestamp falls in. */
export function windowStartOf(
  timestamp: number,
  windowMinutes: number,
): number {
  const size = windowMinutes * 60_000;
  return Math.floor(timestamp / size) * size;
}

/**
 * Folds records of batches into fresh per-(model, window) profiles, in memory;
 * `categorical` names each model's features declared categorical.
 */
export function foldBatches(
  batches: PendingBatch[],
  windowMinutes: number,
  limits: ProfileLimits,
  categorical: ReadonlyMap<string, CategoricalFeatures> = new Map(),
): Array<{ modelRef: string; windowStart: number; profile: ModelProfile }> {
  const profiles = new Map<
    string,
    { modelRef: string; windowStart: number; profile: ModelProfile }
  >();
  for (const batch of batches) {
    const declared = categorical.get(batch.modelRef);
    for (const record of batch.records) {
      const timestamp = recordTimestamp(record, batch.receivedAt);
      const windowStart = windowStartOf(timestamp, windowMinutes);
      const key = `${batch.modelRef}\u0000${windowStart}`;
      let entry = profiles.get(key);
      if (!entry) {
        entry = {
          modelRef: batch.modelRef,
          windowStart,
          profile: createModelProfile(limits),
        };
        profiles.set(key, entry);
      }
      addRecordToProfile(entry.profile, record, timestamp, declared);
    }
  }
  return [...profiles.values()];
}

/** What a BatchFolder is built from. */
export interface BatchFolderOptions {
  knex: Knex;
  batches: BatchStore;
  profiles: ProfileStore;
  models: FeatureKindSource;
  logger: LoggerService;
  windowMinutes: number;
  limits: ProfileLimits;
  batchSize: number;
}

/**
 * Folds accepted batches into window profiles. Batches are marked folded in the same
 * transaction that merges them into the profiles, so a crash either folds a batch whole
 * or leaves it for the next pass (at startup and on an interval): nothing is lost and
 * nothing is folded twice.
 */
export class BatchFolder {
  private running?: Promise<number>;
  private again = false;
  private scheduled?: NodeJS.Timeout;

  static create(options: BatchFolderOptions) {
    return new BatchFolder(options);
  }

  private constructor(private readonly options: BatchFolderOptions) {}

  /** Folds every unfolded batch; concurrent calls in this process share one pass. */
  async foldPending(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /**
   * Starts a fold in the background shortly after an accepted batch; errors are logged,
   * the interval retries. The short delay lets one pass take the batches accepted
   * meanwhile, so each window profile is read, merged and written once per pass rather
   * than once per batch.
   */
  trigger() {
    if (this.scheduled) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      this.foldPending().catch(error =>
        this.options.logger.warn(
          `Folding ingested batches failed, will retry: ${error}`,
        ),
      );
    }, TRIGGER_DELAY_MS);
    this.scheduled.unref();
  }

  private async loop(): Promise<number> {
    let folded = 0;
    for (;;) {
      this.again = false;
      const count = await this.foldOnce();
      folded += count;
      if (count === 0 && !this.again) return folded;
    }
  }

  private async foldOnce(): Promise<number> {
    const { knex, batches, profiles, models, windowMinutes, limits } =
      this.options;
    return knex.transaction(async trx => {
      const claimed = await batches.claimUnfolded(trx, this.options.batchSize);
      if (claimed.length === 0) return 0;
      const modelRefs = [...new Set(claimed.map(b => b.modelRef))];
      const categorical = new Map(
        await Promise.all(
          modelRefs.map(
            async ref => [ref, await models.categoricalFeatures(ref)] as const,
          ),
        ),
      );
      await profiles.mergeWindows(
        trx,
        foldBatches(claimed, windowMinutes, limits, categorical),
      );
      await batches.markFolded(
        trx,
        claimed.map(b => b.id),
      );
      return claimed.length;
    });
  }
}
