import { z } from 'zod';
import { MLMODEL_KIND, MLPIPELINE_KIND } from './constants';
import { mlModelEntitySchema } from './MLModel';
import { mlPipelineEntitySchema } from './MLPipeline';

/** Builds the published JSON Schema (draft-07) of each kind from its zod schema. */
export function buildKindJsonSchemas(): Record<string, object> {
  return {
    [MLMODEL_KIND]: toJsonSchema(MLMODEL_KIND, mlModelEntitySchema),
    [MLPIPELINE_KIND]: toJsonSchema(MLPIPELINE_KIND, mlPipelineEntitySchema),
  };
}

function toJsonSchema(kind: string, schema: z.ZodType): object {
  return {
    $id: `https://aiops.dev/schemas/${kind}.schema.json`,
    ...z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }),
  };
}
