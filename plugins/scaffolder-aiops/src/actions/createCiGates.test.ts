import { validateWorkflow } from '@action-validator/core';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import jsonschema from 'jsonschema';
import yaml from 'yaml';
import { createCiGatesAction } from './createCiGates';
import { examples } from './createCiGates.examples';

const execFileAsync = promisify(execFile);

const config = mockServices.rootConfig({
  data: {
    backend: { baseUrl: 'https://backstage.example.com' },
    aiops: {
      scaffolder: {
        ci: { thresholds: { accuracy: { min: 0.7 }, auc: { min: 0.6 } } },
      },
    },
  },
});

const exampleInput = (i: number) =>
  yaml.parse(examples[i].example).steps[0].input;

/** Runs a generated script in the workspace; answers its exit code and output. */
async function run(
  cwd: string,
  script: string,
  env: Record<string, string> = {},
): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await execFileAsync('bash', [script], {
      cwd,
      env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error: any) {
    return { code: error.code, out: `${error.stdout}${error.stderr}` };
  }
}

describe('aiops:ci:gates', () => {
  const workspace = createMockDirectory();
  const action = createCiGatesAction({ config });
  const read = (file: string) =>
    fs.readFile(path.join(workspace.path, file), 'utf8');
  const write = (file: string, content: unknown) =>
    fs
      .mkdir(path.dirname(path.join(workspace.path, file)), { recursive: true })
      .then(() =>
        fs.writeFile(
          path.join(workspace.path, file),
          typeof content === 'string' ? content : JSON.stringify(content),
        ),
      );

  beforeEach(() => workspace.clear());

  it('writes a GitHub Actions workflow that the workflow schema accepts, with every gate', async () => {
    const ctx = createMockActionContext({
      input: exampleInput(0),
      workspacePath: workspace.path,
    });
    await action.handler(ctx);
    const source = await read('.github/workflows/aiops.yml');
    expect(validateWorkflow(source).errors).toEqual([]);
    const workflow = yaml.parse(source);
    expect(Object.keys(workflow.jobs)).toEqual([
      'test',
      'evaluate',
      'gate',
      'reference',
    ]);
    expect(workflow.env).toMatchObject({
      BACKSTAGE_URL: 'https://backstage.example.com',
      MODEL_REF: 'mlmodel:default/churn-classifier',
    });
    expect(workflow.jobs.test.steps.map((s: any) => s.run ?? s.uses)).toEqual([
      'actions/checkout@v4',
      'actions/setup-python@v5',
      'pip install -r requirements.txt',
      'python -m pytest -q',
    ]);
    expect(workflow.jobs.gate.needs).toBe('evaluate');
    expect(workflow.jobs.reference.if).toBe("github.event_name == 'release'");
    expect(workflow.jobs.gate.steps[2].env.AIOPS_GATE_TOKEN).toBe(
      '${{ secrets.AIOPS_GATE_TOKEN }}',
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'path',
      '.github/workflows/aiops.yml',
    );
    expect(ctx.output).toHaveBeenCalledWith('secrets', [
      'AIOPS_GATE_TOKEN',
      'AIOPS_REFERENCE_TOKEN',
    ]);
    // the template's thresholds over the organisation's: auc 0.8 wins over 0.6
    const thresholds = await read('ci/aiops/check-thresholds.sh');
    expect(thresholds).toContain(`jq -e '.auc >= 0.8'`);
    expect(thresholds).toContain(`jq -e '.accuracy >= 0.7'`);
    expect(thresholds).toContain(`jq -e '.log_loss <= 0.45'`);
    expect(thresholds).not.toContain('0.6');
    const mode = (await fs.stat(path.join(workspace.path, 'ci/aiops/gate.sh')))
      .mode;
    expect(mode & 0o111).not.toBe(0);
  });

  it('writes the same stages for GitLab CI, the version from the tag', async () => {
    await action.handler(
      createMockActionContext({
        input: exampleInput(1),
        workspacePath: workspace.path,
      }),
    );
    const pipeline = yaml.parse(await read('.gitlab-ci.yml'));
    expect(pipeline.stages).toEqual(['test', 'evaluate', 'gate', 'reference']);
    expect(pipeline.variables.MODEL_REF).toBe(
      'mlmodel:support/support-assistant',
    );
    expect(pipeline.test.script).toEqual(['npm install', 'npm test']);
    expect(pipeline.evaluate.script).toContain(
      'npm run evaluate -- --fixtures eval/fixtures',
    );
    expect(pipeline.reference.rules).toEqual([{ if: '$CI_COMMIT_TAG' }]);
    expect(pipeline.gate.before_script).toContain(
      'export MODEL_VERSION="${CI_COMMIT_TAG:-$CI_COMMIT_SHA}"',
    );
    expect(await read('ci/aiops/check-bias.sh')).toContain('--argjson min 0.9');
  });

  it('fails the evaluation job on a metric outside its threshold or missing, naming it', async () => {
    await action.handler(
      createMockActionContext({
        input: exampleInput(0),
        workspacePath: workspace.path,
      }),
    );
    await write('eval/metrics.json', {
      auc: 0.86,
      accuracy: 0.81,
      log_loss: 0.3,
    });
    const passing = await run(workspace.path, 'ci/aiops/check-thresholds.sh');
    expect(passing).toEqual({
      code: 0,
      out: expect.stringContaining('auc 0.86 >= 0.8'),
    });
    await write('eval/metrics.json', { auc: 0.74, log_loss: 0.5 });
    const failing = await run(workspace.path, 'ci/aiops/check-thresholds.sh');
    expect(failing.code).toBe(1);
    expect(failing.out).toContain(
      '::error::auc 0.74 is below the threshold 0.8',
    );
    expect(failing.out).toContain(
      '::error::accuracy is not in eval/metrics.json',
    );
    expect(failing.out).toContain(
      '::error::log_loss 0.5 is above the threshold 0.45',
    );
    // outside GitHub Actions (GitLab), plain lines
    const plain = await run(workspace.path, 'ci/aiops/check-thresholds.sh', {
      GITHUB_ACTIONS: 'false',
    });
    expect(plain.out).toContain('ERROR: auc 0.74 is below the threshold 0.8');
  });

  it('fails the bias job below the four-fifths rule', async () => {
    await action.handler(
      createMockActionContext({
        input: exampleInput(0),
        workspacePath: workspace.path,
      }),
    );
    await write('eval/bias.json', {
      segment: { consumer: 0.3, business: 0.27 },
      region: { north: 0.3, south: 0.2 },
    });
    const result = await run(workspace.path, 'ci/aiops/check-bias.sh');
    expect(result.code).toBe(1);
    expect(result.out).toContain('Disparate impact by segment: 0.9');
    expect(result.out).toMatch(
      /::error::Disparate impact by region is 0\.66+7?, below 0\.8/,
    );
  });

  it('posts the evidence and the model card to the gate, failing the job on fail with each check', async () => {
    await action.handler(
      createMockActionContext({
        input: exampleInput(0),
        workspacePath: workspace.path,
      }),
    );
    await write('eval/metrics.json', { auc: 0.86 });
    await write('eval/bias.json', { segment: { a: 0.3, b: 0.28 } });
    await write(
      'docs/model-card.md',
      '# Churn\n## Intended use\nRetention offers\n',
    );
    const requests: Array<{ auth?: string; body: any }> = [];
    let decision = 'pass';
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', chunk => (body += chunk));
      req.on('end', () => {
        requests.push({
          auth: req.headers.authorization,
          body: JSON.parse(body),
        });
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            decision,
            status: decision === 'pass' ? 'compliant' : 'non-compliant',
            score: 91.5,
            level: 'gold',
            checks: [
              {
                title: 'Model card complete',
                result: decision === 'pass' ? 'pass' : 'fail',
                blocksGate: true,
                reason: 'Missing sections: limitations',
                remediation: 'Write the limitations into the model card.',
              },
            ],
          }),
        );
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const env = {
      BACKSTAGE_URL: `http://127.0.0.1:${
        (server.address() as AddressInfo).port
      }`,
      AIOPS_GATE_TOKEN: 'gate-token',
      MODEL_REF: 'mlmodel:default/churn-classifier',
      MODEL_VERSION: '8',
      COMMIT_SHA: '4f2a9c1',
    };
    try {
      const passed = await run(workspace.path, 'ci/aiops/gate.sh', env);
      expect(passed).toEqual({
        code: 0,
        out: 'Gate: pass — compliant, score 91.5 (gold)\n',
      });
      expect(requests[0]).toEqual({
        auth: 'Bearer gate-token',
        body: {
          entityRef: 'mlmodel:default/churn-classifier',
          modelVersion: '8',
          commitSha: '4f2a9c1',
          evidence: {
            metrics: { auc: 0.86 },
            bias: { segment: { a: 0.3, b: 0.28 } },
            modelCard: '# Churn\n## Intended use\nRetention offers\n',
          },
        },
      });
      decision = 'fail';
      const failed = await run(workspace.path, 'ci/aiops/gate.sh', env);
      expect(failed.code).toBe(1);
      expect(failed.out).toContain(
        '::error::Model card complete: Missing sections: limitations To fix: Write the limitations into the model card.',
      );
    } finally {
      server.close();
    }
  });

  it('writes nothing outside the workspace, and writes the same files when run again', async () => {
    await expect(
      action.handler(
        createMockActionContext({
          input: { name: 'm', targetPath: '../../escaped.yml' } as any,
          workspacePath: workspace.path,
        }),
      ),
    ).rejects.toThrow(
      'Invalid input to aiops:ci:gates: targetPath: a relative path inside the repository',
    );
    await expect(fs.readdir(workspace.path)).resolves.toEqual([]);
    const ctx = () =>
      createMockActionContext({
        input: exampleInput(0),
        workspacePath: workspace.path,
      });
    await action.handler(ctx());
    const first = await read('.github/workflows/aiops.yml');
    await action.handler(ctx());
    expect(await read('.github/workflows/aiops.yml')).toBe(first);
  });

  it('refuses bad inputs with the reason, as the scaffolder validates them', () => {
    // the scaffolder's task runner validates a step's input like this before the handler
    const problems = (input: unknown) =>
      jsonschema
        .validate(input, action.schema!.input as any)
        .errors.map(e => `${e.property} ${e.message}`);
    for (const { example } of examples) {
      expect(problems(yaml.parse(example).steps[0].input)).toEqual([]);
    }
    expect(problems({})).toEqual(['instance requires property "name"']);
    const bad = problems({
      name: 'churn classifier',
      ci: 'jenkins',
      testCommand: 'pytest\nrm -rf /',
      thresholds: { 'auc; rm -rf /': { min: 0.8 }, f1: {} },
      minDisparateImpact: 1.5,
      targetPath: '../../outside.yml',
    });
    expect(bad).toEqual(
      expect.arrayContaining([
        expect.stringContaining('instance.name does not match pattern'),
        expect.stringContaining('instance.ci is not one of enum values'),
        expect.stringContaining('instance.testCommand does not match pattern'),
        expect.stringContaining(
          'instance.minDisparateImpact must be less than or equal to 1',
        ),
        expect.stringContaining('instance.targetPath does not match pattern'),
      ]),
    );
  });

  it('refuses, in the handler too, what the JSON Schema cannot say: metric names and empty bounds', async () => {
    const attempt = (thresholds: object) =>
      action.handler(
        createMockActionContext({
          input: { name: 'm', thresholds } as any,
          workspacePath: workspace.path,
        }),
      );
    await expect(
      attempt({ "auc' ; rm -rf / ; '": { min: 0.8 } }),
    ).rejects.toThrow(
      /thresholds\.auc' ; rm -rf \/ ; ': a metric name: a letter or _ then letters, digits or _/,
    );
    await expect(attempt({ f1: {} })).rejects.toThrow(
      'Invalid input to aiops:ci:gates: thresholds.f1: a threshold needs min or max',
    );
    await expect(fs.readdir(workspace.path)).resolves.toEqual([]);
  });
});
