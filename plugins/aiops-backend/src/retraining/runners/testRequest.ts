import { RetrainingRunRequest } from '@unified-aiops/plugin-aiops-node';
import { randomUUID } from 'node:crypto';

/** A run request as the retraining service builds one, for runner tests. */
export function testRunRequest(
  target: string,
  parameters: Record<string, string> = {},
): RetrainingRunRequest {
  const runId = randomUUID();
  return {
    runId,
    model: { entityRef: 'mlmodel:default/churn-model', version: '7' },
    pipeline: {
      entityRef: 'mlpipeline:default/churn-training',
      target,
      ref: 'main',
      parameters,
    },
    trigger: { kind: 'drift', by: 'aiops:drift', reason: 'drift held' },
    dataWindow: {
      from: '2026-12-02T00:00:00.000Z',
      to: '2026-12-03T00:00:00.000Z',
    },
    callbacks: {
      evaluationUrl: `http://127.0.0.1:7007/api/aiops/v1/runs/${runId}/evaluation`,
      statusUrl: `http://127.0.0.1:7007/api/aiops/v1/runs/${runId}/status`,
    },
    deadline: '2026-12-03T02:00:00.000Z',
  };
}
