import { Entity } from '@backstage/catalog-model';
import {
  AiopsEntitiesProcessor,
  UNKNOWN_MODEL_STATUS,
} from '@unified-aiops/plugin-catalog-backend-module-aiops';
import yaml from 'yaml';
import {
  DryRun,
  buildRunbooks,
  cardCheck,
  dryRun,
  workflowErrors,
} from './__testUtils__/dryRun';

jest.setTimeout(180_000);

/** Debian's Python, with python3-sklearn and python3-pytest (scripts/ensure-services.sh). */
const PYTHON = '/usr/bin/python3';

const values = {
  name: 'churn-risk',
  // a colon and quotes: YAML and JSON must carry them as text
  title: 'Churn risk: "v2"',
  description: 'Predicts which subscribers cancel: within 30 days',
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
  let generated: DryRun;
  let result: DryRun['result'];

  beforeAll(async () => {
    generated = await dryRun('classic-ml-service', values);
    result = generated.result;
  });

  afterAll(() => generated?.remove());

  const read = (file: string) => generated.read(file);
  const run = (command: string, args: string[]) => generated.run(command, args);

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
    expect(model.metadata).toMatchObject({
      title: 'Churn risk: "v2"',
      description: 'Predicts which subscribers cancel: within 30 days',
    });
    expect(entities[1].metadata.title).toBe('Churn risk: "v2" training');
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
    expect(await workflowErrors(generated)).toEqual([]);
    expect(await cardCheck(generated)).toMatchObject({ result: 'pass' });
  });

  it('writes runbooks that build with mkdocs, strict', async () => {
    await buildRunbooks(generated);
    expect(await read('site/runbooks/drift-response/index.html')).toContain(
      'https://portal.example.com/catalog/default/mlmodel/churn-risk/monitoring',
    );
  });
});
