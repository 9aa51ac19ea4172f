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

// npm install of the generated repository's OpenTelemetry packages takes a while
jest.setTimeout(300_000);

const values = {
  name: 'help-assistant',
  title: 'Help assistant: "beta"',
  description: 'Answers customer questions from the help center',
  owner: 'group:default/support-ai',
  system: 'system:default/support-ai',
  riskTier: 'limited',
  dataClassification: 'internal',
  genAiModel: 'gpt-4o-mini',
  openaiBaseUrl: 'https://api.openai.com/v1',
  intendedUse: 'Answers customer questions from help-center articles.',
  trainingData:
    'None trained here: a provider model, grounded on the help center.',
  limitations: 'Hands billing disputes and legal questions to a person.',
  ethicalConsiderations:
    'Answered rates are compared across customer segments with the four-fifths rule.',
  minGroundedness: 0.85,
  maxLatencyP95Ms: 2500,
  groupField: 'customer_segment',
  repoUrl: 'github.com?owner=acme&repo=help-assistant',
};

describe('the LLM application template', () => {
  let generated: DryRun;

  beforeAll(async () => {
    generated = await dryRun('llm-application', values);
  });

  afterAll(() => generated?.remove());

  it('writes the application, its harness, CI, model card, runbooks and catalog entities', () => {
    const paths = generated.result.directoryContents.map(f => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '.github/workflows/aiops.yml',
        'catalog-info.yaml',
        'ci/aiops/gate.sh',
        'docs/model-card.md',
        'docs/runbooks/incident.md',
        'eval/fixtures/cases.json',
        'mkdocs.yml',
        'package.json',
        'src/evaluate.ts',
        'src/llm.ts',
        'src/server.ts',
        'src/telemetry.ts',
        'test/evaluate.test.ts',
        'test/llm.test.ts',
      ]),
    );
  });

  it('registers entities our catalog processor accepts, found by their spans’ service.name', async () => {
    const entities: Entity[] = yaml
      .parseAllDocuments(await generated.read('catalog-info.yaml'))
      .map(d => d.toJSON());
    const processor = AiopsEntitiesProcessor.create({
      statuses: { getStatus: async () => UNKNOWN_MODEL_STATUS },
    });
    for (const entity of entities.slice(0, 2)) {
      await expect(processor.validateEntityKind(entity)).resolves.toBe(true);
    }
    const model = entities[0] as any;
    expect(model.metadata.annotations).toMatchObject({
      'aiops.dev/otel-service-name': 'help-assistant-service',
      'aiops.dev/genai-model': 'gpt-4o-mini',
    });
    expect(model.spec.monitoring).toMatchObject({
      predictionField: 'app.answered',
      bias: { groupField: 'customer_segment' },
      llm: { hallucination: { judgeField: 'groundedness', threshold: 0.7 } },
      latencySloMs: 2500,
    });
  });

  it('passes its own tests and evaluation on its recorded cases with npm, and its CI checks on the evidence', async () => {
    await generated.run('npm', ['install', '--no-audit', '--no-fund']);
    await generated.run('npm', ['test']);
    await generated.run('npm', ['run', 'evaluate']);
    const metrics = JSON.parse(await generated.read('eval/metrics.json'));
    expect(metrics.groundedness).toBeGreaterThan(0.85);
    expect(metrics.latency_p95_ms).toBeLessThan(2500);
    const thresholds = await generated.run('bash', [
      'ci/aiops/check-thresholds.sh',
    ]);
    expect(thresholds.stdout).toContain(
      `groundedness ${metrics.groundedness} >= 0.85`,
    );
    await generated.run('bash', ['ci/aiops/check-bias.sh']);
    const reference = JSON.parse(await generated.read('eval/reference.json'));
    expect(reference[0]).toMatchObject({
      features: { customer_segment: expect.any(String) },
      prediction: expect.any(Boolean),
      llm: { judgeScores: { groundedness: expect.any(Number) } },
    });
  });

  it('writes a valid workflow, a card the governance check passes, runbooks that build', async () => {
    expect(await workflowErrors(generated)).toEqual([]);
    expect(await cardCheck(generated)).toMatchObject({ result: 'pass' });
    await buildRunbooks(generated);
  });
});
