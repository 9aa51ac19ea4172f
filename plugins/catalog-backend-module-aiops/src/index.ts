/**
 * Catalog module of AI DevOps: the MLModel and MLPipeline kinds, their relations
 * and live status labels.
 *
 * @packageDocumentation
 */

export { catalogModuleAiops as default } from './module';
export { AiopsEntitiesProcessor } from './processor/AiopsEntitiesProcessor';
