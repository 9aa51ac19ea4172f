import { validateWorkflow } from '@action-validator/core';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import githubModule from '@backstage/plugin-scaffolder-backend-module-github';
import {
  AiopsEntitiesProcessor,
  UNKNOWN_MODEL_STATUS,
} from '@unified-aiops/plugin-catalog-backend-module-aiops';
import { GOVERNANCE_RULES } from '@unified-aiops/plugin-aiops-common';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import yaml from 'yaml';
import { scaffolderModuleAiops } from '../module';

const execFileAsync = promisify(execFile);
jest.setTimeout(180_000);

const TEMPLATE_DIR = path.resolve(
  __dirname,
  '../../../../examples/templates/classic-ml-service',
);
/** Debian's Python, with python3-sklearn and python3-pytest (scripts/ensure-services.sh). */
const PYTHON = '/usr/bin/python3';

/** Every file of the template's directory, as the dry-run API takes them. */
async function directoryContents(dir: string, base = dir) {
  const files: Array<{ path: string; base64Content: string }> = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await directoryContents(full, base)));
    } else {
      files.push({
        path: path.relative(base, full),
        base64Content: (await fs.readFile(full)).toString('base64'),
      });
    }
  }
  return files;
}

const values = {
  name: 'churn-risk',
  title: 'Churn risk',
  description: 'Predicts which subscribers cancel within 30 days',
  owner: 'group:default/customer-analytics',
  system: 'system:default/customer-retention',
  riskTier: 'limited',
  dataClassification: 'confidential',
  intendedUse:
    'Ranks subscribers by churn risk for the retention team’s offers.',
  trainingData: 'Twelve months of subscription events, one row per subscriber.',
  limitations: 'Not for subscribers with under one month of tenure.',
  ethicalConsiderations:
    'Selection rates are compared across segments with the four-fifths rule.',
  minAuc: 0.8,
  groupField: 'segment',
  repoUrl: 'github.com?owner=acme&repo=churn-risk',
};

