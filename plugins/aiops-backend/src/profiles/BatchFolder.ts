import { toError } from '@backstage/errors';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ModelProfile,
  ProfileLimits,
  addRecordToProfile,
  createModelProfile,
  recordTimestamp,
} from '@unified-aiops/plugin-aiops-common';
import { Knex } from 'knex';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { BatchStore, PendingBatch } from '../ingest/BatchStore';
import { ModelFoldSettings } from '../models/ModelDirectory';
import { ProfileStore } from './ProfileStore';

/** Where the folder learns how each model's records are folded. */
export interface FoldSettingsSource {
  foldSettings(modelRef: string): Promise<ModelFoldSettings>;
}

/** Each model's fold settings, and the window length of models that set none. */
type FoldPlan = {
  models: ReadonlyMap<string, ModelFoldSettings>;
  windowMinutes: number;
};

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

/** Fresh profiles of one pass, one per (model, window). */
export type FoldedWindow = {
  modelRef: string;
  windowStart: number;
  profile: ModelProfile;
};

function foldBatchInto(
  profiles: Map<string, FoldedWindow>,
  batch: PendingBatch,
  limits: ProfileLimits,
  plan: FoldPlan,
) {
  const model = plan.models.get(batch.modelRef);
  const reading = model?.reading;
  const windowMinutes = model?.windowMinutes ?? plan.windowMinutes;
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
    addRecordToProfile(entry.profile, record, timestamp, reading);
  }
}

/**
 * Folds records of batches into fresh per-(model, window) profiles, in memory, each
 * model by its plan: how its records are read and its window length.
 */
export function foldBatches(
  batches: PendingBatch[],
  limits: ProfileLimits,
  plan: FoldPlan,
): FoldedWindow[] {
  const profiles = new Map<string, FoldedWindow>();
  for (const batch of batches) foldBatchInto(profiles, batch, limits, plan);
  return [...profiles.values()];
}

/** `foldBatches`, letting the event loop serve requests between batches. */
async function foldBatchesYielding(
  batches: PendingBatch[],
  limits: ProfileLimits,
  plan: FoldPlan,
): Promise<FoldedWindow[]> {
  const profiles = new Map<string, FoldedWindow>();
  for (const batch of batches) {
    foldBatchInto(profiles, batch, limits, plan);
    await yieldToEventLoop();
  }
  return [...profiles.values()];
}

/** What a BatchFolder is built from. */
export interface BatchFolderOptions {
  knex: Knex;
  batches: BatchStore;
  profiles: ProfileStore;
  models: FoldSettingsSource;
  logger: LoggerService;
  /** Window length of models whose entity sets none. */
  windowMinutes: number;
  limits: ProfileLimits;
  batchSize: number;
  /**
   * Records of batches accepted by this instance that may wait in memory to be folded
   * without reading them back; 0 folds everything from the database.
   */
  maxQueuedRecords?: number;
}

/**
 * Folds accepted batches into window profiles. Batches are marked folded in the same
 * transaction that merges them into the profiles, so a crash either folds a batch whole
 * or leaves it for the next pass (at startup and on an interval): nothing is lost and
 * nothing is folded twice.
 *
 * Batches this instance accepted are handed over in memory (`accepted`) and folded from
 * there, saving the read back and parse of their payloads, about a third of the fold's
 * cost. The database stays the source of truth: such a batch is folded only if its row is
 * still unfolded, and one dropped from memory (a failed pass, a full queue, a restart) is
 * folded from its row by a later pass.
 */
export class BatchFolder {
  private running?: Promise<number>;
  private again = false;
  private scheduled?: NodeJS.Timeout;
  private queue: PendingBatch[] = [];
  private queuedRecords = 0;

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
   * Takes a batch just stored by this instance, with its records as posted, and folds it
   * shortly. When the queue is full it is left to be folded from the database.
   */
  accepted(batch: PendingBatch) {
    const room = (this.options.maxQueuedRecords ?? 0) - this.queuedRecords;
    if (batch.records.length <= room) {
      this.queue.push(batch);
      this.queuedRecords += batch.records.length;
    }
    this.trigger();
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
          'Folding ingested batches failed, will retry',
          toError(error),
        ),
      );
    }, TRIGGER_DELAY_MS);
    this.scheduled.unref();
  }

  private async loop(): Promise<number> {
    let folded = 0;
    for (;;) {
      this.again = false;
      const fromQueue = this.queue.length > 0;
      const count = await this.foldOnce();
      folded += count;
      // the queue drained, one pass over the database finds the rest
      if (!fromQueue && count === 0 && !this.again) return folded;
    }
  }

  /** Takes the oldest queued batches for one pass. */
  private takeQueued(): PendingBatch[] {
    const taken = this.queue.splice(0, this.options.batchSize);
    for (const batch of taken) this.queuedRecords -= batch.records.length;
    return taken;
  }

  /** How each model of the batches is folded, from the catalog (cached there). */
  private async planFor(
    batches: Array<Pick<PendingBatch, 'modelRef'>>,
  ): Promise<FoldPlan> {
    const modelRefs = [...new Set(batches.map(b => b.modelRef))];
    const models = new Map(
      await Promise.all(
        modelRefs.map(
          async ref =>
            [ref, await this.options.models.foldSettings(ref)] as const,
        ),
      ),
    );
    return { models, windowMinutes: this.options.windowMinutes };
  }

  /**
   * One pass. Each model's fold settings come from the catalog, so they are looked up
   * before the transaction opens: awaiting a network call (whose token the plugin signs
   * with a key kept in its own database) inside a transaction deadlocks a one-connection
   * SQLite pool. Batches of models the plan did not cover are left for the next pass.
   */
  private async foldOnce(): Promise<number> {
    const { knex, batches, profiles, limits } = this.options;
    // Queued batches are folded before the transaction opens, so it stays short; taken
    // first, so that if the pass fails they stay unfolded in the database.
    const queued = this.takeQueued();
    const plan = await this.planFor(
      queued.length
        ? queued
        : await batches.peekUnfolded(this.options.batchSize),
    );
    const early = queued.length
      ? await foldBatchesYielding(queued, limits, plan)
      : [];
    return knex.transaction(async trx => {
      let claimed: PendingBatch[];
      let folded: FoldedWindow[];
      if (queued.length) {
        claimed = await batches.lockUnfolded(trx, queued);
        // another replica folded some meanwhile (after a restart): fold the rest again
        folded =
          claimed.length === queued.length
            ? early
            : foldBatches(claimed, limits, plan);
      } else {
        claimed = (
          await batches.claimUnfolded(trx, this.options.batchSize)
        ).filter(batch => plan.models.has(batch.modelRef));
        folded = foldBatches(claimed, limits, plan);
      }
      if (claimed.length === 0) return 0;
      await profiles.mergeWindows(trx, folded);
      await batches.markFolded(
        trx,
        claimed.map(b => b.id),
      );
      return claimed.length;
    });
  }
}
