export { mcnemarExact, type McNemarResult } from './mcnemar';
export {
  pairedBootstrapInterval,
  type BootstrapInterval,
  type PairedBootstrapOptions,
} from './pairedBootstrap';
export {
  validateChallenger,
  validationRulesSchema,
  type ModelEvaluation,
  type ValidationDecision,
  type ValidationRuleResult,
  type ValidationRules,
  type ValidationRulesInput,
} from './validateChallenger';
export {
  RETRAINING_TRIGGER_DEFAULTS,
  resolveRetrainingTrigger,
  retrainingTriggerDecision,
  retrainingTriggerSchema,
  type RetrainingTrigger,
  type RetrainingTriggerDecision,
  type RetrainingTriggerInput,
  type RetrainingTriggerState,
} from './retrainingTrigger';
