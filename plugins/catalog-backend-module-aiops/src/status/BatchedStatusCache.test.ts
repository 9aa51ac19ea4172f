import { mockServices } from '@backstage/backend-test-utils';
import { BatchedStatusCache } from './BatchedStatusCache';
import { ModelStatus, ModelStatusSource } from './ModelStatusSource';

const drifting: ModelStatus = {
  driftStatus: 'drift',
  governanceStatus: 'non-compliant',
};

/** A status source that counts its requests and can be switched off. */
class CountingSource implements ModelStatusSource {
  requests: string[][] = [];
  down = false;
  status: ModelStatus = drifting;

  async getStatuses(entityRefs: string[]) {
    this.requests.push(entityRefs);
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:7007');
    return new Map(entityRefs.map(ref => [ref, this.status]));
  }
}

function setup(options: { maxBatchSize?: number } = {}) {
  let now = 1_000_000;
  const source = new CountingSource();
  const logger = mockServices.logger.mock();
  const cache = new BatchedStatusCache({
    source,
    logger,
    ttlMs: 30_000,
    batchWindowMs: 5,
    maxBatchSize: options.maxBatchSize,
    now: () => now,
  });
  return {
    source,
    logger,
    cache,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const refs = (count: number) =>
  Array.from({ length: count }, (_, i) => `mlmodel:default/model-${i}`);

describe('BatchedStatusCache', () => {
  it('coalesces 10,000 lookups into a handful of requests', async () => {
    const { cache, source } = setup({ maxBatchSize: 500 });
    const statuses = await Promise.all(
      refs(10_000).map(r => cache.getStatus(r)),
    );
    expect(statuses.every(s => s === drifting)).toBe(true);
    expect(source.requests).toHaveLength(20);
    expect(source.requests.every(r => r.length === 500)).toBe(true);
  });

  it('asks again after a model is invalidated, and still falls back to its last value', async () => {
    const { cache, source } = setup();
    const ref = 'mlmodel:default/churn';
    await cache.getStatus(ref);

    source.status = { driftStatus: 'ok', governanceStatus: 'compliant' };
    cache.invalidate('MLModel:default/churn');
    await expect(cache.getStatus(ref)).resolves.toEqual(source.status);
    expect(source.requests).toHaveLength(2);

    cache.invalidate(ref);
    source.down = true;
    await expect(cache.getStatus(ref)).resolves.toEqual({
      driftStatus: 'ok',
      governanceStatus: 'compliant',
    });
  });

  it('serves repeated lookups from the cache until the TTL expires', async () => {
    const { cache, source, advance } = setup();
    await Promise.all(refs(100).map(r => cache.getStatus(r)));
    await Promise.all(refs(100).map(r => cache.getStatus(r)));
    expect(source.requests).toHaveLength(1);

    advance(30_001);
    source.status = { driftStatus: 'ok', governanceStatus: 'compliant' };
    await expect(cache.getStatus('mlmodel:default/model-1')).resolves.toEqual(
      source.status,
    );
    expect(source.requests).toHaveLength(2);
  });

  it('asks once for a ref looked up again while its request is in flight', async () => {
    const { cache, source } = setup();
    const [a, b] = await Promise.all([
      cache.getStatus('mlmodel:default/churn'),
      cache.getStatus('MLModel:default/churn'),
    ]);
    expect(a).toBe(b);
    expect(source.requests).toEqual([['mlmodel:default/churn']]);
  });

  it('answers no-data/unknown for models the backend does not know', async () => {
    const { cache, source } = setup();
    source.getStatuses = async entityRefs => {
      source.requests.push(entityRefs);
      return new Map();
    };
    await expect(cache.getStatus('mlmodel:default/new')).resolves.toEqual({
      driftStatus: 'no-data',
      governanceStatus: 'unknown',
    });
  });

  it('keeps the last known value during an outage and warns once per outage', async () => {
    const { cache, source, logger, advance } = setup();
    await Promise.all(refs(3).map(r => cache.getStatus(r)));

    source.down = true;
    advance(30_001);
    const during = await Promise.all(
      [...refs(3), 'mlmodel:default/never-seen'].map(r => cache.getStatus(r)),
    );
    expect(during).toEqual([
      drifting,
      drifting,
      drifting,
      { driftStatus: 'no-data', governanceStatus: 'unknown' },
    ]);
    // Still down a TTL later: another request, no second warning.
    advance(30_001);
    await Promise.all(refs(3).map(r => cache.getStatus(r)));
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][1]).toMatchObject({
      message: expect.stringMatching(/ECONNREFUSED/),
    });

    source.down = false;
    advance(30_001);
    await cache.getStatus('mlmodel:default/model-0');
    expect(logger.info).toHaveBeenCalledWith(
      'AI DevOps status is available again',
    );

    // A new outage warns again.
    source.down = true;
    advance(30_001);
    await cache.getStatus('mlmodel:default/model-0');
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });

  it('does not hammer a backend that is down', async () => {
    const { cache, source } = setup();
    source.down = true;
    for (let round = 0; round < 5; round++) {
      await Promise.all(refs(1_000).map(r => cache.getStatus(r)));
    }
    expect(source.requests).toHaveLength(2);
  });

  it('reads its TTL from config', async () => {
    const source = new CountingSource();
    const cache = BatchedStatusCache.fromConfig(
      mockServices.rootConfig({
        data: { aiops: { catalog: { statusCacheTtlSeconds: 0 } } },
      }),
      { source, logger: mockServices.logger.mock(), batchWindowMs: 1 },
    );
    await cache.getStatus('mlmodel:default/a');
    await cache.getStatus('mlmodel:default/a');
    expect(source.requests).toHaveLength(2);
  });
});
