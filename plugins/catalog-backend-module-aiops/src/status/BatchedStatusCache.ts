import { toError } from '@backstage/errors';
import {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { normalizeEntityRef } from '@unified-aiops/plugin-aiops-common';
import {
  ModelStatus,
  ModelStatusSource,
  UNKNOWN_MODEL_STATUS,
} from './ModelStatusSource';

/** Tuning of {@link BatchedStatusCache}. */
export interface BatchedStatusCacheOptions {
  source: ModelStatusSource;
  logger: LoggerService;
  ttlMs: number;
  /** How long to collect refs before one request goes out. */
  batchWindowMs?: number;
  /** A request goes out at once when this many refs are waiting. */
  maxBatchSize?: number;
  now?: () => number;
}

interface CachedStatus {
  status: ModelStatus;
  expiresAt: number;
}

interface Waiter {
  ref: string;
  resolve: (status: ModelStatus) => void;
}

/**
 * Coalesces status lookups of entities processed close together into one request,
 * caches answers for a TTL, and serves the last known value while the backend is down.
 */
export class BatchedStatusCache {
  /** Creates a cache with its TTL from `aiops.catalog.statusCacheTtlSeconds` (default 30). */
  static fromConfig(
    config: RootConfigService,
    options: Omit<BatchedStatusCacheOptions, 'ttlMs'>,
  ) {
    const ttlSeconds =
      config.getOptionalNumber('aiops.catalog.statusCacheTtlSeconds') ?? 30;
    return new BatchedStatusCache({ ...options, ttlMs: ttlSeconds * 1000 });
  }

  private readonly source: ModelStatusSource;
  private readonly logger: LoggerService;
  private readonly ttlMs: number;
  private readonly batchWindowMs: number;
  private readonly maxBatchSize: number;
  private readonly now: () => number;
  private readonly cached = new Map<string, CachedStatus>();
  // Lookups queued for the next request or waiting for one in flight, by ref.
  private readonly waiting = new Map<string, Promise<ModelStatus>>();
  private queue: Waiter[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private unavailable = false;

  constructor(options: BatchedStatusCacheOptions) {
    this.source = options.source;
    this.logger = options.logger;
    this.ttlMs = options.ttlMs;
    this.batchWindowMs = options.batchWindowMs ?? 20;
    this.maxBatchSize = options.maxBatchSize ?? 500;
    this.now = options.now ?? Date.now;
  }

  /** The status of one model; never rejects. */
  getStatus(entityRef: string): Promise<ModelStatus> {
    const ref = normalizeEntityRef(entityRef);
    const hit = this.cached.get(ref);
    if (hit && hit.expiresAt > this.now()) {
      return Promise.resolve(hit.status);
    }
    const pending = this.waiting.get(ref);
    if (pending) {
      return pending;
    }
    const promise = new Promise<ModelStatus>(resolve => {
      this.queue.push({ ref, resolve });
    });
    this.waiting.set(ref, promise);
    if (this.queue.length >= this.maxBatchSize) {
      this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.batchWindowMs);
      this.timer.unref?.();
    }
    return promise;
  }

  /**
   * Makes the next lookup of a model ask the backend again, e.g. when its status changed.
   * The last known value stays as the fallback for an outage.
   */
  invalidate(entityRef: string) {
    const hit = this.cached.get(normalizeEntityRef(entityRef));
    if (hit) hit.expiresAt = 0;
  }

  private flush() {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue;
    this.queue = [];
    if (batch.length > 0) {
      void this.fetchBatch(batch);
    }
  }

  private async fetchBatch(batch: Waiter[]) {
    let fetched: Map<string, ModelStatus> | undefined;
    try {
      fetched = await this.source.getStatuses(batch.map(w => w.ref));
      if (this.unavailable) {
        this.unavailable = false;
        this.logger.info('AI DevOps status is available again');
      }
    } catch (error) {
      if (!this.unavailable) {
        this.unavailable = true;
        this.logger.warn(
          'AI DevOps status is unavailable, model labels keep their last known value',
          toError(error),
        );
      }
    }
    // Failures are cached too, so an outage costs one request per TTL, not one per entity.
    const expiresAt = this.now() + this.ttlMs;
    for (const { ref, resolve } of batch) {
      const status =
        (fetched ? fetched.get(ref) : this.cached.get(ref)?.status) ??
        UNKNOWN_MODEL_STATUS;
      this.cached.set(ref, { status, expiresAt });
      this.waiting.delete(ref);
      resolve(status);
    }
  }
}
