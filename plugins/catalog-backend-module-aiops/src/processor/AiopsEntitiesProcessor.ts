import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  DRIFT_STATUS_LABEL,
  GOVERNANCE_STATUS_LABEL,
  isMLModelEntity,
  isMLPipelineEntity,
  validateAiopsEntity,
} from '@unified-aiops/plugin-aiops-common';
import { ModelStatus } from '../status/ModelStatusSource';
import { entityRelations } from './entityRelations';

/** Looks up the live status of a model by entity ref. */
export interface ModelStatusLookup {
  getStatus(entityRef: string): Promise<ModelStatus>;
}

/** Validates the MLModel and MLPipeline kinds, emits their relations and stamps status labels. */
export class AiopsEntitiesProcessor implements CatalogProcessor {
  /** Creates the processor; `statuses` should batch and cache (see BatchedStatusCache). */
  static create(options: { statuses: ModelStatusLookup }) {
    return new AiopsEntitiesProcessor(options.statuses);
  }

  private constructor(private readonly statuses: ModelStatusLookup) {}

  getProcessorName(): string {
    return 'AiopsEntitiesProcessor';
  }

  async preProcessEntity(entity: Entity): Promise<Entity> {
    if (!isMLModelEntity(entity)) {
      return entity;
    }
    const status = await this.statuses.getStatus(stringifyEntityRef(entity));
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        labels: {
          ...entity.metadata.labels,
          [DRIFT_STATUS_LABEL]: status.driftStatus,
          [GOVERNANCE_STATUS_LABEL]: status.governanceStatus,
        },
      },
    };
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (!isMLModelEntity(entity) && !isMLPipelineEntity(entity)) {
      return false;
    }
    const result = validateAiopsEntity(entity);
    if (!result.ok) {
      // The catalog keeps this as the entity's processing error; the page shows it.
      const reasons = result.errors.map(e => `${e.path}: ${e.message}`);
      throw new InputError(
        `${entity.kind} "${entity.metadata.name}": ${reasons.join('; ')}`,
      );
    }
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (isMLModelEntity(entity) || isMLPipelineEntity(entity)) {
      for (const relation of entityRelations(entity)) {
        emit(processingResult.relation(relation));
      }
    }
    return entity;
  }
}
