import { ExpiringLru } from './ExpiringLru';

describe('ExpiringLru', () => {
  it('drops an expired entry first when full, even when it is not the least recently used', () => {
    let now = 0;
    const lru = new ExpiringLru<number>(3, () => now);
    lru.set('long-1', 1, 1000);
    lru.set('short', 2, 10);
    lru.set('long-2', 3, 1000);
    // least recently used first: long-1, short, long-2; plain LRU would evict long-1
    now = 20;
    lru.set('new', 4, 1000);
    expect(lru.size).toBe(3);
    expect(lru.get('long-1')?.value).toBe(1);
    expect(lru.get('long-2')?.value).toBe(3);
    expect(lru.get('new')?.value).toBe(4);
    expect(lru.get('short')).toBeUndefined();
  });

  it('evicts the least recently used live entry when none has expired', () => {
    let now = 0;
    const lru = new ExpiringLru<number>(2, () => now);
    lru.set('a', 1, 1000);
    lru.set('b', 2, 1000);
    now = 5;
    expect(lru.get('a')?.value).toBe(1); // b is now the least recently used
    lru.set('c', 3, 1000);
    expect(lru.size).toBe(2);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')?.value).toBe(1);
    expect(lru.get('c')?.value).toBe(3);
  });

  it('forgets an entry once it expires', () => {
    let now = 0;
    const lru = new ExpiringLru<string | undefined>(10, () => now);
    lru.set('miss', undefined, 2000);
    expect(lru.get('miss')).toEqual({ value: undefined });
    now = 2000;
    expect(lru.get('miss')).toBeUndefined();
    expect(lru.size).toBe(0);
  });
});
