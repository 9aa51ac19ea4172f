import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  GithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import {
  RetrainingRunHandle,
  RetrainingRunRef,
  RetrainingRunReport,
  RetrainingRunRequest,
  RetrainingRunner,
} from '@unified-aiops/plugin-aiops-node';
import { requireOk, retrying } from './retrying';
import { runInput } from './runInput';

/** One configured workflow (`aiops.retraining.runners.github-actions.targets.<name>`). */
interface GithubTarget {
  host: string;
  owner: string;
  repo: string;
  /** The workflow file name (e.g. `retrain.yaml`) or its numeric id. */
  workflowId: string;
  ref?: string;
}

/** A workflow run as `GET /repos/{owner}/{repo}/actions/runs/{run_id}` answers it. */
interface WorkflowRun {
  status?: string;
  conclusion?: string | null;
  html_url?: string;
}

/** The workflow run's state in the backend's terms. */
function reportOf(run: WorkflowRun): RetrainingRunReport {
  const links = run.html_url
    ? { externalUrl: run.html_url, logUrl: run.html_url }
    : {};
  switch (run.status) {
    case 'in_progress':
      return { state: 'running', ...links };
    case 'completed':
      break;
    default:
      // queued, requested, waiting, pending
      return { state: 'queued', reason: `GitHub: ${run.status}`, ...links };
  }
  switch (run.conclusion) {
    case 'success':
      return { state: 'succeeded', reason: 'GitHub: success', ...links };
    case 'cancelled':
      return { state: 'cancelled', reason: 'GitHub: cancelled', ...links };
    case 'timed_out':
      return { state: 'timed-out', reason: 'GitHub: timed_out', ...links };
    default:
      return {
        state: 'failed',
        reason: `GitHub: the workflow run concluded ${
          run.conclusion ?? 'without a conclusion'
        }`,
        ...links,
      };
  }
}

/**
 * Starts a GitHub Actions workflow with `workflow_dispatch`
 * (`POST /repos/{owner}/{repo}/actions/workflows/{id}/dispatches` with
 * `return_run_details: true`) and follows it with
 * `GET /repos/{owner}/{repo}/actions/runs/{run_id}`; credentials come from Backstage's
 * `integrations.github` config (a token or a GitHub App), never from the entity. The
 * workflow declares a string input `aiops_run` (the run request as JSON: run id, model,
 * data window, callback URLs) and one input per `spec.runner.parameters` key. A dispatch is
 * not retried: GitHub may have started the workflow even when its answer was lost, and two
 * trainings are worse than a failed run with its reason.
 */
export class GithubActionsRunner implements RetrainingRunner {
  readonly type = 'github-actions';

  static fromConfig(config: Config) {
    const targets = new Map<string, GithubTarget>();
    const targetsConfig = config.getOptionalConfig(
      'aiops.retraining.runners.github-actions.targets',
    );
    for (const name of targetsConfig?.keys() ?? []) {
      const target = targetsConfig!.getConfig(name);
      targets.set(name, {
        host: target.getOptionalString('host') ?? 'github.com',
        owner: target.getString('owner'),
        repo: target.getString('repo'),
        workflowId: target.getString('workflowId'),
        ref: target.getOptionalString('ref'),
      });
    }
    const integrations = ScmIntegrations.fromConfig(config);
    return new GithubActionsRunner({
      targets,
      integrations,
      credentials:
        DefaultGithubCredentialsProvider.fromIntegrations(integrations),
    });
  }

  constructor(
    private readonly options: {
      targets: Map<string, GithubTarget>;
      integrations: ScmIntegrations;
      credentials: GithubCredentialsProvider;
    },
  ) {}

  async start(request: RetrainingRunRequest): Promise<RetrainingRunHandle> {
    const target = this.target(request.pipeline.target);
    const { base, headers } = await this.api(target);
    const url = `${base}/repos/${target.owner}/${
      target.repo
    }/actions/workflows/${encodeURIComponent(target.workflowId)}/dispatches`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        ref: request.pipeline.ref ?? target.ref ?? 'main',
        inputs: {
          ...request.pipeline.parameters,
          aiops_run: runInput(request),
        },
        return_run_details: true,
      }),
      signal: AbortSignal.timeout(30_000),
    });
    await requireOk(`POST ${url}`, response);
    const details = (await response.json().catch(() => ({}))) as {
      workflow_run_id?: number;
      html_url?: string;
    };
    if (!details.workflow_run_id) {
      throw new Error(
        `GitHub dispatched the workflow but answered no workflow_run_id (return_run_details needs github.com or a GitHub Enterprise Server that supports it); find the run in ${target.owner}/${target.repo}`,
      );
    }
    return {
      externalId: String(details.workflow_run_id),
      ...(details.html_url && { externalUrl: details.html_url }),
    };
  }

  async status(run: RetrainingRunRef): Promise<RetrainingRunReport> {
    const target = this.target(run.target);
    const { base, headers } = await this.api(target);
    const response = await retrying(
      `GET workflow run ${run.externalId}`,
      () =>
        fetch(
          `${base}/repos/${target.owner}/${target.repo}/actions/runs/${run.externalId}`,
          { headers, signal: AbortSignal.timeout(30_000) },
        ),
      { attempts: 3, backoffMs: 500 },
    );
    return reportOf((await response.json()) as WorkflowRun);
  }

  async cancel(run: RetrainingRunRef): Promise<void> {
    const target = this.target(run.target);
    const { base, headers } = await this.api(target);
    const url = `${base}/repos/${target.owner}/${target.repo}/actions/runs/${run.externalId}/cancel`;
    const response = await fetch(url, {
      method: 'POST',
      headers,
      signal: AbortSignal.timeout(30_000),
    });
    // 409: the run has finished already, nothing left to stop
    if (response.status !== 409) await requireOk(`POST ${url}`, response);
  }

  private target(name: string): GithubTarget {
    const target = this.options.targets.get(name);
    if (!target) {
      throw new InputError(
        `No github-actions runner target '${name}' in aiops.retraining.runners.github-actions.targets`,
      );
    }
    return target;
  }

  /** The API base URL of the target's host and the headers with its credentials. */
  private async api(target: GithubTarget) {
    const integration = this.options.integrations.github.byHost(target.host);
    if (!integration) {
      throw new InputError(
        `No integrations.github entry for ${target.host}: add one with a token or a GitHub App`,
      );
    }
    const { headers } = await this.options.credentials.getCredentials({
      url: `https://${target.host}/${target.owner}/${target.repo}`,
    });
    return {
      base: (
        integration.config.apiBaseUrl ?? `https://api.${target.host}`
      ).replace(/\/+$/, ''),
      headers: {
        ...headers,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
      } as Record<string, string>,
    };
  }
}
