import {
  LoggerService,
  RootConfigService,
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  RetrainingRunner,
  aiopsRetrainingRunnersExtensionPoint,
} from '@unified-aiops/plugin-aiops-node';
import { ArgoWorkflowsRunner } from './ArgoWorkflowsRunner';
import { GithubActionsRunner } from './GithubActionsRunner';
import { LocalCommandRunner } from './LocalCommandRunner';
import { WebhookRunner } from './WebhookRunner';

const RUNNERS = 'aiops.retraining.runners';

/** A backend module that adds one runner, built from the root config. */
function runnerModule(
  moduleId: string,
  create: (
    config: RootConfigService,
    logger: LoggerService,
  ) => RetrainingRunner,
) {
  return createBackendModule({
    pluginId: 'aiops',
    moduleId,
    register(env) {
      env.registerInit({
        deps: {
          runners: aiopsRetrainingRunnersExtensionPoint,
          config: coreServices.rootConfig,
          logger: coreServices.logger,
        },
        async init({ runners, config, logger }) {
          runners.addRunner(create(config, logger));
        },
      });
    },
  });
}

/**
 * The `local` retraining runner: configured commands (`aiops.retraining.runners.local`).
 *
 * @public
 */
export const aiopsModuleLocalRunner = runnerModule(
  'runner-local',
  (config, logger) =>
    LocalCommandRunner.fromConfig(
      config.getOptionalConfig(`${RUNNERS}.local`),
      logger,
    ),
);

/**
 * The `webhook` retraining runner: signed POSTs to configured URLs
 * (`aiops.retraining.runners.webhook`).
 *
 * @public
 */
export const aiopsModuleWebhookRunner = runnerModule('runner-webhook', config =>
  WebhookRunner.fromConfig(config.getOptionalConfig(`${RUNNERS}.webhook`)),
);

/**
 * The `github-actions` retraining runner: `workflow_dispatch` of configured workflows
 * (`aiops.retraining.runners.github-actions`), credentials from `integrations.github`.
 *
 * @public
 */
export const aiopsModuleGithubActionsRunner = runnerModule(
  'runner-github-actions',
  config => GithubActionsRunner.fromConfig(config),
);

/**
 * The `argo` retraining runner: workflows submitted from configured WorkflowTemplates
 * (`aiops.retraining.runners.argo`).
 *
 * @public
 */
export const aiopsModuleArgoRunner = runnerModule('runner-argo', config =>
  ArgoWorkflowsRunner.fromConfig(config.getOptionalConfig(`${RUNNERS}.argo`)),
);
