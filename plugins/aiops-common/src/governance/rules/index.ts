import { GovernanceRule } from '../policy';
import {
  annotation,
  latencySlo,
  monitoringConfigured,
  ownerAndSystem,
  retrainingPipeline,
  riskTier,
  runbook,
  specField,
} from './entityRules';
import {
  biasEvaluation,
  evaluationEvidence,
  evidenceMetric,
  modelCard,
} from './evidenceRules';
import { driftResolved, humanApproval, inferenceLogging } from './stateRules';

/** Every rule a policy check can name, by name. */
export const GOVERNANCE_RULES: Record<string, GovernanceRule<any>> = {
  'owner-and-system': ownerAndSystem,
  'risk-tier': riskTier,
  'model-card': modelCard,
  'evaluation-evidence': evaluationEvidence,
  'bias-evaluation': biasEvaluation,
  'human-approval': humanApproval,
  runbook,
  'drift-resolved': driftResolved,
  'retraining-pipeline': retrainingPipeline,
  'monitoring-configured': monitoringConfigured,
  'latency-slo': latencySlo,
  'inference-logging': inferenceLogging,
  annotation,
  'spec-field': specField,
  'evidence-metric': evidenceMetric,
};
