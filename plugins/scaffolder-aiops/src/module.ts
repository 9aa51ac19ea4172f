import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createModelCardAction } from './actions/createModelCard';

/** Adds the `aiops:*` actions to the scaffolder. */
export const scaffolderModuleAiops = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'aiops',
  register(reg) {
    reg.registerInit({
      deps: { scaffolder: scaffolderActionsExtensionPoint },
      async init({ scaffolder }) {
        scaffolder.addActions(createModelCardAction());
      },
    });
  },
});
