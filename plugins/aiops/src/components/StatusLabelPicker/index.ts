export { DriftStatusPicker, GovernanceStatusPicker } from './StatusLabelPicker';
export type { AiopsEntityFilters } from './StatusLabelPicker';
