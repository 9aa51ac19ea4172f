import {
  DriftEvaluation,
  DriftResult,
  DriftStatus,
  DriftTestName,
  FeatureCheckResult,
  FeatureProfile,
  ModelProfile,
  MonitoredFeature,
  categoryTally,
  detectCategoricalDriftFromCounts,
  detectDrift,
  detectNumericalDriftFromDistributions,
  distinctNumbers,
  driftTestFor,
  looksNumerical,
  numericDistribution,
  sketchResolvesSpread,
  ownValue,
} from '@unified-aiops/plugin-aiops-common';
import { TestFamilyThresholds, driftThreshold } from './driftThreshold';

function sampleOf(profile: FeatureProfile, kind: 'numerical' | 'categorical') {
  return profile.reservoir.values.filter(v =>
    kind === 'numerical' ? typeof v === 'number' : typeof v === 'string',
  );
}

/** Values of the tested kind the window held: numbers, or counted categories. */
function populationOf(
  profile: FeatureProfile | undefined,
  kind: 'numerical' | 'categorical',
) {
  if (!profile) return 0;
  if (kind === 'numerical') return profile.numeric.count;
  return (
    Object.values(profile.categories.counts).reduce((s, c) => s + c, 0) +
    profile.categories.other
  );
}

/** Tests a profile answers for the whole window; the others need the values (the reservoir). */
const PROFILE_TESTS: Record<
  'numerical' | 'categorical',
  ReadonlySet<DriftTestName>
> = {
  numerical: new Set(['wasserstein', 'jensenshannon', 'psi']),
  categorical: new Set(['chisquare', 'z', 'jensenshannon', 'psi']),
};

/**
 * Evidently's default test, chosen on the windows' populations rather than the samples:
 * the reference count, and distinct values over both sides (category keys, or a lower
 * bound for numbers, see `distinctNumbers`).
 */
function defaultTest(
  reference: FeatureProfile,
  current: FeatureProfile,
  kind: 'numerical' | 'categorical',
): DriftTestName {
  const distinct =
    kind === 'numerical'
      ? distinctNumbers(reference, current)
      : new Set([
          ...Object.keys(categoryTally(reference)),
          ...Object.keys(categoryTally(current)),
        ]).size;
  return driftTestFor(populationOf(reference, kind), distinct, kind);
}

