import { Category } from './cleanSample';

/** Counts of every category seen in either sample, aligned by index. */
export interface CategoryCounts {
  keys: Category[];
  reference: Float64Array;
  current: Float64Array;
}

/** Counts of each category of one side, as a profile keeps them. @public */
export type CategoryTally =
  | ReadonlyMap<string | number | boolean, number>
  | Readonly<Record<string, number>>;

function aligned(): {
  index: Map<Category, number>;
  ref: number[];
  cur: number[];
  slot: (value: Category) => number;
} {
  const index = new Map<Category, number>();
  const ref: number[] = [];
  const cur: number[] = [];
  const slot = (value: Category) => {
    let k = index.get(value);
    if (k === undefined) {
      k = index.size;
      index.set(value, k);
      ref.push(0);
      cur.push(0);
    }
    return k;
  };
  return { index, ref, cur, slot };
}

/** Counts each category of the union of both samples (a category may be absent from one). */
export function countCategories(
  reference: ArrayLike<Category>,
  current: ArrayLike<Category>,
): CategoryCounts {
  const { index, ref, cur, slot } = aligned();
  for (let i = 0; i < reference.length; i++) ref[slot(reference[i])] += 1;
  for (let i = 0; i < current.length; i++) cur[slot(current[i])] += 1;
  return {
    keys: [...index.keys()],
    reference: Float64Array.from(ref),
    current: Float64Array.from(cur),
  };
}

function entriesOf(tally: CategoryTally): Array<[Category, number]> {
  return tally instanceof Map
    ? [...tally.entries()]
    : Object.entries(tally as Record<string, number>);
}

/**
 * Aligns two tallies of counts like {@link countCategories} aligns two samples; zero
 * counts are dropped, so a category counted 0 times is the same as one never seen.
 */
export function alignTallies(
  reference: CategoryTally,
  current: CategoryTally,
): CategoryCounts {
  const { index, ref, cur, slot } = aligned();
  for (const [key, count] of entriesOf(reference))
    if (count > 0) ref[slot(key)] += count;
  for (const [key, count] of entriesOf(current))
    if (count > 0) cur[slot(key)] += count;
  return {
    keys: [...index.keys()],
    reference: Float64Array.from(ref),
    current: Float64Array.from(cur),
  };
}

/** Sum of one side's counts. */
export function totalOf(counts: Float64Array): number {
  let total = 0;
  for (let k = 0; k < counts.length; k++) total += counts[k];
  return total;
}

/**
 * Number of distinct values in the given samples, counting no further than `limit + 1`
 * (continuous data answers after `limit + 1` values).
 */
export function distinctUpTo(
  limit: number,
  ...samples: ArrayLike<Category>[]
): number {
  const seen: Category[] = [];
  for (const sample of samples) {
    for (let i = 0; i < sample.length; i++) {
      const value = sample[i];
      if (!seen.includes(value)) {
        seen.push(value);
        if (seen.length > limit) return seen.length;
      }
    }
  }
  return seen.length;
}

/** Whether more than `limit` distinct values occur in the given samples. */
export function hasMoreDistinctThan(
  limit: number,
  ...samples: ArrayLike<Category>[]
): boolean {
  return distinctUpTo(limit, ...samples) > limit;
}
