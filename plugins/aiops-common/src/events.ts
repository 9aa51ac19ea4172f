import { DriftStatus, GovernanceStatus } from './entities/constants';

/** Events-service topic the aiops backend publishes when a model's drift status changes. */
export const DRIFT_STATUS_CHANGED_TOPIC = 'aiops.drift.status-changed';

/** Payload of a `aiops.drift.status-changed` event. */
export interface DriftStatusChangedEvent {
  entityRef: string;
  previousStatus: DriftStatus | null;
  status: DriftStatus;
  reason: string;
  checkId: string;
}

/** Events-service topic the aiops backend publishes when a model's governance status changes. */
export const GOVERNANCE_STATUS_CHANGED_TOPIC =
  'aiops.governance.status-changed';

/** Payload of a `aiops.governance.status-changed` event. */
export interface GovernanceStatusChangedEvent {
  entityRef: string;
  previousStatus: GovernanceStatus | null;
  status: GovernanceStatus;
  score: number;
  reason: string;
}
