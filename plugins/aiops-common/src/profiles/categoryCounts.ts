import { ownValue, setOwn } from './ownEntries';

/** Counts of the most frequent categories, the rest summed in `other`. */
export interface CategoryCounts {
  /** Most categories kept after compaction. */
  max: number;
  counts: Record<string, number>;
  /** Occurrences of categories not kept. */
  other: number;
}

/** Creates empty category counts. */
export function createCategoryCounts(max: number): CategoryCounts {
  return { max, counts: {}, other: 0 };
}

/** Keeps the `max` most frequent categories, in place; the others go to `other`. */
export function compactCategoryCounts(categories: CategoryCounts) {
  const entries = Object.entries(categories.counts);
  if (entries.length <= categories.max) return;
  entries.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const kept: Record<string, number> = {};
  for (const [key, count] of entries.slice(0, categories.max))
    setOwn(kept, key, count);
  for (const [, count] of entries.slice(categories.max))
    categories.other += count;
  categories.counts = kept;
}

/** Counts one category, in place (bounded: compacts with 2× slack). */
export function addCategory(
  categories: CategoryCounts,
  key: string,
  weight = 1,
) {
  const existing = ownValue(categories.counts, key);
  if (existing !== undefined) {
    categories.counts[key] = existing + weight;
    return;
  }
  setOwn(categories.counts, key, weight);
  if (Object.keys(categories.counts).length > categories.max * 2) {
    compactCategoryCounts(categories);
  }
}

/** Merges two category counts into new compacted counts. */
export function mergeCategoryCounts(
  a: CategoryCounts,
  b: CategoryCounts,
): CategoryCounts {
  const merged: CategoryCounts = {
    max: a.max,
    counts: { ...a.counts },
    other: a.other + b.other,
  };
  for (const [key, count] of Object.entries(b.counts)) {
    setOwn(merged.counts, key, (ownValue(merged.counts, key) ?? 0) + count);
  }
  compactCategoryCounts(merged);
  return merged;
}
