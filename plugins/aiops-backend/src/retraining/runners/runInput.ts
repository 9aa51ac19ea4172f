import { RetrainingRunRequest } from '@unified-aiops/plugin-aiops-node';

/**
 * The run request as one JSON string, for pipeline systems whose runs take string inputs
 * (a workflow_dispatch input, an Argo parameter): `aiops_run` in the pipeline, with the
 * run id, model, data window and the callback URLs it reports to.
 */
export function runInput(request: RetrainingRunRequest): string {
  return JSON.stringify({
    runId: request.runId,
    model: request.model,
    pipeline: request.pipeline.entityRef,
    trigger: request.trigger,
    dataWindow: request.dataWindow,
    callbacks: request.callbacks,
    deadline: request.deadline,
  });
}
