import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createCiGatesAction } from './actions/createCiGates';
import { createModelCardAction } from './actions/createModelCard';
import { createRunbooksAction } from './actions/createRunbooks';
import { createRegisterModelAction } from './actions/registerModel';

/** Adds the `aiops:*` actions to the scaffolder. */
export const scaffolderModuleAiops = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'aiops',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
      },
      async init({ scaffolder, config, auth, discovery }) {
        scaffolder.addActions(
          createModelCardAction(),
          createCiGatesAction({ config }),
          createRunbooksAction({ config }),
          createRegisterModelAction({ auth, discovery, config }),
        );
      },
    });
  },
});
