export {
  detectDrift,
  detectCategoricalDriftFromCounts,
  detectNumericalDriftFromDistributions,
} from './detectDrift';
export { defaultDriftTest, driftTestFor } from './defaultDriftTest';
export { percentiles } from './percentiles';
export {
  equalizedOdds,
  equalizedOddsFromCounts,
  fairness,
  fairnessFromCounts,
} from './fairness';
export type { PopulationDriftOptions } from './detectDrift';
export type { CategoryTally } from './categoryCounts';
export type { NumericDistribution } from './numericDistribution';
export type {
  DriftOptions,
  DriftResult,
  DriftSample,
  DriftTestName,
  FeatureType,
  SampleValue,
} from './types';
