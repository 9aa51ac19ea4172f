import {
  DriftStatus,
  GovernanceStatus,
} from '@unified-aiops/plugin-aiops-common';

/** The live status of one model, as the catalog labels show it. */
export interface ModelStatus {
  driftStatus: DriftStatus;
  governanceStatus: GovernanceStatus;
}

/** Status of a model the backend knows nothing about yet. */
export const UNKNOWN_MODEL_STATUS: ModelStatus = Object.freeze({
  driftStatus: 'no-data',
  governanceStatus: 'unknown',
});

/** Where model statuses come from; keys of the answer are lowercased entity refs. */
export interface ModelStatusSource {
  getStatuses(entityRefs: string[]): Promise<Map<string, ModelStatus>>;
}
