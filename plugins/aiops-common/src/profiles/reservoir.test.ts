import { addToReservoir, createReservoir, mergeReservoirs } from './reservoir';

function fill(from: number, to: number, seed = 7, size = 200) {
  const reservoir = createReservoir<number>(size, seed);
  for (let v = from; v < to; v++) addToReservoir(reservoir, v);
  return reservoir;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('reservoir', () => {
  it('keeps everything until full, then a bounded uniform sample', () => {
    expect(fill(0, 50).values).toEqual(Array.from({ length: 50 }, (_, i) => i));
    const big = fill(0, 100_000);
    expect(big.values).toHaveLength(200);
    expect(big.seen).toBe(100_000);
    // A uniform sample of 0..99999 has mean ≈ 50000 (sd of the mean ≈ 2000).
    expect(Math.abs(mean(big.values) - 50_000)).toBeLessThan(8_000);
  });

  it('is deterministic for a seed', () => {
    expect(fill(0, 10_000).values).toEqual(fill(0, 10_000).values);
    expect(fill(0, 10_000, 1).values).not.toEqual(fill(0, 10_000, 2).values);
  });

  it('merges by weight: a sample of 9× more records gets ≈ 9× more slots', () => {
    const large = fill(0, 90_000, 1);
    const small = fill(1_000_000, 1_010_000, 2);
    const merged = mergeReservoirs(large, small);
    expect(merged.seen).toBe(100_000);
    expect(merged.values).toHaveLength(200);
    const fromSmall = merged.values.filter(v => v >= 1_000_000).length;
    expect(fromSmall).toBeGreaterThan(5);
    expect(fromSmall).toBeLessThan(40);
    expect(mergeReservoirs(large, small).values).toEqual(merged.values);
  });

  it('concatenates small complete samples exactly', () => {
    const merged = mergeReservoirs(fill(0, 10), fill(10, 20));
    expect(merged.values).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
