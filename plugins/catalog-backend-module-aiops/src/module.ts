import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { MlflowEntityProvider } from './mlflow/MlflowEntityProvider';
import { AiopsEntitiesProcessor } from './processor/AiopsEntitiesProcessor';
import { AiopsStatusClient } from './status/AiopsStatusClient';
import { BatchedStatusCache } from './status/BatchedStatusCache';
import {
  DRIFT_STATUS_CHANGED_TOPIC,
  GOVERNANCE_STATUS_CHANGED_TOPIC,
  DriftStatusChangedEvent,
} from '@unified-aiops/plugin-aiops-common';

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
        events: eventsServiceRef,
      },
      async init({
        config,
        logger,
        discovery,
        auth,
        scheduler,
        catalog,
        events,
      }) {
        const statuses = BatchedStatusCache.fromConfig(config, {
          source: AiopsStatusClient.create({ discovery, auth }),
          logger,
        });
        catalog.addProcessor(AiopsEntitiesProcessor.create({ statuses }));
        // The aiops backend announces a status change before it asks the catalog to
        // refresh the entity; dropping the cached status lets the refresh stamp the new one.
        await events.subscribe({
          id: 'catalog-module-aiops-status',
          topics: [DRIFT_STATUS_CHANGED_TOPIC, GOVERNANCE_STATUS_CHANGED_TOPIC],
          async onEvent({ eventPayload }) {
            const { entityRef } =
              eventPayload as Partial<DriftStatusChangedEvent>;
            if (typeof entityRef === 'string') statuses.invalidate(entityRef);
          },
        });
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
