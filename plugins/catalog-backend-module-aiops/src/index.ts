/**
 * Catalog module of AI DevOps: the MLModel and MLPipeline kinds, their relations,
 * live status labels and MLflow discovery.
 *
 * @packageDocumentation
 */

export { catalogModuleAiops as default } from './module';
export {
  AiopsEntitiesProcessor,
  type ModelStatusLookup,
} from './processor/AiopsEntitiesProcessor';
export { AiopsStatusClient } from './status/AiopsStatusClient';
export {
  BatchedStatusCache,
  type BatchedStatusCacheOptions,
} from './status/BatchedStatusCache';
export {
  type ModelStatus,
  type ModelStatusSource,
  UNKNOWN_MODEL_STATUS,
} from './status/ModelStatusSource';
export { MlflowEntityProvider } from './mlflow/MlflowEntityProvider';
