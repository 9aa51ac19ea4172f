import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  RetrainingRunHandle,
  RetrainingRunRef,
  RetrainingRunReport,
  RetrainingRunRequest,
  RetrainingRunner,
} from '@unified-aiops/plugin-aiops-node';
import { requireOk, retrying } from './retrying';
import { runInput } from './runInput';

/** One configured template (`aiops.retraining.runners.argo.targets.<name>`). */
interface ArgoTarget {
  baseUrl: string;
  /** Where people open a workflow; the server's URL by default. */
  uiUrl: string;
  namespace: string;
  workflowTemplate: string;
  token?: string;
}

/** A workflow as `GET /api/v1/workflows/{namespace}/{name}` answers it. */
interface Workflow {
  metadata?: { name?: string };
  status?: { phase?: string; message?: string };
}

/**
 * Submits a workflow from a configured `WorkflowTemplate` through the Argo Server's API
 * (`POST /api/v1/workflows/{namespace}/submit`) and follows it with
 * `GET /api/v1/workflows/{namespace}/{name}`; cancel stops it (`PUT .../stop`, exit
 * handlers still run). The template receives the parameter `aiops_run` (the run request
 * as JSON, with the callback URLs) and one parameter per `spec.runner.parameters` key,
 * and the workflow carries the label `aiops.dev/run-id`. A submit is not retried: the
 * server may have created the workflow although its answer was lost.
 */
export class ArgoWorkflowsRunner implements RetrainingRunner {
  readonly type = 'argo';

  static fromConfig(config: Config | undefined) {
    const targets = new Map<string, ArgoTarget>();
    const targetsConfig = config?.getOptionalConfig('targets');
    for (const name of targetsConfig?.keys() ?? []) {
      const target = targetsConfig!.getConfig(name);
      const baseUrl = target.getString('baseUrl').replace(/\/+$/, '');
      targets.set(name, {
        baseUrl,
        uiUrl: (target.getOptionalString('uiUrl') ?? baseUrl).replace(
          /\/+$/,
          '',
        ),
        namespace: target.getString('namespace'),
        workflowTemplate: target.getString('workflowTemplate'),
        token: target.getOptionalString('token'),
      });
    }
    return new ArgoWorkflowsRunner(targets);
  }

  constructor(private readonly targets: Map<string, ArgoTarget>) {}

  async start(request: RetrainingRunRequest): Promise<RetrainingRunHandle> {
    const target = this.target(request.pipeline.target);
    const url = `${target.baseUrl}/api/v1/workflows/${target.namespace}/submit`;
    const parameters = [
      ...Object.entries(request.pipeline.parameters).map(
        ([key, value]) => `${key}=${value}`,
      ),
      `aiops_run=${runInput(request)}`,
    ];
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...this.headers(target), 'content-type': 'application/json' },
      body: JSON.stringify({
        namespace: target.namespace,
        resourceKind: 'WorkflowTemplate',
        resourceName: target.workflowTemplate,
        submitOptions: {
          labels: `aiops.dev/run-id=${request.runId}`,
          parameters,
        },
      }),
      signal: AbortSignal.timeout(30_000),
    });
    await requireOk(`POST ${url}`, response);
    const workflow = (await response.json()) as Workflow;
    const name = workflow.metadata?.name;
    if (!name) {
      throw new Error(`POST ${url} answered a workflow without a name`);
    }
    return {
      externalId: name,
      externalUrl: `${target.uiUrl}/workflows/${target.namespace}/${name}`,
    };
  }

  async status(run: RetrainingRunRef): Promise<RetrainingRunReport> {
    const target = this.target(run.target);
    const response = await retrying(
      `GET workflow ${target.namespace}/${run.externalId}`,
      () =>
        fetch(
          `${target.baseUrl}/api/v1/workflows/${
            target.namespace
          }/${encodeURIComponent(run.externalId)}`,
          {
            headers: this.headers(target),
            signal: AbortSignal.timeout(30_000),
          },
        ),
      { attempts: 3, backoffMs: 500 },
    );
    const { status } = (await response.json()) as Workflow;
    const externalUrl = `${target.uiUrl}/workflows/${target.namespace}/${run.externalId}`;
    const message = status?.message ? `: ${status.message}` : '';
    switch (status?.phase) {
      case 'Running':
        return { state: 'running', externalUrl };
      case 'Succeeded':
        return { state: 'succeeded', reason: 'Argo: Succeeded', externalUrl };
      case 'Failed':
      case 'Error':
        return {
          state: 'failed',
          reason: `Argo: ${status.phase}${message}`,
          externalUrl,
        };
      default:
        // Pending, or not scheduled yet (no phase)
        return { state: 'queued', externalUrl };
    }
  }

  async cancel(run: RetrainingRunRef): Promise<void> {
    const target = this.target(run.target);
    const url = `${target.baseUrl}/api/v1/workflows/${
      target.namespace
    }/${encodeURIComponent(run.externalId)}/stop`;
    const response = await fetch(url, {
      method: 'PUT',
      headers: { ...this.headers(target), 'content-type': 'application/json' },
      body: JSON.stringify({
        namespace: target.namespace,
        name: run.externalId,
      }),
      signal: AbortSignal.timeout(30_000),
    });
    await requireOk(`PUT ${url}`, response);
  }

  private target(name: string): ArgoTarget {
    const target = this.targets.get(name);
    if (!target) {
      throw new InputError(
        `No argo runner target '${name}' in aiops.retraining.runners.argo.targets`,
      );
    }
    return target;
  }

  private headers(target: ArgoTarget): Record<string, string> {
    return target.token ? { authorization: `Bearer ${target.token}` } : {};
  }
}
