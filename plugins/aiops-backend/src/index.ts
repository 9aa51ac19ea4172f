/**
 * Backend plugin of AI DevOps: ingest, profiles, scheduled drift checks, governance, the
 * retraining loop and the REST API; and the built-in retraining runners, each a backend
 * module registered through `aiopsRetrainingRunnersExtensionPoint`
 * (`@unified-aiops/plugin-aiops-node`) as an organisation's own runner would be.
 *
 * @packageDocumentation
 */

export { aiopsPlugin as default } from './plugin';
export {
  aiopsModuleArgoRunner,
  aiopsModuleGithubActionsRunner,
  aiopsModuleLocalRunner,
  aiopsModuleWebhookRunner,
} from './retraining/runners/modules';
