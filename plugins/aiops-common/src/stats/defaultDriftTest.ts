import { Category, categoricalSample, numericSample } from './cleanSample';
import { hasMoreDistinctThan } from './categoryCounts';
import { DriftSample, DriftTestName, FeatureType } from './types';

/** The choice of {@link defaultDriftTest} on samples already cleaned. */
export function chooseDriftTest(
  reference: ArrayLike<Category>,
  current: ArrayLike<Category>,
  featureType: FeatureType,
): DriftTestName {
  const numerical = featureType === 'numerical';
  if (reference.length <= 1000) {
    if (numerical && hasMoreDistinctThan(5, reference, current)) return 'ks';
    return hasMoreDistinctThan(2, reference, current) ? 'chisquare' : 'z';
  }
  if (numerical && hasMoreDistinctThan(5, reference, current))
    return 'wasserstein';
  return 'jensenshannon';
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
