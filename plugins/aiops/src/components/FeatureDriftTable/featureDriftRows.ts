import {
  DriftCheck,
  FeatureCheckResult,
} from '@unified-aiops/plugin-aiops-common';

/** One row of the feature drift table. */
export interface FeatureDriftRow extends FeatureCheckResult {
  /** Whether the row is the model's prediction rather than an input feature. */
  isPrediction: boolean;
}

const DECISION_ORDER: Record<FeatureCheckResult['decision'], number> = {
  drift: 0,
  ok: 1,
  'no-data': 2,
};

/** The check's features, drifted first then by name, and the prediction last. */
export function featureDriftRows(
  result: DriftCheck['result'],
): FeatureDriftRow[] {
  const features = [...result.features]
    .sort(
      (a, b) =>
        DECISION_ORDER[a.decision] - DECISION_ORDER[b.decision] ||
        a.name.localeCompare(b.name),
    )
    .map(f => ({ ...f, isPrediction: false }));
  return result.prediction
    ? [...features, { ...result.prediction, isPrediction: true }]
    : features;
}
