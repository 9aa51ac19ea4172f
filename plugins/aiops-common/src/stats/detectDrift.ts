import { InputError } from '@backstage/errors';
import { CategoryTally, alignTallies, totalOf } from './categoryCounts';
import { categoricalSample, numericSample } from './cleanSample';
import { chooseDriftTest, driftTestFor } from './defaultDriftTest';
import { DRIFT_TESTS, TestOutcome } from './driftTests';
import {
  NumericDistribution,
  bucketCounts,
  distributionNormedWasserstein,
  distributionShares,
} from './numericDistribution';
import { jensenShannonDistance } from './jensenShannon';
import { populationStabilityIndex } from './psi';
import { sortFloat64 } from './sortFloat64';
import { DriftOptions, DriftResult, DriftSample, DriftTestName } from './types';

function isDriftTestName(name: unknown): name is DriftTestName {
  return (
    typeof name === 'string' &&
    Object.prototype.hasOwnProperty.call(DRIFT_TESTS, name)
  );
}

function checkTestAndThreshold(options: Partial<DriftOptions>) {
  if (options.test !== undefined && !isDriftTestName(options.test)) {
    throw new InputError(
      `Unknown drift test ${JSON.stringify(
        options.test,
      )}; expected one of ${Object.keys(DRIFT_TESTS).join(', ')}`,
    );
  }
  if (
    options.threshold !== undefined &&
    (typeof options.threshold !== 'number' ||
      !Number.isFinite(options.threshold))
  ) {
    throw new InputError(
      `threshold must be a finite number, got ${options.threshold}`,
    );
  }
}

/** The verdict of a test's outcome against the threshold given or its default. */
function decide(
  test: DriftTestName,
  outcome: TestOutcome,
  threshold: number | undefined,
): DriftResult {
  const definition = DRIFT_TESTS[test];
  const limit = threshold ?? definition.defaultThreshold;
  const decisive =
    definition.decidesOn === 'pValue' ? outcome.pValue! : outcome.statistic;
  const result: DriftResult = {
    test,
    statistic: outcome.statistic,
    threshold: limit,
    drift: definition.isDrift(decisive, limit),
  };
  if (outcome.pValue !== undefined) result.pValue = outcome.pValue;
  if (outcome.note !== undefined) result.note = outcome.note;
  return result;
}

/**
 * Compares a current sample with a reference sample using Evidently's drift tests and
 * defaults (test choice, thresholds, binning), with SciPy-equal statistics.
 */
export function detectDrift(
  reference: DriftSample,
  current: DriftSample,
  options: DriftOptions,
): DriftResult {
  const featureType = options?.featureType;
  if (featureType !== 'numerical' && featureType !== 'categorical') {
    throw new InputError(
      `featureType must be 'numerical' or 'categorical', got ${JSON.stringify(
        featureType,
      )}`,
    );
  }
  checkTestAndThreshold(options);
  const numerical = featureType === 'numerical';
  const ref = numerical
    ? numericSample(reference, 'reference')
    : categoricalSample(reference, 'reference');
  const cur = numerical
    ? numericSample(current, 'current')
    : categoricalSample(current, 'current');
  const test = options.test ?? chooseDriftTest(ref, cur, featureType);
  const definition = DRIFT_TESTS[test];
  if (definition.needsSortedNumbers) {
    if (!(ref instanceof Float64Array && cur instanceof Float64Array)) {
      throw new InputError(`The '${test}' test needs a numerical feature`);
    }
    sortFloat64(ref);
    sortFloat64(cur);
  }
  return decide(test, definition.run(ref, cur, featureType), options.threshold);
}

/** Options of the count- and distribution-based entry points. @public */
export type PopulationDriftOptions = Omit<DriftOptions, 'featureType'>;

/**
 * {@link detectDrift} of a categorical feature from counts per category (e.g. a profile's
 * exact top-k counts, the rest under one "other" key) instead of samples: the same code
 * computes chi-square, z, Jensen–Shannon and PSI, so equal data gives equal results.
 * The default test is chosen from the reference total and the categories of both sides.
 */
export function detectCategoricalDriftFromCounts(
  reference: CategoryTally,
  current: CategoryTally,
  options: PopulationDriftOptions = {},
): DriftResult {
  checkTestAndThreshold(options);
  const counts = alignTallies(reference, current);
  const referenceTotal = totalOf(counts.reference);
  if (referenceTotal === 0)
    throw new InputError('reference has no values after dropping missing ones');
  if (totalOf(counts.current) === 0)
    throw new InputError('current has no values after dropping missing ones');
  const test =
    options.test ??
    driftTestFor(referenceTotal, counts.keys.length, 'categorical');
  const runOnCounts = DRIFT_TESTS[test].runOnCounts;
  if (!runOnCounts) {
    throw new InputError(`The '${test}' test needs a numerical feature`);
  }
  return decide(test, runOnCounts(counts), options.threshold);
}

/**
 * {@link detectDrift} of a numerical feature from two sketched distributions instead of
 * samples, for the tests a histogram supports: normed Wasserstein (∫|F_ref − F_cur|
 * over the piecewise-linear CDFs, normed by the exact reference std), Jensen–Shannon and
 * PSI (Evidently's Sturges bins over the combined range, or one bin per bucket when the
 * reference has ≤ 20 distinct values). KS, chi-square and z need the values themselves.
 * The default test follows Evidently from the reference count and the distinct estimate.
 */
export function detectNumericalDriftFromDistributions(
  reference: NumericDistribution,
  current: NumericDistribution,
  options: PopulationDriftOptions = {},
): DriftResult {
  checkTestAndThreshold(options);
  const referenceTotal = reference.buckets.reduce((s, b) => s + b.count, 0);
  if (referenceTotal === 0) throw new InputError('reference has no values');
  if (current.buckets.every(b => b.count <= 0))
    throw new InputError('current has no values');
  const test =
    options.test ??
    driftTestFor(
      referenceTotal,
      Math.max(reference.distinct, current.distinct),
      'numerical',
    );
  if (test === 'wasserstein') {
    return decide(
      test,
      { statistic: distributionNormedWasserstein(reference, current) },
      options.threshold,
    );
  }
  if (test === 'jensenshannon' || test === 'psi') {
    const binned = distributionShares(reference, current);
    if (!binned) {
      return decide(
        test,
        DRIFT_TESTS[test].runOnCounts!(bucketCounts(reference, current)),
        options.threshold,
      );
    }
    const statistic =
      test === 'psi'
        ? populationStabilityIndex(binned)
        : jensenShannonDistance(binned);
    return decide(test, { statistic }, options.threshold);
  }
  throw new InputError(
    `The '${test}' test needs the values themselves, not a sketched distribution`,
  );
}
