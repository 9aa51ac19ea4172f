export { FeatureDriftTable } from './FeatureDriftTable';
export { featureDriftRows, type FeatureDriftRow } from './featureDriftRows';
