/*
 * The shapes the aiops REST API carries, named. Each is the type generated from the
 * OpenAPI document (plugins/aiops-backend/src/schema/openapi.yaml, the one definition),
 * so the backend that produces them, the client and every caller agree by construction.
 */
import type { components, operations, paths } from './generated/openapi';

type Schemas = components['schemas'];

/** The API's paths, methods, parameters and bodies, as generated from the OpenAPI document. */
export type AiopsApiPaths = paths;
/** The API's operations by operationId, as generated from the OpenAPI document. */
export type AiopsApiOperations = operations;

/** One model of the fleet as the fleet page lists it. */
export type FleetModel = Schemas['FleetModel'];
/** The whole fleet with counts by status. */
export type FleetSummary = Schemas['FleetSummary'];
/** One inference record a model service posts. */
export type InferenceRecord = Schemas['InferenceRecord'];
/** A value of a feature, prediction or label. */
export type RecordScalar = Schemas['RecordScalar'];
/** LLM quality signals of one inference. */
export type LlmSignals = Schemas['LlmSignals'];
/** Body of a batch of inference records. */
export type IngestRequest = Schemas['IngestRequest'];
/** Answer to an accepted batch of inference records (HTTP 202). */
export type IngestAccepted = Schemas['IngestAccepted'];
/** Body of a reference update: training records or a pinned production window. */
export type ReferenceUpdate = Schemas['ReferenceUpdate'];
/** Where a model's reference profile came from. */
export type ReferenceInfo = Schemas['ReferenceInfo'];
/** Outcome of one feature's (or the prediction's) drift test. */
export type FeatureCheckResult = Schemas['FeatureCheckResult'];
/** Group fairness of binary decisions. */
export type FairnessResult = Schemas['FairnessResult'];
/** Hallucination-rate shift, a section of a check. */
export type LlmCheckResult = Schemas['LlmCheckResult'];
/** Group fairness of the positive predictions, current against reference. */
export type BiasCheckResult = Schemas['BiasCheckResult'];
/** Latency quantiles in ms. */
export type LatencyQuantiles = Schemas['LatencyQuantiles'];
/** Latency regression against the reference and the SLO. */
export type LatencyCheckResult = Schemas['LatencyCheckResult'];
/** What one stored check found. */
export type DriftCheckResult = Schemas['DriftCheckResult'];
/** What the feature tests of one check found, before the service sections and hysteresis. */
export type DriftEvaluation = Pick<
  DriftCheckResult,
  | 'status'
  | 'reason'
  | 'records'
  | 'features'
  | 'prediction'
  | 'driftedShare'
  | 'datasetDrift'
>;
/** One stored drift check. */
export type DriftCheck = Schemas['DriftCheck'];
/** Current drift status of a model with its latest check. */
export type ModelDriftStatus = Schemas['ModelDriftStatus'];
/** Status of one model as the catalog module stamps it. */
export type ModelStatusItem = Schemas['ModelStatusItem'];
/** Quantiles and moments of numeric values. */
export type NumericStats = Schemas['NumericStats'];
/** What a chart shows of one feature in one profile. */
export type FeatureStats = Schemas['FeatureStats'];
/** Reference and current side by side, binned on shared edges. */
export type FeatureComparison = Schemas['FeatureComparison'];
/** Whole-profile counts and signals. */
export type ProfileTotals = Schemas['ProfileTotals'];
/** The current window's merged profile against the reference, for charts. */
export type ModelProfiles = Schemas['ModelProfiles'];
/** Summary of a current profile against its reference, as `compareProfiles` computes it. */
export type ProfileComparison = Omit<
  ModelProfiles,
  'entityRef' | 'window' | 'referenceSource'
>;
