import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { AiopsPermissionPolicy } from './AiopsPermissionPolicy';

/**
 * Sets {@link AiopsPermissionPolicy} as the permission backend's policy: people may do
 * everything but post inference records, which only model services may. Add it instead
 * of `@backstage/plugin-permission-backend-module-allow-all-policy`.
 *
 * @public
 */
export const permissionModuleAiopsPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'aiops-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new AiopsPermissionPolicy());
      },
    });
  },
});
