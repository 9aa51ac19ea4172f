export { MonitoringEmptyState, type MissingData } from './MonitoringEmptyState';
