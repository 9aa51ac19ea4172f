import { ConfigReader } from '@backstage/config';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ArgoWorkflowsRunner } from './ArgoWorkflowsRunner';
import { testRunRequest } from './testRequest';

/**
 * A local server answering as the Argo Server's API does: submit from a WorkflowTemplate
 * (the created Workflow, or a 404 for an unknown template), get a workflow, stop it.
 */
async function fakeArgo() {
  const state = {
    submits: [] as Array<{ headers: http.IncomingHttpHeaders; body: any }>,
    workflows: new Map<string, { phase?: string; message?: string }>(),
    stopped: [] as string[],
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', chunk => (raw += chunk));
    req.on('end', () => {
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.method === 'POST' && req.url === '/api/v1/workflows/ml/submit') {
        const body = JSON.parse(raw);
        state.submits.push({ headers: req.headers, body });
        if (body.resourceName !== 'churn-retrain') {
          return send(404, {
            code: 5,
            message: `workflowtemplates.argoproj.io "${body.resourceName}" not found`,
          });
        }
        const name = `churn-retrain-${state.submits.length}`;
        state.workflows.set(name, {});
        return send(200, {
          metadata: { name, namespace: 'ml' },
          spec: { workflowTemplateRef: { name: body.resourceName } },
        });
      }
      const found = req.url!.match(
        /^\/api\/v1\/workflows\/ml\/([^/]+)(\/stop)?$/,
      );
      const workflow = found && state.workflows.get(found[1]);
      if (!workflow) return send(404, { code: 5, message: 'not found' });
      if (found![2] && req.method === 'PUT') {
        state.stopped.push(found![1]);
        workflow.phase = 'Failed';
        workflow.message = "Stopped with strategy 'Stop'";
        return send(200, { metadata: { name: found![1] } });
      }
      return send(200, { metadata: { name: found![1] }, status: workflow });
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    state,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

describe('ArgoWorkflowsRunner', () => {
  let argo: Awaited<ReturnType<typeof fakeArgo>>;
  beforeEach(async () => {
    argo = await fakeArgo();
  });
  afterEach(() => argo.close());

  const runner = (template = 'churn-retrain') =>
    ArgoWorkflowsRunner.fromConfig(
      new ConfigReader({
        targets: {
          train: {
            baseUrl: `${argo.baseUrl}/`,
            uiUrl: 'https://argo.example.com',
            namespace: 'ml',
            workflowTemplate: template,
            token: 'argo-token',
          },
        },
      }),
    );

  it('submits from the template with the run as a parameter and a run-id label, then follows the phase', async () => {
    const request = testRunRequest('train', { lookbackDays: '90' });
    const handle = await runner().start(request);
    expect(handle).toEqual({
      externalId: 'churn-retrain-1',
      externalUrl: 'https://argo.example.com/workflows/ml/churn-retrain-1',
    });
    const [{ headers, body }] = argo.state.submits;
    expect(headers.authorization).toBe('Bearer argo-token');
    expect(body).toMatchObject({
      namespace: 'ml',
      resourceKind: 'WorkflowTemplate',
      resourceName: 'churn-retrain',
      submitOptions: { labels: `aiops.dev/run-id=${request.runId}` },
    });
    const [lookback, run] = body.submitOptions.parameters;
    expect(lookback).toBe('lookbackDays=90');
    expect(JSON.parse(run.replace(/^aiops_run=/, ''))).toMatchObject({
      runId: request.runId,
      callbacks: request.callbacks,
    });

    const ref = {
      runId: request.runId,
      target: 'train',
      externalId: 'churn-retrain-1',
    };
    expect(await runner().status(ref)).toMatchObject({ state: 'queued' });
    argo.state.workflows.get('churn-retrain-1')!.phase = 'Running';
    expect(await runner().status(ref)).toMatchObject({ state: 'running' });
    Object.assign(argo.state.workflows.get('churn-retrain-1')!, {
      phase: 'Error',
      message: 'pod deleted',
    });
    expect(await runner().status(ref)).toEqual({
      state: 'failed',
      reason: 'Argo: Error: pod deleted',
      externalUrl: 'https://argo.example.com/workflows/ml/churn-retrain-1',
    });
    argo.state.workflows.get('churn-retrain-1')!.phase = 'Succeeded';
    expect(await runner().status(ref)).toMatchObject({ state: 'succeeded' });
  });

  it('stops a workflow on cancel', async () => {
    const request = testRunRequest('train');
    const handle = await runner().start(request);
    await runner().cancel({ runId: request.runId, target: 'train', ...handle });
    expect(argo.state.stopped).toEqual(['churn-retrain-1']);
  });

  it('fails a refused submit at once with the server’s answer, and names a missing target', async () => {
    await expect(runner('nope').start(testRunRequest('train'))).rejects.toThrow(
      /answered 404 Not Found: \{"code":5,"message":"workflowtemplates\.argoproj\.io \\"nope\\" not found"\}$/,
    );
    expect(argo.state.submits).toHaveLength(1);
    await expect(runner().start(testRunRequest('deploy'))).rejects.toThrow(
      "No argo runner target 'deploy' in aiops.retraining.runners.argo.targets",
    );
  });

  it('reads a workflow the server no longer has as an error, not a state', async () => {
    await expect(
      runner().status({ runId: 'r', target: 'train', externalId: 'gone' }),
    ).rejects.toThrow(/answered 404 Not Found/);
  });
});
