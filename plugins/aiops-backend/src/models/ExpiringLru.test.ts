import { ExpiringLru } from './ExpiringLru';

describe('ExpiringLru', () => {
  it('drops expired entries before live ones when full', () => {
    let now = 0;
    const lru = new ExpiringLru<number>(3, () => now);
    lru.set('short', 1, 10);
    lru.set('long-1', 2, 1000);
    lru.set('long-2', 3, 1000);
    now = 20;
    lru.set('new', 4, 1000);
    expect(lru.size).toBe(3);
    expect(lru.get('long-1')?.value).toBe(2);
    expect(lru.get('short')).toBeUndefined();
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
