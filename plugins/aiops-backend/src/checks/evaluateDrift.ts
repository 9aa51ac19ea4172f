import {
  DriftStatus,
  DriftTestName,
  FeatureProfile,
  ModelProfile,
  detectDrift,
  looksNumerical,
} from '@unified-aiops/plugin-aiops-common';
import { WatchedFeature } from '../models/ModelDirectory';

/** Outcome of one feature's (or the prediction's) drift test. */
export interface FeatureCheckResult {
  name: string;
  kind: 'numerical' | 'categorical';
  decision: 'ok' | 'drift' | 'no-data';
  test: DriftTestName | null;
  statistic: number | null;
  pValue: number | null;
  threshold: number | null;
  /** Tests run on the profiles' reservoir samples (uniform samples of the windows). */
  method: 'reservoir';
  /** Values each test saw. */
  sampleSizes: { reference: number; current: number };
  /** Values the windows held; larger than the sample when the reservoir was full. */
  population: { reference: number; current: number };
  /** Whether the test saw a sample rather than every value. */
  sampled: boolean;
}

/** Outcome of one check, before hysteresis. */
export interface DriftEvaluation {
  status: DriftStatus;
  reason: string;
  records: { reference: number; current: number };
  features: FeatureCheckResult[];
  prediction: FeatureCheckResult | null;
  driftedShare: number;
  datasetDrift: boolean;
}

function sampleOf(profile: FeatureProfile, kind: 'numerical' | 'categorical') {
  return profile.reservoir.values.filter(v =>
    kind === 'numerical' ? typeof v === 'number' : typeof v === 'string',
  );
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
): FeatureCheckResult {
  const kind =
    pinned.kind ??
    (looksNumerical(current ?? reference ?? ({} as FeatureProfile))
      ? 'numerical'
      : 'categorical');
  const referenceSample = reference ? sampleOf(reference, kind) : [];
  const currentSample = current ? sampleOf(current, kind) : [];
  const population = {
    reference: reference ? reference.count - reference.nulls : 0,
    current: current ? current.count - current.nulls : 0,
  };
  const base = {
    name,
    kind,
    method: 'reservoir' as const,
    sampleSizes: {
      reference: referenceSample.length,
      current: currentSample.length,
    },
    population,
    sampled:
      population.reference > referenceSample.length ||
      population.current > currentSample.length,
  };
  if (referenceSample.length === 0 || currentSample.length === 0) {
    return {
      ...base,
      decision: 'no-data',
      test: null,
      statistic: null,
      pValue: null,
      threshold: null,
    };
  }
  const result = detectDrift(referenceSample, currentSample, {
    featureType: kind,
    test: pinned.test as DriftTestName | undefined,
    threshold: pinned.threshold,
  });
  return {
    ...base,
    decision: result.drift ? 'drift' : 'ok',
    test: result.test,
    statistic: result.statistic,
    pValue: result.pValue ?? null,
    threshold: result.threshold,
  };
}

/**
 * Compares the current profile with the reference, feature by feature, on reservoir samples.
 * Tier of this check alone: `drift` when the share of drifted features reaches
 * `datasetDriftShare` (dataset drift), or when the prediction drifts along with any
 * feature; `warning` when some features or only the prediction drift; `ok` otherwise;
 * `no-data` without a reference or current records.
 */
export function evaluateDrift(options: {
  reference: ModelProfile | null;
  current: ModelProfile;
  features: WatchedFeature[];
  datasetDriftShare: number;
  predictionThreshold?: number;
}): DriftEvaluation {
  const { reference, current, datasetDriftShare } = options;
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
    testFeature(f.name, reference.features[f.name], current.features[f.name], {
      kind: f.kind as 'numerical' | 'categorical' | undefined,
      test: f.test,
      threshold: f.threshold,
    }),
  );
  const prediction =
    reference.prediction.count > 0 && current.prediction.count > 0
      ? testFeature('prediction', reference.prediction, current.prediction, {
          threshold: options.predictionThreshold,
        })
      : null;
  const tested = features.filter(f => f.decision !== 'no-data');
  const drifted = tested.filter(f => f.decision === 'drift');
  const driftedShare = tested.length ? drifted.length / tested.length : 0;
  const datasetDrift = tested.length > 0 && driftedShare >= datasetDriftShare;
  const predictionDrift = prediction?.decision === 'drift';
  const base = { records, features, prediction, driftedShare, datasetDrift };
  if (tested.length === 0 && !prediction) {
    return {
      ...base,
      status: 'no-data',
      reason: 'No feature has values on both sides',
    };
  }
  const names = drifted.map(f => f.name).join(', ');
  if (datasetDrift || (predictionDrift && drifted.length > 0)) {
    return {
      ...base,
      status: 'drift',
      reason: `${drifted.length} of ${
        tested.length
      } features drifted (${names})${
        predictionDrift ? ' and the prediction' : ''
      }`,
    };
  }
  if (drifted.length > 0 || predictionDrift) {
    return {
      ...base,
      status: 'warning',
      reason: drifted.length
        ? `${drifted.length} of ${tested.length} features drifted (${names}), below the dataset share ${datasetDriftShare}`
        : 'The prediction drifted',
    };
  }
  return {
    ...base,
    status: 'ok',
    reason: `None of ${tested.length} features drifted`,
  };
}
