import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { MlflowEntityProvider } from './mlflow/MlflowEntityProvider';
import { AiopsEntitiesProcessor } from './processor/AiopsEntitiesProcessor';
import { AiopsStatusClient } from './status/AiopsStatusClient';
import { BatchedStatusCache } from './status/BatchedStatusCache';

/** Adds the AI DevOps kinds, their relations and status labels, and MLflow discovery to the catalog. */
export const catalogModuleAiops = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'aiops',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        catalog: catalogProcessingExtensionPoint,
      },
      async init({ config, logger, discovery, auth, scheduler, catalog }) {
        const statuses = BatchedStatusCache.fromConfig(config, {
          source: AiopsStatusClient.create({ discovery, auth }),
          logger,
        });
        catalog.addProcessor(AiopsEntitiesProcessor.create({ statuses }));
        const mlflow = MlflowEntityProvider.fromConfig(config, {
          logger,
          scheduler,
        });
        if (mlflow) {
          catalog.addEntityProvider(mlflow);
        }
      },
    });
  },
});
