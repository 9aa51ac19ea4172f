import { Category, categoricalSample, numericSample } from './cleanSample';
import { distinctUpTo } from './categoryCounts';
import { DriftSample, DriftTestName, FeatureType } from './types';

/**
 * Evidently's `_get_default_stattest` from sizes alone: the reference size (values
 * present) and the number of distinct values over both sides; a lower bound on the
 * distinct count is enough, the rule only asks whether it exceeds 2 and 5.
 */
export function driftTestFor(
  referenceSize: number,
  distinct: number,
  featureType: FeatureType,
): DriftTestName {
  const numerical = featureType === 'numerical';
  if (referenceSize <= 1000) {
    if (numerical && distinct > 5) return 'ks';
    return distinct > 2 ? 'chisquare' : 'z';
  }
  if (numerical && distinct > 5) return 'wasserstein';
  return 'jensenshannon';
}

/** The choice of {@link defaultDriftTest} on samples already cleaned. */
export function chooseDriftTest(
  reference: ArrayLike<Category>,
  current: ArrayLike<Category>,
  featureType: FeatureType,
): DriftTestName {
  return driftTestFor(
    reference.length,
    distinctUpTo(5, reference, current),
    featureType,
  );
}

/**
 * The test Evidently's `_get_default_stattest` picks, counting distinct values over
 * both samples and the reference size after dropping missing values:
 * reference ≤ 1000 — numerical with more than 5 values 'ks', otherwise 'chisquare' when
 * more than 2 values, else 'z'; reference > 1000 — numerical with more than 5 values
 * 'wasserstein', otherwise 'jensenshannon'.
 */
export function defaultDriftTest(
  reference: DriftSample,
  current: DriftSample,
  featureType: FeatureType,
): DriftTestName {
  const clean = featureType === 'numerical' ? numericSample : categoricalSample;
  return chooseDriftTest(
    clean(reference, 'reference'),
    clean(current, 'current'),
    featureType,
  );
}
