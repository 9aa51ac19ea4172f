import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createCiGatesAction } from './actions/createCiGates';
import { createModelCardAction } from './actions/createModelCard';
import { createRunbooksAction } from './actions/createRunbooks';

/** Adds the `aiops:*` actions to the scaffolder. */
export const scaffolderModuleAiops = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'aiops',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ scaffolder, config }) {
        scaffolder.addActions(
          createModelCardAction(),
          createCiGatesAction({ config }),
          createRunbooksAction({ config }),
        );
      },
    });
  },
});
