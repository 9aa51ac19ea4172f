import { seededUniform } from './seededUniform';

/** A bounded uniform sample of the values seen (Algorithm R), for exact drift tests. */
export interface Reservoir<T extends number | string = number | string> {
  /** Most values kept. */
  size: number;
  /** How many values the sample stands for. */
  seen: number;
  /** Seed of the deterministic draws. */
  seed: number;
  values: T[];
}

/** Creates an empty reservoir. */
export function createReservoir<T extends number | string>(
  size: number,
  seed: number,
): Reservoir<T> {
  return { size, seen: 0, seed, values: [] };
}

/** Adds one value (Algorithm R), in place; the draw depends only on seed and position. */
export function addToReservoir<T extends number | string>(
  reservoir: Reservoir<T>,
  value: T,
) {
  reservoir.seen += 1;
  if (reservoir.values.length < reservoir.size) {
    reservoir.values.push(value);
    return;
  }
  const j = Math.floor(
    seededUniform(reservoir.seed, reservoir.seen) * reservoir.seen,
  );
  if (j < reservoir.size) reservoir.values[j] = value;
}

/**
 * Merges two reservoirs into a sample of their union without rereading the records:
 * each kept value of a stands for `a.seen / a.values.length` records, so slots are
 * filled by weighted sampling without replacement between the two samples.
 * Deterministic: the draws are seeded by both inputs' seeds and sizes.
 */
export function mergeReservoirs<T extends number | string>(
  a: Reservoir<T>,
  b: Reservoir<T>,
): Reservoir<T> {
  const size = a.size;
  const seen = a.seen + b.seen;
  if (
    a.values.length + b.values.length <= size &&
    a.seen === a.values.length &&
    b.seen === b.values.length
  ) {
    return { size, seen, seed: a.seed, values: [...a.values, ...b.values] };
  }
  const poolA = [...a.values];
  const poolB = [...b.values];
  const weightA = poolA.length ? a.seen / poolA.length : 0;
  const weightB = poolB.length ? b.seen / poolB.length : 0;
  const mixSeed =
    (a.seed ^
      Math.imul(b.seed, 31) ^
      Math.imul(a.seen % 0x7fffffff, 17) ^
      b.seen % 0x7fffffff) >>>
    0;
  const take = Math.min(size, poolA.length + poolB.length);
  const values: T[] = [];
  for (let t = 0; t < take; t++) {
    const remainingA = poolA.length * weightA;
    const remainingB = poolB.length * weightB;
    const fromA =
      seededUniform(mixSeed, 2 * t) * (remainingA + remainingB) < remainingA;
    const pool = fromA ? poolA : poolB;
    const index = Math.floor(seededUniform(mixSeed, 2 * t + 1) * pool.length);
    values.push(pool[index]);
    pool[index] = pool[pool.length - 1];
    pool.pop();
  }
  return { size, seen, seed: a.seed, values };
}
