/*
 * The demo portal's backend: Backstage core plugins plus the AI DevOps plugins,
 * on the embedded SQLite database by default (app-config.production.yaml: PostgreSQL).
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  aiopsModuleArgoRunner,
  aiopsModuleGithubActionsRunner,
  aiopsModuleLocalRunner,
  aiopsModuleWebhookRunner,
} from '@unified-aiops/plugin-aiops-backend';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-scaffolder-backend'));
// publish:github, the golden-path templates' publish step (integrations.github for a token)
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('@unified-aiops/plugin-aiops-backend/permission-policy'));

backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.add(import('@unified-aiops/plugin-aiops-backend'));
// The built-in retraining runners, modules as an organisation's own runner would be.
backend.add(aiopsModuleArgoRunner);
backend.add(aiopsModuleGithubActionsRunner);
backend.add(aiopsModuleLocalRunner);
backend.add(aiopsModuleWebhookRunner);
// Demo only: streams traffic for the example models when aiops.demo.enabled.
backend.add(import('./demo/demoTrafficModule'));
backend.add(import('./demo/demoRegistryPlugin'));
backend.add(import('@unified-aiops/plugin-catalog-backend-module-aiops'));
backend.add(import('@unified-aiops/plugin-scaffolder-backend-module-aiops'));

backend.start();
