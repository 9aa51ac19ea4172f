import { DriftTestName } from '@unified-aiops/plugin-aiops-common';

/** A model's thresholds per family of tests (`monitoring.thresholds.{pValue,distance,psi}`). */
export interface TestFamilyThresholds {
  /** Drift when the p-value is at most this (ks, chisquare, z). */
  pValue?: number;
  /** Drift when the distance is at least this (wasserstein, jensenshannon). */
  distance?: number;
  /** Drift when the PSI is at least this. */
  psi?: number;
}

const FAMILY: Record<DriftTestName, keyof TestFamilyThresholds> = {
  ks: 'pValue',
  chisquare: 'pValue',
  z: 'pValue',
  wasserstein: 'distance',
  jensenshannon: 'distance',
  psi: 'psi',
};

/**
 * The threshold a test runs with: the feature's own, else the model's for the test's
 * family, else undefined (the test's default).
 */
export function driftThreshold(
  test: DriftTestName,
  featureThreshold: number | undefined,
  thresholds: TestFamilyThresholds,
): number | undefined {
  return featureThreshold ?? thresholds[FAMILY[test]];
}
