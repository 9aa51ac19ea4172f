import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import {
  AIOPS_API_VERSION,
  MLMODEL_KIND,
  MLPIPELINE_KIND,
} from '@unified-aiops/plugin-aiops-common';

/** Validates the MLModel and MLPipeline kinds. */
export class AiopsEntitiesProcessor implements CatalogProcessor {
  static create(options: { logger: LoggerService }) {
    return new AiopsEntitiesProcessor(options.logger);
  }

  private constructor(private readonly logger: LoggerService) {}

  getProcessorName(): string {
    return 'AiopsEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    const ours =
      entity.apiVersion === AIOPS_API_VERSION &&
      [MLMODEL_KIND, MLPIPELINE_KIND].includes(entity.kind);
    if (ours) this.logger.debug(`validated ${entity.kind} ${entity.metadata.name}`);
    return ours;
  }
}
