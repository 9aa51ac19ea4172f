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
/** True- and false-positive rates per group and the equalized-odds difference. */
export type EqualizedOdds = Schemas['EqualizedOdds'];
/** Hallucination-rate shift, a section of a check. */
export type LlmCheckResult = Schemas['LlmCheckResult'];
/** Group fairness of the positive predictions, current against reference. */
export type BiasCheckResult = Schemas['BiasCheckResult'];
/** Latency quantiles in ms. */
export type LatencyQuantiles = Schemas['LatencyQuantiles'];
/** Latency regression against the reference and the SLO. */
export type LatencyCheckResult = Schemas['LatencyCheckResult'];
/** What a window's requests cost: total, per 1,000 requests, tokens per request. */
export type CostFigures = Schemas['CostFigures'];
/** Cost per 1,000 requests against the reference's. */
export type CostCheckResult = Schemas['CostCheckResult'];
/** A serving source's figures over a window. */
export type ServingFigures = Schemas['ServingFigures'];
/** Prometheus's serving figures of a check's window against the window before it. */
export type ServingCheckResult = Schemas['ServingCheckResult'];
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
/** Outcome of one governance check. */
export type GovernanceResult = Schemas['GovernanceResult'];
/** How much a failing governance check matters. */
export type GovernanceSeverity = Schemas['GovernanceSeverity'];
/** The framework controls a governance check gives evidence for. */
export type FrameworkControls = Schemas['FrameworkControls'];
/** One check of a model against the governance policy. */
export type GovernanceCheck = Schemas['GovernanceCheck'];
/** A model evaluated against the governance policy. */
export type GovernanceEvaluation = Schemas['GovernanceEvaluation'];
/** What CI measured for a model version. */
export type GateEvidence = Schemas['GateEvidence'];
/** Body of a CI gate call. */
export type GateRequest = Schemas['GateRequest'];
/** The gate's answer for one model version. */
export type GateDecision = Schemas['GateDecision'];
/** One check as the gate answers it. */
export type GateCheck = Schemas['GateCheck'];
/** One recorded gate call with its evidence and decision. */
export type GateRecord = Schemas['GateRecord'];
/** An accepted exception to one check for one model. */
export type Waiver = Schemas['Waiver'];
/** Body of a waiver request. */
export type WaiverRequest = Schemas['WaiverRequest'];
/** A person's decision on a model version. */
export type Approval = Schemas['Approval'];
/** Body of an approval or rejection. */
export type ApprovalRequest = Schemas['ApprovalRequest'];
/** One entry of the hash-chained audit trail. */
export type AuditEntry = Schemas['AuditEntry'];
/** A page of the audit trail. */
export type AuditPage = Schemas['AuditPage'];
/** The result of verifying the audit chain. */
export type AuditVerification = Schemas['AuditVerification'];
/** One framework control and the checks that give evidence for it. */
export type ControlMapping = Schemas['ControlMapping'];
/** Everything a compliance officer reads for one model. */
export type ComplianceReport = Schemas['ComplianceReport'];
/** Governance figures of one owner's or system's models. */
export type PortfolioGroup = Schemas['PortfolioGroup'];
/** Governance figures of the fleet by owner and by system. */
export type GovernancePortfolio = Schemas['GovernancePortfolio'];
/** The compliance reports of a system's models. */
export type SystemReport = Schemas['SystemReport'];
/** Where a retraining run stands. */
export type RunState = Schemas['RunState'];
/** One run of a model's retraining pipeline, from trigger to decision. */
export type RetrainingRun = Schemas['RetrainingRun'];
/** Body of a manual retraining run. */
export type RetrainingRequest = Schemas['RetrainingRequest'];
/** A state change a pipeline reports for its run. */
export type RunStatusReport = Schemas['RunStatusReport'];
/** The challenger's evaluation beside the champion's, as the pipeline reports it. */
export type RunEvaluationReport = Schemas['RunEvaluationReport'];
/** The validation gate's decision on a run, rule by rule. */
export type RunValidation = Schemas['RunValidation'];
/** What became of a passing challenger. */
export type RunPromotion = Schemas['RunPromotion'];
/** Body of a promotion approval or rejection. */
export type PromotionDecisionRequest = Schemas['PromotionDecisionRequest'];
/** Body of a rollback. */
export type RollbackRequest = Schemas['RollbackRequest'];
/** The figures of a model's Prometheus queries at one time; null where a query had none. */
export type ResourceFigures = Schemas['ResourceFigures'];
/** One stored pull of a model's Prometheus figures. */
export type ResourceSample = Schemas['ResourceSample'];
/** A model's latency, error rate, throughput and resource use as Prometheus reports them. */
export type ModelResources = Schemas['ModelResources'];
