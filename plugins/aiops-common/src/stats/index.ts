export { detectDrift } from './detectDrift';
export { defaultDriftTest } from './defaultDriftTest';
export { percentiles } from './percentiles';
export { fairness } from './fairness';
export type {
  DriftOptions,
  DriftResult,
  DriftSample,
  DriftTestName,
  FairnessResult,
  FeatureType,
  SampleValue,
} from './types';
