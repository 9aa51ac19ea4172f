import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { AiopsEntitiesProcessor } from './processor/AiopsEntitiesProcessor';

/** Adds the AI DevOps kinds to the catalog. */
export const catalogModuleAiops = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'aiops',
  register(reg) {
    reg.registerInit({
      deps: {
        logger: coreServices.logger,
        catalog: catalogProcessingExtensionPoint,
      },
      async init({ logger, catalog }) {
        catalog.addProcessor(AiopsEntitiesProcessor.create({ logger }));
      },
    });
  },
});
