/** apiVersion of the AI DevOps catalog kinds. */
export const AIOPS_API_VERSION = 'aiops.dev/v1alpha1';
/** Kind of a deployed ML model or LLM application. */
export const MLMODEL_KIND = 'MLModel';
/** Kind of a pipeline that trains, retrains, evaluates or batch-scores models. */
export const MLPIPELINE_KIND = 'MLPipeline';

/** Label the catalog module stamps with the model's current drift status. */
export const DRIFT_STATUS_LABEL = 'aiops.dev/drift-status';
/** Label the catalog module stamps with the model's current governance status. */
export const GOVERNANCE_STATUS_LABEL = 'aiops.dev/governance-status';

/** Drift status of a model, worst last. */
export const DRIFT_STATUSES = ['no-data', 'ok', 'warning', 'drift'] as const;
/** Drift status of a model. */
export type DriftStatus = (typeof DRIFT_STATUSES)[number];

/** Governance status of a model. */
export const GOVERNANCE_STATUSES = [
  'unknown',
  'compliant',
  'at-risk',
  'non-compliant',
] as const;
/** Governance status of a model. */
export type GovernanceStatus = (typeof GOVERNANCE_STATUSES)[number];

/** Whether a value is a known drift status. */
export function isDriftStatus(value: unknown): value is DriftStatus {
  return DRIFT_STATUSES.includes(value as DriftStatus);
}

/** Whether a value is a known governance status. */
export function isGovernanceStatus(value: unknown): value is GovernanceStatus {
  return GOVERNANCE_STATUSES.includes(value as GovernanceStatus);
}
