import { Category } from './cleanSample';

/** Counts of every category seen in either sample, aligned by index. */
export interface CategoryCounts {
  keys: Category[];
  reference: Float64Array;
  current: Float64Array;
}

/** Counts each category of the union of both samples (a category may be absent from one). */
export function countCategories(
  reference: ArrayLike<Category>,
  current: ArrayLike<Category>,
): CategoryCounts {
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
  for (let i = 0; i < reference.length; i++) ref[slot(reference[i])] += 1;
  for (let i = 0; i < current.length; i++) cur[slot(current[i])] += 1;
  return {
    keys: [...index.keys()],
    reference: Float64Array.from(ref),
    current: Float64Array.from(cur),
  };
}

/**
 * Whether more than `limit` distinct values occur in the given samples, stopping as
 * soon as the answer is known (continuous data answers after `limit + 1` values).
 */
export function hasMoreDistinctThan(
  limit: number,
  ...samples: ArrayLike<Category>[]
): boolean {
  const seen: Category[] = [];
  for (const sample of samples) {
    for (let i = 0; i < sample.length; i++) {
      const value = sample[i];
      if (!seen.includes(value)) {
        seen.push(value);
        if (seen.length > limit) return true;
      }
    }
  }
  return false;
}
