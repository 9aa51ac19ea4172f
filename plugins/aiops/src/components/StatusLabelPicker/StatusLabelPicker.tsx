import {
  DefaultEntityFilters,
  EntityAutocompletePicker,
  EntityFilter,
} from '@backstage/plugin-catalog-react';
import {
  DRIFT_STATUS_LABEL,
  GOVERNANCE_STATUS_LABEL,
} from '@unified-aiops/plugin-aiops-common';
import { statusLabelFilter } from './StatusLabelFilter';

/** A catalog filter over the values of one status label. */
type StatusFilter = EntityFilter & { values: string[] };

/** The catalog's filters plus the two AI DevOps status filters. */
export type AiopsEntityFilters = DefaultEntityFilters & {
  driftStatus?: StatusFilter;
  governanceStatus?: StatusFilter;
};

const DriftStatusFilter = statusLabelFilter(DRIFT_STATUS_LABEL);
const GovernanceStatusFilter = statusLabelFilter(GOVERNANCE_STATUS_LABEL);

/** Catalog sidebar filter by drift status ("what is drifting"). */
export function DriftStatusPicker() {
  return (
    <EntityAutocompletePicker<AiopsEntityFilters, 'driftStatus'>
      label="Drift status"
      name="driftStatus"
      path={`metadata.labels.${DRIFT_STATUS_LABEL}`}
      Filter={DriftStatusFilter}
      showCounts
    />
  );
}

/** Catalog sidebar filter by governance status ("what is non-compliant"). */
export function GovernanceStatusPicker() {
  return (
    <EntityAutocompletePicker<AiopsEntityFilters, 'governanceStatus'>
      label="Governance status"
      name="governanceStatus"
      path={`metadata.labels.${GOVERNANCE_STATUS_LABEL}`}
      Filter={GovernanceStatusFilter}
      showCounts
    />
  );
}
