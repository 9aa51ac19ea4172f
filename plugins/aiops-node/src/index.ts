/**
 * Node library of AI DevOps: what a backend module needs to add a retraining runner to
 * the aiops backend plugin.
 *
 * @packageDocumentation
 */
export {
  aiopsRetrainingRunnersExtensionPoint,
  type AiopsRetrainingRunnersExtensionPoint,
  type RetrainingRunHandle,
  type RetrainingRunRef,
  type RetrainingRunReport,
  type RetrainingRunRequest,
  type RetrainingRunState,
  type RetrainingRunner,
} from './runners';
export {
  AIOPS_WEBHOOK_HEADERS,
  signWebhook,
  verifyWebhook,
} from './webhookSignature';
