import { ConfigReader } from '@backstage/config';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { GithubActionsRunner } from './GithubActionsRunner';
import { testRunRequest } from './testRequest';

interface Call {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A local server answering as GitHub's REST API does for workflow dispatch (200 with run
 * details, or the status given), workflow runs (the runs map) and cancel (202, or 409 once
 * completed).
 */
async function fakeGithub() {
  const state = {
    calls: [] as Call[],
    dispatchStatus: 200,
    runs: new Map<string, Record<string, unknown>>(),
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      state.calls.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body,
      });
      const send = (status: number, json?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(json === undefined ? '' : JSON.stringify(json));
      };
      const dispatch = req.url!.match(
        /^\/repos\/acme\/churn\/actions\/workflows\/retrain\.yaml\/dispatches$/,
      );
      if (dispatch && req.method === 'POST') {
        if (state.dispatchStatus !== 200) {
          return send(state.dispatchStatus, {
            message: 'Unexpected inputs provided: ["aiops_run"]',
          });
        }
        state.runs.set('9001', {
          status: 'queued',
          html_url: 'https://github.com/acme/churn/actions/runs/9001',
        });
        return send(200, {
          workflow_run_id: 9001,
          run_url: 'https://api.github.com/repos/acme/churn/actions/runs/9001',
          html_url: 'https://github.com/acme/churn/actions/runs/9001',
        });
      }
      const run = req.url!.match(
        /^\/repos\/acme\/churn\/actions\/runs\/(\d+)(\/cancel)?$/,
      );
      if (run) {
        const found = state.runs.get(run[1]);
        if (!found) return send(404, { message: 'Not Found' });
        if (run[2]) {
          if (found.status === 'completed')
            return send(409, { message: 'Cannot cancel' });
          found.status = 'completed';
          found.conclusion = 'cancelled';
          return send(202, {});
        }
        return send(200, { id: Number(run[1]), ...found });
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    state,
    apiBaseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

describe('GithubActionsRunner', () => {
  let github: Awaited<ReturnType<typeof fakeGithub>>;
  beforeEach(async () => {
    github = await fakeGithub();
  });
  afterEach(() => github.close());

  const runner = () =>
    GithubActionsRunner.fromConfig(
      new ConfigReader({
        integrations: {
          github: [
            {
              host: 'github.com',
              apiBaseUrl: github.apiBaseUrl,
              token: 'ghp_test',
            },
          ],
        },
        aiops: {
          retraining: {
            runners: {
              'github-actions': {
                targets: {
                  'churn-train': {
                    owner: 'acme',
                    repo: 'churn',
                    workflowId: 'retrain.yaml',
                  },
                  'other-host': {
                    host: 'ghe.example.com',
                    owner: 'acme',
                    repo: 'churn',
                    workflowId: 'retrain.yaml',
                  },
                },
              },
            },
          },
        },
      }),
    );

  it('dispatches the workflow with the run as an input and the integration’s token, then follows it to its conclusion', async () => {
    const request = testRunRequest('churn-train', { epochs: '3' });
    const handle = await runner().start(request);
    expect(handle).toEqual({
      externalId: '9001',
      externalUrl: 'https://github.com/acme/churn/actions/runs/9001',
    });
    const [dispatch] = github.state.calls;
    expect(dispatch.headers.authorization).toBe('Bearer ghp_test');
    const body = JSON.parse(dispatch.body);
    expect(body).toMatchObject({
      ref: 'main',
      return_run_details: true,
      inputs: { epochs: '3' },
    });
    expect(JSON.parse(body.inputs.aiops_run)).toMatchObject({
      runId: request.runId,
      callbacks: request.callbacks,
      dataWindow: request.dataWindow,
    });

    const ref = {
      runId: request.runId,
      target: 'churn-train',
      externalId: '9001',
    };
    expect(await runner().status(ref)).toMatchObject({ state: 'queued' });
    github.state.runs.get('9001')!.status = 'in_progress';
    expect(await runner().status(ref)).toMatchObject({
      state: 'running',
      externalUrl: 'https://github.com/acme/churn/actions/runs/9001',
    });
    Object.assign(github.state.runs.get('9001')!, {
      status: 'completed',
      conclusion: 'failure',
    });
    expect(await runner().status(ref)).toMatchObject({
      state: 'failed',
      reason: 'GitHub: the workflow run concluded failure',
    });
    github.state.runs.get('9001')!.conclusion = 'success';
    expect(await runner().status(ref)).toMatchObject({ state: 'succeeded' });
  });

  it('cancels a run, and takes a run that already finished as stopped', async () => {
    const request = testRunRequest('churn-train');
    const handle = await runner().start(request);
    const ref = { runId: request.runId, target: 'churn-train', ...handle };
    await runner().cancel(ref);
    expect(await runner().status(ref)).toMatchObject({ state: 'cancelled' });
    await expect(runner().cancel(ref)).resolves.toBeUndefined();
  });

  it('fails a refused dispatch at once with GitHub’s answer, without a second dispatch', async () => {
    github.state.dispatchStatus = 422;
    await expect(runner().start(testRunRequest('churn-train'))).rejects.toThrow(
      /answered 422 Unprocessable Entity: \{"message":"Unexpected inputs provided: \[\\"aiops_run\\"\]"\}$/,
    );
    github.state.dispatchStatus = 500;
    await expect(runner().start(testRunRequest('churn-train'))).rejects.toThrow(
      /answered 500/,
    );
    expect(
      github.state.calls.filter(c => c.url.endsWith('/dispatches')),
    ).toHaveLength(2);
  });

  it('says which config is missing: the target, or the host’s integration', async () => {
    await expect(runner().start(testRunRequest('deploy'))).rejects.toThrow(
      "No github-actions runner target 'deploy' in aiops.retraining.runners.github-actions.targets",
    );
    await expect(runner().start(testRunRequest('other-host'))).rejects.toThrow(
      'No integrations.github entry for ghe.example.com: add one with a token or a GitHub App',
    );
  });

  it('reads a run that GitHub no longer has as an error, not a state', async () => {
    await expect(
      runner().status({
        runId: 'r',
        target: 'churn-train',
        externalId: '404404',
      }),
    ).rejects.toThrow(/answered 404 Not Found/);
  });
});