function testFeature(
  name: string,
  reference: FeatureProfile | undefined,
  current: FeatureProfile | undefined,
  pinned: {
    kind?: 'numerical' | 'categorical';
    test?: string;
    threshold?: number;
  },
  thresholds: TestFamilyThresholds,
): FeatureCheckResult {
  const kind =
    pinned.kind ??
    (looksNumerical(current ?? reference ?? ({} as FeatureProfile))
      ? 'numerical'
      : 'categorical');
  const referenceSample = reference ? sampleOf(reference, kind) : [];
  const currentSample = current ? sampleOf(current, kind) : [];
  const population = {
    reference: populationOf(reference, kind),
    current: populationOf(current, kind),
  };
  const reservoirSizes = {
    reference: referenceSample.length,
    current: currentSample.length,
  };
  const sampled =
    population.reference > reservoirSizes.reference ||
    population.current > reservoirSizes.current;
  const untested = (error?: string): FeatureCheckResult => ({
    name,
    kind,
    method: 'reservoir',
    sampleSizes: reservoirSizes,
    population,
    sampled,
    decision: 'no-data',
    test: null,
    statistic: null,
    pValue: null,
    threshold: null,
    ...(error === undefined ? {} : { error }),
  });
  if (
    !reference ||
    !current ||
    !reservoirSizes.reference ||
    !reservoirSizes.current
  ) {
    return untested();
  }
  try {
    const chosen =
      (pinned.test as DriftTestName | undefined) ??
      defaultTest(reference, current, kind);
    // A full reservoir is a uniform sample: its tests stay valid (p-values of a subsample
    // are honest, just less powerful), but where the profile holds what the test needs,
    // the whole window is used instead.
    const profileResolves =
      kind === 'categorical' ||
      (sketchResolvesSpread(reference) && sketchResolvesSpread(current));
    const fromProfile =
      sampled && PROFILE_TESTS[kind].has(chosen) && profileResolves;
    // A distance on two reservoir subsamples is noisy (a normed Wasserstein of two
    // 500-value samples of one distribution passes 0.1 about a fifth of the time), so when
    // the sketch cannot stand in for the data, the default becomes KS on the reservoirs.
    const fallBackToKs =
      sampled && !fromProfile && !pinned.test && kind === 'numerical';
    const test: DriftTestName = fallBackToKs ? 'ks' : chosen;
    const fallBackNote = fallBackToKs
      ? `${chosen} needs the whole window, and the profile's sketch cannot resolve this feature's spread; KS on the reservoir samples instead`
      : undefined;
    const options = {
      test,
      threshold: driftThreshold(test, pinned.threshold, thresholds),
    };
    let result: DriftResult;
    if (!fromProfile) {
      result = detectDrift(referenceSample, currentSample, {
        featureType: kind,
        ...options,
      });
    } else if (kind === 'categorical') {
      result = detectCategoricalDriftFromCounts(
        categoryTally(reference),
        categoryTally(current),
        options,
      );
    } else {
      result = detectNumericalDriftFromDistributions(
        numericDistribution(reference),
        numericDistribution(current),
        options,
      );
    }
    // The test's own note (e.g. a single category leaves chi-square nothing to measure).
    const notes = [fallBackNote, result.note].filter(Boolean);
    const note = notes.length ? notes.join('; ') : undefined;
    return {
      name,
      kind,
      method: fromProfile ? 'profile' : 'reservoir',
      sampleSizes: fromProfile ? population : reservoirSizes,
      population,
      sampled: !fromProfile && sampled,
      decision: result.drift ? 'drift' : 'ok',
      test: result.test,
      statistic: result.statistic,
      pValue: result.pValue ?? null,
      threshold: result.threshold,
      ...(note === undefined ? {} : { note }),
    };
  } catch (error) {
    // One test that cannot run (a pinned test the values cannot take) must not fail
    // the model's whole check: the feature says why, the others are tested.
    return untested(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Compares the current profile with the reference, feature by feature: the test is
 * Evidently's default for the window sizes (or the pinned one), computed from the profile
 * when the windows outgrew the reservoirs and the profile holds what it needs.
 * Tier of this check alone: `drift` when the share of drifted features reaches
 * `datasetDriftShare` (dataset drift), or when the prediction drifts along with any
 * feature; `warning` when some features or only the prediction drift; `ok` otherwise;
 * `no-data` without a reference or current records.
 */
export function evaluateDrift(options: {
  reference: ModelProfile | null;
  current: ModelProfile;
  features: MonitoredFeature[];
  datasetDriftShare: number;
  predictionThreshold?: number;
  /** The model's thresholds per test family, under each feature's own. */
  thresholds?: TestFamilyThresholds;
}): DriftEvaluation {
  const { reference, current, datasetDriftShare } = options;
  const thresholds = options.thresholds ?? {};
  const records = {
    reference: reference?.records ?? 0,
    current: current.records,
  };
  const empty = {
    records,
    features: [],
    prediction: null,
    driftedShare: 0,
    datasetDrift: false,
  };
  if (!reference)
    return {
      ...empty,
      status: 'no-data',
      reason: 'No reference profile is set',
    };
  if (current.records === 0) {
    return {
      ...empty,
      status: 'no-data',
      reason: 'No records in the current window',
    };
  }
  const watched = options.features.length
    ? options.features.filter(f => f.kind !== 'text')
    : Object.keys(reference.features)
        .filter(name => name in current.features)
        .sort()
        .map(name => ({
          name,
          kind: undefined,
          test: undefined,
          threshold: undefined,
        }));
  const features = watched.map(f =>
    testFeature(
      f.name,
      ownValue(reference.features, f.name),
      ownValue(current.features, f.name),
      {
        kind: f.kind as 'numerical' | 'categorical' | undefined,
        test: f.test,
        threshold: f.threshold,
      },
      thresholds,
    ),
  );
  const prediction =
    reference.prediction.count > 0 && current.prediction.count > 0
      ? testFeature(
          'prediction',
          reference.prediction,
          current.prediction,
          {
            threshold: options.predictionThreshold,
          },
          thresholds,
        )
      : null;
  const tested = features.filter(f => f.decision !== 'no-data');
  const drifted = tested.filter(f => f.decision === 'drift');
  const driftedShare = tested.length ? drifted.length / tested.length : 0;
  const datasetDrift = tested.length > 0 && driftedShare >= datasetDriftShare;
  const predictionDrift = prediction?.decision === 'drift';
  const base = { records, features, prediction, driftedShare, datasetDrift };
  const failed = [...features, ...(prediction ? [prediction] : [])].filter(
    f => f.error !== undefined,
  );
  // free text has no distribution test yet; say so rather than drop it silently
  const textFeatures = options.features.filter(f => f.kind === 'text');
  const note =
    (failed.length
      ? `; not tested: ${failed.map(f => `${f.name} (${f.error})`).join(', ')}`
      : '') +
    (textFeatures.length
      ? `; text features are not tested for drift: ${textFeatures
          .map(f => f.name)
          .join(', ')}`
      : '');
  const verdict = (status: DriftStatus, reason: string): DriftEvaluation => ({
    ...base,
    status,
    reason: reason + note,
  });
  if (tested.length === 0 && !prediction) {
    return verdict('no-data', 'No feature has values on both sides');
  }
  const names = drifted.map(f => f.name).join(', ');
  if (datasetDrift || (predictionDrift && drifted.length > 0)) {
    return verdict(
      'drift',
      `${drifted.length} of ${tested.length} features drifted (${names})${
        predictionDrift ? ' and the prediction' : ''
      }`,
    );
  }
  if (drifted.length > 0 || predictionDrift) {
    return verdict(
      'warning',
      drifted.length
        ? `${drifted.length} of ${tested.length} features drifted (${names}), below the dataset share ${datasetDriftShare}`
        : 'The prediction drifted',
    );
  }
  return verdict('ok', `None of ${tested.length} features drifted`);
}
