export { DriftSummaryCard } from './DriftSummaryCard';
