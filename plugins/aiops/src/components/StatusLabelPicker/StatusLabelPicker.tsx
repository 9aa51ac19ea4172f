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

/** A sidebar picker over the values one status label takes, with their counts. */
function statusPicker(
  name: 'driftStatus' | 'governanceStatus',
  label: string,
  statusLabel: string,
) {
  const Filter = statusLabelFilter(statusLabel);
  return () => (
    <EntityAutocompletePicker<AiopsEntityFilters, typeof name>
      label={label}
      name={name}
      path={`metadata.labels.${statusLabel}`}
      Filter={Filter}
      showCounts
    />
  );
}

/** Catalog sidebar filter by drift status ("what is drifting"). */
export const DriftStatusPicker = statusPicker(
  'driftStatus',
  'Drift status',
  DRIFT_STATUS_LABEL,
);

/** Catalog sidebar filter by governance status ("what is non-compliant"). */
export const GovernanceStatusPicker = statusPicker(
  'governanceStatus',
  'Governance status',
  GOVERNANCE_STATUS_LABEL,
);
