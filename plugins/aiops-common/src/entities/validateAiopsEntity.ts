import { Entity } from '@backstage/catalog-model';
import { z } from 'zod';
import { AIOPS_API_VERSION } from './constants';
import { isMLModelEntity, MLModelEntity, mlModelEntitySchema } from './MLModel';
import {
  isMLPipelineEntity,
  MLPipelineEntity,
  mlPipelineEntitySchema,
} from './MLPipeline';

/** One reason an entity is invalid, at a field path such as `spec.monitoring.features[2].kind`. */
export interface AiopsEntityError {
  path: string;
  message: string;
}

/** Outcome of {@link validateAiopsEntity}. */
export type AiopsEntityValidation =
  | { ok: true; entity: MLModelEntity | MLPipelineEntity }
  | { ok: false; errors: AiopsEntityError[] };

/** Validates an MLModel or MLPipeline entity against its zod schema, with field-path errors. */
export function validateAiopsEntity(entity: Entity): AiopsEntityValidation {
  let schema: typeof mlModelEntitySchema | typeof mlPipelineEntitySchema;
  if (isMLModelEntity(entity)) {
    schema = mlModelEntitySchema;
  } else if (isMLPipelineEntity(entity)) {
    schema = mlPipelineEntitySchema;
  } else {
    return {
      ok: false,
      errors: [
        {
          path: 'kind',
          message: `Not an ${AIOPS_API_VERSION} MLModel or MLPipeline`,
        },
      ],
    };
  }
  const result = schema.safeParse(entity);
  if (result.success) {
    return { ok: true, entity: entity as MLModelEntity | MLPipelineEntity };
  }
  return {
    ok: false,
    errors: result.error.issues.map(issue => ({
      path: formatIssuePath(issue),
      message: issue.message,
    })),
  };
}

function formatIssuePath(issue: z.core.$ZodIssue): string {
  // Unknown keys are reported on the parent object; name them so the YAML line is findable.
  const path =
    issue.code === 'unrecognized_keys' && issue.keys.length === 1
      ? [...issue.path, issue.keys[0]]
      : issue.path;
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const name = String(segment);
    return text ? `${text}.${name}` : name;
  }, '');
}
