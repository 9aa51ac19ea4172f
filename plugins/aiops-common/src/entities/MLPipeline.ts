import { Entity } from '@backstage/catalog-model';
import { z } from 'zod';
import { AIOPS_API_VERSION, MLPIPELINE_KIND } from './constants';
import { entityMetadataSchema, entityRefSchema } from './entityRefSchema';
import { AiopsEntity, isAiopsKind } from './entityRefs';

/** What a pipeline does. */
export const PIPELINE_TYPES = [
  'training',
  'retraining',
  'evaluation',
  'batch-inference',
] as const;

/** Systems that can run a pipeline. */
export const RUNNER_TYPES = [
  'github-actions',
  'argo',
  'kubeflow',
  'webhook',
  'local',
] as const;

/** How the loop starts a run of the pipeline. */
export const pipelineRunnerSchema = z
  .object({
    type: z.enum(RUNNER_TYPES),
    // e.g. `owner/repo/.github/workflows/train.yaml`, an Argo workflow template, a URL
    target: z.string().min(1),
    ref: z.string().min(1).optional(),
    parameters: z.record(z.string(), z.string()).optional(),
    timeoutMinutes: z.number().int().positive().optional(),
  })
  .strict();

/** spec of an MLPipeline entity. */
export const mlPipelineSpecSchema = z
  .object({
    type: z.enum(PIPELINE_TYPES),
    owner: entityRefSchema('Group'),
    system: entityRefSchema('System').optional(),
    lifecycle: z.string().min(1).optional(),
    runner: pipelineRunnerSchema,
    produces: z.array(entityRefSchema('MLModel')).optional(),
  })
  .strict();

/** A whole MLPipeline entity. */
export const mlPipelineEntitySchema = z
  .looseObject({
    apiVersion: z.literal(AIOPS_API_VERSION),
    kind: z.literal(MLPIPELINE_KIND),
    metadata: entityMetadataSchema,
    spec: mlPipelineSpecSchema,
  })
  .meta({
    title: 'MLPipeline',
    description:
      'A pipeline that trains, retrains, evaluates or batch-scores models (aiops.dev/v1alpha1)',
  });

/** Pipeline type. */
export type PipelineType = (typeof PIPELINE_TYPES)[number];
/** Runner type. */
export type RunnerType = (typeof RUNNER_TYPES)[number];
/** How the loop starts a run of the pipeline. */
export type PipelineRunner = z.infer<typeof pipelineRunnerSchema>;
/** spec of an MLPipeline entity. */
export type MLPipelineSpec = z.infer<typeof mlPipelineSpecSchema>;

/** An MLPipeline catalog entity. */
export type MLPipelineEntity = AiopsEntity<
  typeof MLPIPELINE_KIND,
  MLPipelineSpec
>;

/** Whether an entity is an MLPipeline (by apiVersion and kind; the spec is not checked). */
export function isMLPipelineEntity(entity: Entity): entity is MLPipelineEntity {
  return isAiopsKind(entity, MLPIPELINE_KIND);
}
