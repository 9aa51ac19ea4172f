import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { aiopsPermissions } from '@unified-aiops/plugin-aiops-common';
import { FleetService } from './fleet/FleetService';
import { createRouter } from './service/router';

/** The `aiops` backend plugin. */
export const aiopsPlugin = createBackendPlugin({
  pluginId: 'aiops',
  register(env) {
    env.registerInit({
      deps: {
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init({
        logger,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        catalog,
      }) {
        permissionsRegistry.addPermissions(aiopsPermissions);
        const fleet = FleetService.create({ catalog });
        httpRouter.use(await createRouter({ httpAuth, permissions, fleet }));
        logger.info('AI DevOps backend ready');
      },
    });
  },
});