describe('the classic ML service template', () => {
  let out: string;
  let result: any;

  beforeAll(async () => {
    const { server } = await startTestBackend({
      features: [
        scaffolderPlugin,
        githubModule,
        scaffolderModuleAiops,
        catalogServiceMock.factory(),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'https://portal.example.com' },
            backend: { baseUrl: 'https://portal.example.com' },
            integrations: { github: [{ host: 'github.com', token: 'unused' }] },
          },
        }),
      ],
    });
    const template = yaml.parse(
      await fs.readFile(path.join(TEMPLATE_DIR, 'template.yaml'), 'utf8'),
    );
    const response = await request(server)
      .post('/api/scaffolder/v2/dry-run')
      .send({
        template,
        values,
        secrets: {},
        directoryContents: await directoryContents(TEMPLATE_DIR),
      });
    if (response.status !== 200) {
      throw new Error(
        `The dry run answered ${response.status}: ${JSON.stringify(
          response.body,
        )}`,
      );
    }
    result = response.body;
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'classic-ml-service-'));
    for (const file of result.directoryContents) {
      const target = path.join(out, file.path);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, Buffer.from(file.base64Content, 'base64'), {
        mode: file.executable ? 0o755 : 0o644,
      });
    }
  });

  afterAll(async () => {
    if (out) await fs.rm(out, { recursive: true, force: true });
  });

  const read = (file: string) => fs.readFile(path.join(out, file), 'utf8');
  const run = (command: string, args: string[]) =>
    execFileAsync(command, args, {
      cwd: out,
      env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', HOME: out },
    });

  it('runs every step through the scaffolder, the publish and register steps as a dry run', () => {
    const skipped = result.log
      .map((l: any) => l.body?.message ?? '')
      .filter((m: string) => /dry.?run/i.test(m));
    expect(result.steps.map((s: any) => s.id)).toEqual([
      'fetch',
      'model-card',
      'ci',
      'runbooks',
      'publish',
      'register',
    ]);
    expect(skipped.join('\n')).toMatch(/publish:github/);
    expect(result.output.links).toEqual(
      expect.arrayContaining([
        {
          title: 'The model in the catalog',
          icon: 'catalog',
          entityRef: 'mlmodel:default/churn-risk',
        },
        {
          title: 'Monitoring',
          url: '/catalog/default/mlmodel/churn-risk/monitoring',
        },
        {
          title: 'Runbooks',
          icon: 'docs',
          url: '/docs/default/mlmodel/churn-risk',
        },
      ]),
    );
  });

  it('writes the repository: service, tests, evaluation, CI, model card, runbooks, catalog entities', () => {
    const paths = result.directoryContents.map((f: any) => f.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining([
        '.github/workflows/aiops.yml',
        'README.md',
        'catalog-info.yaml',
        'ci/aiops/check-bias.sh',
        'ci/aiops/check-thresholds.sh',
        'ci/aiops/gate.sh',
        'ci/aiops/set-reference.sh',
        'data.py',
        'docs/index.md',
        'docs/model-card.md',
        'docs/runbooks/drift-response.md',
        'docs/runbooks/on-call.md',
        'evaluate.py',
        'mkdocs.yml',
        'model.py',
        'requirements.txt',
        'service.py',
        'tests/test_model.py',
        'tests/test_service.py',
        'train.py',
      ]),
    );
    expect(paths).not.toContain('template.yaml');
  });

  it('registers an MLModel, its MLPipeline and its Component that our catalog processor accepts, related', async () => {
    const entities: Entity[] = yaml
      .parseAllDocuments(await read('catalog-info.yaml'))
      .map(d => d.toJSON());
    expect(entities.map(e => `${e.kind}:${e.metadata.name}`)).toEqual([
      'MLModel:churn-risk',
      'MLPipeline:churn-risk-training',
      'Component:churn-risk-service',
    ]);
    const processor = AiopsEntitiesProcessor.create({
      statuses: { getStatus: async () => UNKNOWN_MODEL_STATUS },
    });
    for (const entity of entities.slice(0, 2)) {
      await expect(processor.validateEntityKind(entity)).resolves.toBe(true);
    }
    const [model] = entities as any[];
    expect(model.spec).toMatchObject({
      owner: 'group:default/customer-analytics',
      system: 'system:default/customer-retention',
      riskTier: 'limited',
      dataClassification: 'confidential',
      trainedBy: 'mlpipeline:default/churn-risk-training',
      servedBy: ['component:default/churn-risk-service'],
      monitoring: { bias: { groupField: 'segment' } },
    });
    expect(model.metadata.annotations['github.com/project-slug']).toBe(
      'acme/churn-risk',
    );
    // the relations the processor emits tie the three together
    const relations: string[] = [];
    for (const entity of entities.slice(0, 2)) {
      await processor.postProcessEntity(
        entity,
        { type: 'url', target: 'https://github.com/acme/churn-risk' },
        (emitted: any) => {
          if (emitted.type === 'relation') {
            const { type, source, target } = emitted.relation;
            relations.push(`${source.name} ${type} ${target.name}`);
          }
        },
      );
    }
    expect(relations).toEqual(
      expect.arrayContaining([
        'churn-risk trainedBy churn-risk-training',
        'churn-risk-training trains churn-risk',
      ]),
    );
  });

  it('passes its own tests and evaluation with Debian’s scikit-learn, and its CI checks on what the evaluation wrote', async () => {
    await run(PYTHON, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider']);
    await run(PYTHON, ['evaluate.py']);
    const metrics = JSON.parse(await read('eval/metrics.json'));
    expect(metrics.auc).toBeGreaterThan(0.8);
    const thresholds = await run('bash', ['ci/aiops/check-thresholds.sh']);
    expect(thresholds.stdout).toContain(`auc ${metrics.auc} >= 0.8`);
    const bias = await run('bash', ['ci/aiops/check-bias.sh']);
    expect(bias.stdout).toMatch(
      /Disparate impact by segment: 0\.\d+ \(at least 0\.8\)/,
    );
    const reference = JSON.parse(await read('eval/reference.json'));
    expect(reference.length).toBeGreaterThanOrEqual(100);
  });

  it('writes a CI workflow the workflow schema accepts and a model card the governance check passes', async () => {
    expect(
      validateWorkflow(await read('.github/workflows/aiops.yml')).errors,
    ).toEqual([]);
    const rule = GOVERNANCE_RULES['model-card'];
    expect(
      rule.evaluate(
        {
          evidence: {
            evidence: { modelCard: await read('docs/model-card.md') },
          },
        } as any,
        rule.params.parse({}) as any,
      ),
    ).toMatchObject({ result: 'pass' });
  });

  it('writes runbooks that build with mkdocs, strict', async () => {
    const mkdocs = yaml.parse(await read('mkdocs.yml'));
    await fs.writeFile(
      path.join(out, 'mkdocs.local.yml'),
      yaml.stringify({ ...mkdocs, plugins: ['search'] }),
    );
    await run('mkdocs', [
      'build',
      '--strict',
      '-f',
      'mkdocs.local.yml',
      '-d',
      'site',
    ]);
    expect(await read('site/runbooks/drift-response/index.html')).toContain(
      'https://portal.example.com/catalog/default/mlmodel/churn-risk/monitoring',
    );
  });
});
