/**
 * Frontend of AI DevOps for the legacy frontend system; the new one is in `/alpha`.
 *
 * @packageDocumentation
 */

export {
  aiopsPlugin,
  AiopsPage,
  EntityModelOverviewCard,
  EntityPipelineOverviewCard,
  EntityPipelineRunsContent,
  EntityMonitoringContent,
  EntityGovernanceContent,
  EntityRetrainingContent,
  EntityAuditContent,
} from './plugin';
export { aiopsApiRef, type AiopsApi } from './api/AiopsApi';
export { StatusChip } from './components/StatusChip';
export {
  DriftStatusPicker,
  GovernanceStatusPicker,
  type AiopsEntityFilters,
} from './components/StatusLabelPicker';
export {
  aiopsCatalogColumns,
  aiopsStatusColumns,
} from './components/catalogColumns';
