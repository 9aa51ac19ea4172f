import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import {
  checkAfter,
  modelEntity,
  syntheticRecords,
} from '../../__testUtils__/testBackend';

export const BASE = '/api/aiops/v1/models/default/churn';

export const validation = {
  primary: { metric: 'auc', minImprovement: 0.01 },
  guardrails: [
    { metric: 'latency_p95_ms', direction: 'lower', maxRegression: 5 },
  ],
};

/** The churn model, trained by churn-training, with a trigger after one drift check. */
export function retrainedModel(
  overrides: Record<string, unknown> = {},
): Entity {
  const model = modelEntity('churn');
  return {
    ...model,
    spec: {
      ...model.spec,
      trainedBy: 'mlpipeline:default/churn-training',
      registry: {
        type: 'mlflow',
        modelName: 'churn',
        aliases: { champion: '7' },
      },
      retraining: { trigger: { consecutiveChecks: 1 }, validation },
      ...overrides,
    },
  };
}

/** The churn-training pipeline with the given runner. */
export function pipelineEntity(runner: JsonObject): Entity {
  return {
    apiVersion: 'aiops.dev/v1alpha1',
    kind: 'MLPipeline',
    metadata: { name: 'churn-training', namespace: 'default' },
    spec: {
      type: 'retraining',
      owner: 'group:default/ml-team',
      runner,
    },
  };
}

/** Reference, drifted traffic and a check: the model's status becomes drift. */
export async function drift(server: any, key = 'b1') {
  const check = await checkAfter(server, BASE, {
    reference: syntheticRecords(600, { seed: 1 }),
    key,
    records: syntheticRecords(600, { shift: 15, seed: 2 }),
  });
  expect(check.body.status).toBe('drift');
}
