import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { aiopsRetrainingRunnersExtensionPoint } from '@unified-aiops/plugin-aiops-node';
import { ArgoWorkflowsRunner } from './ArgoWorkflowsRunner';
import { GithubActionsRunner } from './GithubActionsRunner';
import { LocalCommandRunner } from './LocalCommandRunner';
import { WebhookRunner } from './WebhookRunner';

const RUNNERS = 'aiops.retraining.runners';

/**
 * The `local` retraining runner: configured commands (`aiops.retraining.runners.local`).
 *
 * @public
 */
export const aiopsModuleLocalRunner = createBackendModule({
  pluginId: 'aiops',
  moduleId: 'runner-local',
  register(env) {
    env.registerInit({
      deps: {
        runners: aiopsRetrainingRunnersExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ runners, config, logger }) {
        runners.addRunner(
          LocalCommandRunner.fromConfig(
            config.getOptionalConfig(`${RUNNERS}.local`),
            logger,
          ),
        );
      },
    });
  },
});

/**
 * The `webhook` retraining runner: signed POSTs to configured URLs
 * (`aiops.retraining.runners.webhook`).
 *
 * @public
 */
export const aiopsModuleWebhookRunner = createBackendModule({
  pluginId: 'aiops',
  moduleId: 'runner-webhook',
  register(env) {
    env.registerInit({
      deps: {
        runners: aiopsRetrainingRunnersExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ runners, config }) {
        runners.addRunner(
          WebhookRunner.fromConfig(
            config.getOptionalConfig(`${RUNNERS}.webhook`),
          ),
        );
      },
    });
  },
});

/**
 * The `github-actions` retraining runner: `workflow_dispatch` of configured workflows
 * (`aiops.retraining.runners.github-actions`), credentials from `integrations.github`.
 *
 * @public
 */
export const aiopsModuleGithubActionsRunner = createBackendModule({
  pluginId: 'aiops',
  moduleId: 'runner-github-actions',
  register(env) {
    env.registerInit({
      deps: {
        runners: aiopsRetrainingRunnersExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ runners, config }) {
        runners.addRunner(GithubActionsRunner.fromConfig(config));
      },
    });
  },
});

/**
 * The `argo` retraining runner: workflows submitted from configured WorkflowTemplates
 * (`aiops.retraining.runners.argo`).
 *
 * @public
 */
export const aiopsModuleArgoRunner = createBackendModule({
  pluginId: 'aiops',
  moduleId: 'runner-argo',
  register(env) {
    env.registerInit({
      deps: {
        runners: aiopsRetrainingRunnersExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ runners, config }) {
        runners.addRunner(
          ArgoWorkflowsRunner.fromConfig(
            config.getOptionalConfig(`${RUNNERS}.argo`),
          ),
        );
      },
    });
  },
});
