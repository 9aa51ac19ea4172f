export { GovernanceSummaryCard } from './GovernanceSummaryCard';
