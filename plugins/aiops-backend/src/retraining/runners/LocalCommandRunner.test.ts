import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalCommandRunner } from './LocalCommandRunner';
import { testRunRequest } from './testRequest';

const node = process.execPath;

/** Waits until `probe` answers something other than undefined. */
async function eventually<T>(probe: () => Promise<T | undefined>) {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  throw new Error('timed out waiting');
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('LocalCommandRunner', () => {
  let workDir: string;
  const runner = (targets: JsonObject) =>
    LocalCommandRunner.fromConfig(
      new ConfigReader({ workDir, killGraceSeconds: 0.2, targets }),
      mockServices.logger.mock(),
    );

  beforeEach(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aiops-local-test-'));
    process.env.AIOPS_TEST_SECRET = 'must-not-leak';
  });
  afterEach(() => {
    delete process.env.AIOPS_TEST_SECRET;
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('runs the command without a shell, the run in its environment, and captures its output', async () => {
    const local = runner({
      echo: {
        command: node,
        args: [
          '-e',
          `console.log(JSON.stringify({ argv: process.argv.slice(1), env: {
            run: process.env.AIOPS_RUN_ID, model: process.env.AIOPS_MODEL_REF,
            from: process.env.AIOPS_DATA_FROM, url: process.env.AIOPS_EVALUATION_URL,
            param: process.env.AIOPS_PARAM_LEARNING_RATE, token: process.env.TOKEN,
            secret: process.env.AIOPS_TEST_SECRET } }))`,
          '$(touch /tmp/aiops-injected); echo $HOME',
        ],
        env: { TOKEN: 'pipeline-token' },
      },
    });
    const request = testRunRequest('echo', { 'learning-rate': '0.1' });
    const handle = await local.start(request);
    expect(handle.state).toBe('running');
    const ref = { runId: request.runId, target: 'echo', ...handle };
    const report = await eventually(async () => {
      const r = await local.status(ref);
      return r?.state === 'running' ? undefined : r;
    });
    expect(report).toMatchObject({
      state: 'succeeded',
      reason: 'The command exited with code 0',
    });
    const printed = JSON.parse(report.logs!.trim());
    expect(printed.argv).toEqual(['$(touch /tmp/aiops-injected); echo $HOME']);
    expect(printed.env).toEqual({
      run: request.runId,
      model: 'mlmodel:default/churn-model',
      from: '2026-12-02T00:00:00.000Z',
      url: request.callbacks.evaluationUrl,
      param: '0.1',
      token: 'pipeline-token',
    });
  });

  it('reports a failing command with its exit code and output', async () => {
    const local = runner({
      fail: {
        command: node,
        args: ['-e', 'console.error("no training data"); process.exit(3)'],
      },
    });
    const request = testRunRequest('fail');
    const handle = await local.start(request);
    const report = await eventually(async () => {
      const r = await local.status({
        runId: request.runId,
        target: 'fail',
        ...handle,
      });
      return r?.state === 'running' ? undefined : r;
    });
    expect(report).toMatchObject({
      state: 'failed',
      reason: 'The command exited with code 3',
    });
    expect(report.logs).toContain('no training data');
  });

  it('kills the whole process tree on cancel', async () => {
    const pidFile = path.join(workDir, 'grandchild.pid');
    const local = runner({
      forever: {
        command: node,
        args: [
          '-e',
          `const { spawn } = require('child_process');
           const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
           require('fs').writeFileSync(${JSON.stringify(
             pidFile,
           )}, String(g.pid));
           setInterval(() => {}, 1000);`,
        ],
      },
    });
    const request = testRunRequest('forever');
    const handle = await local.start(request);
    const grandchild = Number(
      await eventually(async () =>
        fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8') : undefined,
      ),
    );
    const ref = { runId: request.runId, target: 'forever', ...handle };
    expect(await local.status(ref)).toMatchObject({ state: 'running' });
    await local.cancel(ref);
    await eventually(async () =>
      !alive(Number(handle.externalId)) && !alive(grandchild)
        ? true
        : undefined,
    );
    expect(await local.status(ref)).toMatchObject({ state: 'cancelled' });
  });

  it('finds a run again after a restart: alive, then unknown once gone without a record', async () => {
    const local = runner({
      sleep: { command: node, args: ['-e', 'setTimeout(() => {}, 400)'] },
    });
    const request = testRunRequest('sleep');
    const handle = await local.start(request);
    // A new runner over the same work dir, as a restarted backend builds it.
    const restarted = runner({ sleep: { command: node } });
    const ref = { runId: request.runId, target: 'sleep', ...handle };
    expect(await restarted.status(ref)).toMatchObject({ state: 'running' });
    expect(
      await restarted.status({
        ...ref,
        runId: 'another',
        externalId: '999999999',
      }),
    ).toBeUndefined();
  });

  it('names the configured targets when a pipeline asks for another, and a command that does not exist', async () => {
    const local = runner({
      train: { command: node },
      missing: { command: '/nonexistent/train-model' },
    });
    await expect(local.start(testRunRequest('deploy'))).rejects.toThrow(
      "No local runner target 'deploy' in aiops.retraining.runners.local.targets (known: train, missing)",
    );
    await expect(local.start(testRunRequest('missing'))).rejects.toThrow(
      /Could not start \/nonexistent\/train-model: spawn \/nonexistent\/train-model ENOENT/,
    );
  });
});
