import {
  CategoryCounts,
  addCategory,
  compactCategoryCounts,
  createCategoryCounts,
  mergeCategoryCounts,
} from './categoryCounts';
import {
  NumericSummary,
  addToNumericSummary,
  compactNumericSummary,
  createNumericSummary,
  mergeNumericSummaries,
} from './numericSummary';
import {
  Reservoir,
  addToReservoir,
  createReservoir,
  mergeReservoirs,
} from './reservoir';
import { ProfileLimits } from './types';

/** A value of a feature, prediction or label as records carry it. */
export type RecordValue = number | string | boolean | null | undefined;

/** Everything a profile keeps about one feature (or the prediction, or the label). */
export interface FeatureProfile {
  /** Values seen, nulls included. */
  count: number;
  /** Null, missing or non-finite values. */
  nulls: number;
  /** Numeric values. */
  numeric: NumericSummary;
  /** String and boolean values. */
  categories: CategoryCounts;
  /** Uniform sample of the non-null values, for the exact tests. */
  reservoir: Reservoir;
}

/** Creates an empty feature profile; `seed` makes its reservoir reproducible. */
export function createFeatureProfile(
  limits: ProfileLimits,
  seed: number,
): FeatureProfile {
  return {
    count: 0,
    nulls: 0,
    numeric: createNumericSummary(limits.sketchAlpha, limits.sketchMaxBuckets),
    categories: createCategoryCounts(limits.maxCategories),
    reservoir: createReservoir(limits.reservoirSize, seed),
  };
}

/**
 * Adds one value, in place: numbers to the moments and sketch, strings and booleans to the
 * counts. A feature declared categorical counts its numbers as categories too (region
 * codes 0/1/2 are labels, not quantities).
 */
export function addToFeatureProfile(
  profile: FeatureProfile,
  value: RecordValue,
  categorical = false,
) {
  profile.count += 1;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      profile.nulls += 1;
      return;
    }
    if (categorical) {
      const key = String(value);
      addCategory(profile.categories, key);
      addToReservoir(profile.reservoir, key);
      return;
    }
    addToNumericSummary(profile.numeric, value);
    addToReservoir(profile.reservoir, value);
  } else if (typeof value === 'string' || typeof value === 'boolean') {
    const key = String(value);
    addCategory(profile.categories, key);
    addToReservoir(profile.reservoir, key);
  } else {
    profile.nulls += 1;
  }
}

/** Merges two feature profiles into a new one. */
export function mergeFeatureProfiles(
  a: FeatureProfile,
  b: FeatureProfile,
): FeatureProfile {
  return {
    count: a.count + b.count,
    nulls: a.nulls + b.nulls,
    numeric: mergeNumericSummaries(a.numeric, b.numeric),
    categories: mergeCategoryCounts(a.categories, b.categories),
    reservoir: mergeReservoirs(a.reservoir, b.reservoir),
  };
}

/** Brings the profile within its storage bound, in place. */
export function compactFeatureProfile(profile: FeatureProfile) {
  compactNumericSummary(profile.numeric);
  compactCategoryCounts(profile.categories);
}

/** Whether the feature looks numerical: more numeric than categorical values. */
export function looksNumerical(profile: FeatureProfile): boolean {
  const categorical = profile.count - profile.nulls - profile.numeric.count;
  return profile.numeric.count >= categorical;
}
