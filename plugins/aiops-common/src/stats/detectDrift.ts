import { InputError } from '@backstage/errors';
import { categoricalSample, numericSample } from './cleanSample';
import { chooseDriftTest } from './defaultDriftTest';
import { DRIFT_TESTS } from './driftTests';
import { sortFloat64 } from './sortFloat64';
import { DriftOptions, DriftResult, DriftSample, DriftTestName } from './types';

function isDriftTestName(name: unknown): name is DriftTestName {
  return (
    typeof name === 'string' &&
    Object.prototype.hasOwnProperty.call(DRIFT_TESTS, name)
  );
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
  const threshold = options.threshold ?? definition.defaultThreshold;
  const { statistic, pValue } = definition.run(ref, cur, featureType);
  const decisive = definition.decidesOn === 'pValue' ? pValue! : statistic;
  const result: DriftResult = {
    test,
    statistic,
    threshold,
    drift: definition.isDrift(decisive, threshold),
  };
  if (pValue !== undefined) result.pValue = pValue;
  return result;
}
