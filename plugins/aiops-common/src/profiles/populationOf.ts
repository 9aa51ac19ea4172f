import { CategoryTally, NumericDistribution } from '../stats';
import { FeatureProfile } from './featureProfile';
import { sketchBuckets } from './quantileSketch';

/** Key under which categories past the profile's top-k are counted. */
export const OTHER_CATEGORY = '__other__';

/** A feature's exact category counts: the top-k kept, the rest under {@link OTHER_CATEGORY}. */
export function categoryTally(profile: FeatureProfile): Record<string, number> {
  const tally: Record<string, number> = { ...profile.categories.counts };
  if (profile.categories.other > 0) {
    tally[OTHER_CATEGORY] =
      (tally[OTHER_CATEGORY] ?? 0) + profile.categories.other;
  }
  return tally;
}

/** How many category values the profile counted. */
export function categoryTotal(tally: CategoryTally): number {
  let total = 0;
  for (const count of Object.values(tally)) total += count;
  return total;
}

/**
 * Distinct numeric values the profiles have seen together, as a lower bound: the larger
 * of the non-empty sketch buckets (each holds at least one value) and the distinct numbers
 * in the reservoirs. Continuous data fills a reservoir with distinct values; small integer
 * codes fall into buckets of their own (up to ~25 at the default 2% accuracy).
 */
export function distinctNumbers(...profiles: FeatureProfile[]): number {
  const buckets = new Set<string>();
  const sampled = new Set<number | string>();
  for (const { numeric, reservoir } of profiles) {
    for (const key of Object.keys(numeric.sketch.pos)) buckets.add(`+${key}`);
    for (const key of Object.keys(numeric.sketch.neg)) buckets.add(`-${key}`);
    if (numeric.sketch.zero > 0) buckets.add('0');
    for (const value of reservoir.values)
      if (typeof value === 'number') sampled.add(value);
  }
  return Math.max(buckets.size, sampled.size);
}

/** The feature's numeric values as the sketch, exact range and moments describe them. */
export function numericDistribution(
  profile: FeatureProfile,
): NumericDistribution {
  const { numeric } = profile;
  return {
    buckets: sketchBuckets(numeric.sketch),
    min: numeric.min ?? 0,
    max: numeric.max ?? 0,
    std: numeric.count ? Math.sqrt(numeric.m2 / numeric.count) : 0,
    distinct: distinctNumbers(profile),
  };
}

/**
 * Whether the quantile sketch resolves a feature's spread: its buckets around the bulk of
 * the values (|mean| + std) are at most half a standard deviation wide. A narrow
 * distribution far from zero (embedding norms near 1 ± 0.02) falls into a few buckets,
 * and statistics read from the sketch would measure the buckets, not the data.
 */
export function sketchResolvesSpread(profile: FeatureProfile): boolean {
  const { numeric } = profile;
  if (!numeric.count) return false;
  const std = Math.sqrt(numeric.m2 / numeric.count);
  const bucketWidth = 2 * numeric.sketch.alpha * (Math.abs(numeric.mean) + std);
  return std > 0 && bucketWidth <= 0.5 * std;
}
