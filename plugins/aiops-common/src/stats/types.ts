import type { components } from '../api/generated/openapi';

/** Names of the drift tests, as Evidently spells them (the API's `DriftTest`). @public */
export type DriftTestName = components['schemas']['DriftTest'];

/** How a feature's values are compared: ordered numbers or unordered labels. @public */
export type FeatureType = 'numerical' | 'categorical';

/** One observed value; `null`, `undefined`, `NaN` and ±Infinity count as missing. @public */
export type SampleValue = string | number | boolean | null | undefined;

/** A sample of observations: a plain array or a typed array. @public */
export type DriftSample = ArrayLike<SampleValue>;

/** Options of {@link detectDrift}. @public */
export interface DriftOptions {
  featureType: FeatureType;
  /** Defaults to the test Evidently would pick, see {@link defaultDriftTest}. */
  test?: DriftTestName;
  /** Defaults to 0.05 for p-value tests and 0.1 for distances. */
  threshold?: number;
}

/** Outcome of {@link detectDrift}. @public */
export interface DriftResult {
  test: DriftTestName;
  /** The test statistic (KS D, chi-square, z) or the distance (Wasserstein, PSI, Jensen–Shannon). */
  statistic: number;
  /** Present for the hypothesis tests (ks, chisquare, z). */
  pValue?: number;
  threshold: number;
  drift: boolean;
  /** Why the verdict needed no test, when the data leave the test nothing to measure. */
  note?: string;
}
