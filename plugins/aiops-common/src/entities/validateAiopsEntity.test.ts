import { Entity } from '@backstage/catalog-model';
import { validateAiopsEntity } from './validateAiopsEntity';
import { isMLModelEntity } from './MLModel';
import { isMLPipelineEntity } from './MLPipeline';

function model(spec: Record<string, unknown>): Entity {
  return {
    apiVersion: 'aiops.dev/v1alpha1',
    kind: 'MLModel',
    metadata: { name: 'churn-classifier' },
    spec: {
      type: 'classification',
      lifecycle: 'production',
      owner: 'group:default/ml-platform',
      riskTier: 'limited',
      ...spec,
    },
  };
}

function pipeline(spec: Record<string, unknown>): Entity {
  return {
    apiVersion: 'aiops.dev/v1alpha1',
    kind: 'MLPipeline',
    metadata: { name: 'churn-training' },
    spec: {
      type: 'training',
      owner: 'ml-platform',
      runner: {
        type: 'github-actions',
        target: 'churn-train',
      },
      ...spec,
    },
  };
}

function errorsOf(entity: Entity) {
  const result = validateAiopsEntity(entity);
  if (result.ok) throw new Error('expected the entity to be invalid');
  return result.errors;
}

describe('validateAiopsEntity', () => {
  it('accepts a complete MLModel', () => {
    const entity = model({
      system: 'customer-intelligence',
      trainedBy: 'mlpipeline:default/churn-training',
      servedBy: ['churn-api'],
      dependsOn: ['resource:default/churn-training-data'],
      monitoring: {
        features: [
          {
            name: 'tenure_months',
            kind: 'numerical',
            test: 'ks',
            threshold: 0.1,
          },
          { name: 'contract_type', kind: 'categorical' },
        ],
        predictionField: 'churn_probability',
        labelField: 'churned',
        latencySloMs: 150,
        checkIntervalMinutes: 15,
        windowHours: 24,
        thresholds: { datasetDriftShare: 0.3 },
        llm: {
          hallucination: { judgeField: 'faithfulness', threshold: 0.8 },
          bias: { groupField: 'region' },
        },
      },
      registry: {
        type: 'mlflow',
        modelName: 'churn',
        aliases: { champion: '3' },
      },
    });
    expect(validateAiopsEntity(entity)).toEqual({ ok: true, entity });
  });

  it('accepts a complete MLPipeline', () => {
    const entity = pipeline({
      produces: ['churn-classifier'],
      system: 'customer-intelligence',
    });
    expect(validateAiopsEntity(entity).ok).toBe(true);
  });

  it('names a wrong risk tier and lists the allowed ones', () => {
    expect(errorsOf(model({ riskTier: 'extreme' }))).toEqual([
      {
        path: 'spec.riskTier',
        message: expect.stringMatching(
          /expected one of.*"minimal".*"unacceptable"/,
        ),
      },
    ]);
  });

  it('names a missing owner', () => {
    expect(errorsOf(model({ owner: undefined }))).toEqual([
      {
        path: 'spec.owner',
        message: expect.stringContaining('expected string'),
      },
    ]);
  });

  it('names an unknown feature kind with its index', () => {
    const errors = errorsOf(
      model({
        monitoring: {
          features: [
            { name: 'a', kind: 'numerical' },
            { name: 'b', kind: 'ordinal' },
          ],
        },
      }),
    );
    expect(errors.map(e => e.path)).toEqual([
      'spec.monitoring.features[1].kind',
    ]);
  });

  it('names a profile window that is not whole minutes within a day', () => {
    for (const profileWindowMinutes of [7.5, 0, 1441]) {
      expect(
        errorsOf(model({ monitoring: { profileWindowMinutes } })).map(
          e => e.path,
        ),
      ).toEqual(['spec.monitoring.profileWindowMinutes']);
    }
    expect(
      validateAiopsEntity(model({ monitoring: { profileWindowMinutes: 15 } }))
        .ok,
    ).toBe(true);
  });

  it('names an unknown drift test', () => {
    const errors = errorsOf(
      model({
        monitoring: {
          features: [{ name: 'a', kind: 'numerical', test: 'ttest' }],
        },
      }),
    );
    expect(errors.map(e => e.path)).toEqual([
      'spec.monitoring.features[0].test',
    ]);
  });

  it('rejects unknown spec fields by name', () => {
    expect(errorsOf(model({ riskTeir: 'high' }))).toEqual([
      {
        path: 'spec.riskTeir',
        message: expect.stringContaining('Unrecognized key'),
      },
    ]);
  });

  it('accepts Prometheus selectors that are label matchers and nothing else', () => {
    const annotated = (selector: string): Entity => ({
      ...model({}),
      metadata: {
        name: 'churn-classifier',
        annotations: {
          'aiops.dev/prometheus-selector': selector,
          'aiops.dev/prometheus-resource-selector':
            'namespace="ml", pod=~"churn-.*",',
        },
      },
    });
    for (const selector of [
      'service_name="churn"',
      'job!="a\\"b", le=~"0\\.5"',
    ]) {
      expect(validateAiopsEntity(annotated(selector)).ok).toBe(true);
    }
    // a brace, an operator, a query or a second expression cannot get in
    for (const selector of [
      'service_name="churn"}) or vector(1',
      'service_name="churn"} + sum(up{',
      'sum(up)',
      'service_name=churn',
      '{service_name="churn"}',
      'a="b"\nc="d"',
      '',
    ]) {
      expect([selector, errorsOf(annotated(selector))]).toEqual([
        selector,
        [
          {
            path: 'metadata.annotations.aiops.dev/prometheus-selector',
            message: expect.stringContaining(
              'Expected PromQL label matchers without braces',
            ),
          },
        ],
      ]);
    }
  });

  it('accepts a KServe InferenceService as <namespace>/<name> only', () => {
    const annotated = (service: string) => ({
      ...model({}),
      metadata: {
        name: 'churn-classifier',
        annotations: { 'aiops.dev/kserve-inference-service': service },
      },
    });
    expect(validateAiopsEntity(annotated('ml/churn-classifier')).ok).toBe(true);
    for (const service of [
      'churn-classifier',
      'ml/Churn',
      'ml/churn/v2',
      'http://kserve/ml',
      'ml/-churn',
    ]) {
      expect([service, errorsOf(annotated(service))]).toEqual([
        service,
        [
          {
            path: 'metadata.annotations.aiops.dev/kserve-inference-service',
            message: expect.stringContaining('Expected <namespace>/<name>'),
          },
        ],
      ]);
    }
  });

  it('rejects a malformed entity reference', () => {
    expect(
      errorsOf(model({ servedBy: ['component:'] })).map(e => e.path),
    ).toEqual(['spec.servedBy[0]']);
  });

  it('rejects an unknown model type and a non-mlflow registry', () => {
    const errors = errorsOf(
      model({ type: 'genai', registry: { type: 'sagemaker', modelName: 'x' } }),
    );
    expect(errors.map(e => e.path)).toEqual([
      'spec.type',
      'spec.registry.type',
    ]);
  });

  it('takes any registered runner type, and a target only by name', () => {
    expect(
      validateAiopsEntity(
        pipeline({ runner: { type: 'kubeflow', target: 'train-v3' } }),
      ).ok,
    ).toBe(true);
    expect(
      errorsOf(
        pipeline({
          runner: { type: 'Jenkins CI', target: 'https://ci.example/job' },
        }),
      ),
    ).toEqual([
      {
        path: 'spec.runner.type',
        message:
          'a runner type is lower-case letters, digits and dashes, e.g. github-actions, argo, webhook, local',
      },
      {
        path: 'spec.runner.target',
        message:
          'a target is the name of one in aiops.retraining.runners.<type>.targets, never a URL or a command',
      },
    ]);
    expect(
      errorsOf(pipeline({ runner: { type: 'argo' } })).map(e => e.path),
    ).toEqual(['spec.runner.target']);
  });

  it('refuses entities that are not ours', () => {
    const component = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'x' },
    };
    expect(errorsOf(component)).toEqual([
      { path: 'kind', message: expect.any(String) },
    ]);
  });
});

describe('type guards', () => {
  it('tell the kinds apart', () => {
    expect(isMLModelEntity(model({}))).toBe(true);
    expect(isMLPipelineEntity(model({}))).toBe(false);
    expect(isMLPipelineEntity(pipeline({}))).toBe(true);
    expect(
      isMLModelEntity({ ...model({}), apiVersion: 'backstage.io/v1alpha1' }),
    ).toBe(false);
  });

  it('rejects a numbers-only test pinned on a categorical feature', () => {
    for (const test of ['ks', 'wasserstein']) {
      expect(
        errorsOf(
          model({
            monitoring: {
              features: [
                { name: 'tenure_months', kind: 'numerical', test },
                { name: 'contract_type', kind: 'categorical', test },
              ],
            },
          }),
        ),
      ).toEqual([
        {
          path: 'spec.monitoring.features[1].test',
          message: expect.stringContaining('categorical feature takes'),
        },
      ]);
    }
  });
});
