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

/**
 * Runners the plugin ships (`local`, `webhook`) or documents; an organisation's backend
 * module may register any other type (Kubeflow, Airflow, SageMaker).
 */
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
    type: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,62}$/, {
        message:
          'a runner type is lower-case letters, digits and dashes, e.g. github-actions, argo, webhook, local',
      })
      .describe(
        'The registered runner that starts the runs: github-actions, argo, webhook, local, or one a backend module adds',
      ),
    target: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, {
        message:
          'a target is the name of one in aiops.retraining.runners.<type>.targets, never a URL or a command',
      })
      .describe(
        "A target the runner's config defines (aiops.retraining.runners.<type>.targets.<name>); entity YAML never carries a URL, token or command",
      ),
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
/** A runner type the plugin ships or documents. */
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
