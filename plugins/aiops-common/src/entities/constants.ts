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

/**
 * Drift statuses by severity, the least severe first: `no-data` (nothing known yet), then
 * ok < warning < drift. The one order hysteresis, the service signals and every sort use.
 */
export const DRIFT_STATUSES = ['no-data', 'ok', 'warning', 'drift'] as const;
/** Drift status of a model. */
export type DriftStatus = (typeof DRIFT_STATUSES)[number];

/** Governance statuses by severity, the least severe first: `unknown`, then compliant < at-risk < non-compliant. */
export const GOVERNANCE_STATUSES = [
  'unknown',
  'compliant',
  'at-risk',
  'non-compliant',
] as const;
/** Governance status of a model. */
export type GovernanceStatus = (typeof GOVERNANCE_STATUSES)[number];

/** Rank of a drift status in {@link DRIFT_STATUSES}: higher is more severe. */
export function driftSeverity(status: DriftStatus): number {
  return DRIFT_STATUSES.indexOf(status);
}

/** Rank of a governance status in {@link GOVERNANCE_STATUSES}: higher is more severe. */
export function governanceSeverity(status: GovernanceStatus): number {
  return GOVERNANCE_STATUSES.indexOf(status);
}

/** Whether a value is a known drift status. */
export function isDriftStatus(value: unknown): value is DriftStatus {
  return DRIFT_STATUSES.includes(value as DriftStatus);
}

/** Whether a value is a known governance status. */
export function isGovernanceStatus(value: unknown): value is GovernanceStatus {
  return GOVERNANCE_STATUSES.includes(value as GovernanceStatus);
}

/** Annotation: URL of the model's runbook (TechDocs page or any URL). */
export const RUNBOOK_URL_ANNOTATION = 'aiops.dev/runbook-url';

/** The MLModel annotation matching an OpenTelemetry resource's `service.name`. */
export const OTEL_SERVICE_NAME_ANNOTATION = 'aiops.dev/otel-service-name';

/**
 * The MLModel annotation naming its provider model (`gen_ai.request.model`): it tells a
 * service's models apart in OTLP, and prices their token usage (aiops.costs.tokenPrices).
 */
export const GENAI_MODEL_ANNOTATION = 'aiops.dev/genai-model';
/**
 * The MLModel annotation selecting its service metrics in Prometheus: label matchers
 * without braces, e.g. `service_name="ticket-summarizer"` (queries of latency, error rate
 * and throughput). The server is the one `aiops.prometheus.baseUrl` configures.
 */
export const PROMETHEUS_SELECTOR_ANNOTATION = 'aiops.dev/prometheus-selector';

/**
 * The MLModel annotation selecting its containers and GPUs in Prometheus: label matchers
 * without braces, e.g. `namespace="ml",pod=~"churn-.*"` (CPU, memory, GPU utilization).
 */
export const PROMETHEUS_RESOURCE_SELECTOR_ANNOTATION =
  'aiops.dev/prometheus-resource-selector';

/**
 * The MLModel annotation naming the KServe InferenceService whose payload logger posts
 * its requests and responses as CloudEvents: `<namespace>/<name>`, matched against the
 * events' `namespace` and `inferenceservicename` extensions.
 */
export const KSERVE_INFERENCE_SERVICE_ANNOTATION =
  'aiops.dev/kserve-inference-service';

/** Annotation: path of the model card, relative to the entity's source location. */
export const MODEL_CARD_PATH_ANNOTATION = 'aiops.dev/model-card-path';
/** Annotation: name of the model in the MLflow model registry. */
export const MLFLOW_MODEL_NAME_ANNOTATION = 'aiops.dev/mlflow-model-name';

/** MLflow registered model tag that sets the EU AI Act risk tier of a discovered model. */
export const RISK_TIER_TAG = 'aiops.dev/risk-tier';
/** MLflow registered model tag that sets the owner of a discovered model. */
export const OWNER_TAG = 'aiops.dev/owner';
/** MLflow registered model tag that sets the type of a discovered model. */
export const MODEL_TYPE_TAG = 'aiops.dev/model-type';

/** Relation from an MLModel to the MLPipeline that trains it. */
export const RELATION_TRAINED_BY = 'trainedBy';
/** Relation from an MLPipeline to the MLModel it trains; reverse of trainedBy. */
export const RELATION_TRAINS = 'trains';
/** Relation from an MLModel to the Component that serves it. */
export const RELATION_SERVED_BY = 'servedBy';
/** Relation from a Component to the MLModel it serves; reverse of servedBy. */
export const RELATION_SERVES = 'serves';
