export { DriftHistoryChart } from './DriftHistoryChart';
export { driftHistoryData, type DriftHistoryPoint } from './driftHistoryData';
