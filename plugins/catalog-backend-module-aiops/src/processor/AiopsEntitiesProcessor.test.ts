import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { AiopsEntitiesProcessor } from './AiopsEntitiesProcessor';

const location = { type: 'file', target: 'entities.yaml' };

function model(spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'aiops.dev/v1alpha1',
    kind: 'MLModel',
    metadata: { name: 'churn-classifier', labels: { team: 'growth' } },
    spec: {
      type: 'classification',
      lifecycle: 'production',
      owner: 'ml-platform',
      riskTier: 'limited',
      ...spec,
    },
  };
}

function pipeline(spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'aiops.dev/v1alpha1',
    kind: 'MLPipeline',
    metadata: { name: 'churn-training', namespace: 'growth' },
    spec: {
      type: 'training',
      owner: 'group:default/ml-platform',
      runner: { type: 'argo', target: 'churn-train' },
      ...spec,
    },
  };
}

function createProcessor() {
  const getStatus = jest.fn(async (_ref: string) => ({
    driftStatus: 'warning' as const,
    governanceStatus: 'at-risk' as const,
  }));
  return {
    processor: AiopsEntitiesProcessor.create({ statuses: { getStatus } }),
    getStatus,
  };
}

async function relationsOf(entity: Entity) {
  const emitted: CatalogProcessorResult[] = [];
  await createProcessor().processor.postProcessEntity(
    entity,
    location,
    result => emitted.push(result),
  );
  return emitted.map(result => {
    if (result.type !== 'relation')
      throw new Error(`unexpected ${result.type}`);
    const { source, type, target } = result.relation;
    return `${source.kind}:${source.namespace}/${source.name} ${type} ${target.kind}:${target.namespace}/${target.name}`;
  });
}

describe('AiopsEntitiesProcessor.validateEntityKind', () => {
  const { processor } = createProcessor();

  it('accepts valid MLModel and MLPipeline entities', async () => {
    await expect(processor.validateEntityKind(model())).resolves.toBe(true);
    await expect(processor.validateEntityKind(pipeline())).resolves.toBe(true);
  });

  it('leaves other kinds to other processors', async () => {
    const component = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'churn-api' },
      spec: {},
    };
    await expect(processor.validateEntityKind(component)).resolves.toBe(false);
    await expect(
      processor.validateEntityKind({ ...model(), apiVersion: 'aiops.dev/v2' }),
    ).resolves.toBe(false);
  });

  it.each([
    [
      'a wrong risk tier',
      model({ riskTier: 'extreme' }),
      /^MLModel "churn-classifier": spec\.riskTier: Invalid option: expected one of "minimal"\|"limited"\|"high"\|"unacceptable"$/,
    ],
    [
      'a missing owner',
      model({ owner: undefined }),
      /^MLModel "churn-classifier": spec\.owner: Invalid input: expected string, received undefined$/,
    ],
    [
      'an unknown model type',
      model({ type: 'genai' }),
      /spec\.type: Invalid option/,
    ],
    [
      'an unknown feature kind',
      model({
        monitoring: { features: [{ name: 'tenure', kind: 'ordinal' }] },
      }),
      /spec\.monitoring\.features\[0\]\.kind: Invalid option: expected one of "numerical"\|"categorical"\|"text"/,
    ],
    [
      'an unknown drift test',
      model({
        monitoring: {
          features: [{ name: 'tenure', kind: 'numerical', test: 'ttest' }],
        },
      }),
      /spec\.monitoring\.features\[0\]\.test: Invalid option/,
    ],
    [
      'an unknown spec field',
      model({ riskLevel: 'high' }),
      /spec\.riskLevel: Unrecognized key/,
    ],
    [
      'a malformed servedBy ref',
      model({ servedBy: ['component:'] }),
      /spec\.servedBy\[0\]: Invalid entity reference/,
    ],
    [
      'a negative latency SLO',
      model({ monitoring: { latencySloMs: -5 } }),
      /spec\.monitoring\.latencySloMs: Too small/,
    ],
    [
      'an unknown pipeline type',
      pipeline({ type: 'deploy' }),
      /^MLPipeline "churn-training": spec\.type: Invalid option/,
    ],
    [
      'a runner target that is a URL',
      pipeline({ runner: { type: 'webhook', target: 'https://ci.example/x' } }),
      /spec\.runner\.target: a target is the name of one in aiops\.retraining\.runners/,
    ],
    [
      'a runner without target',
      pipeline({ runner: { type: 'argo' } }),
      /spec\.runner\.target: Invalid input/,
    ],
  ])(
    'rejects %s with an InputError naming the field',
    async (_, entity, message) => {
      const result = processor.validateEntityKind(entity);
      await expect(result).rejects.toThrow(InputError);
      await expect(result).rejects.toThrow(message);
    },
  );

  it('lists every problem of an entity in one error', async () => {
    await expect(
      processor.validateEntityKind(model({ riskTier: 'x', owner: undefined })),
    ).rejects.toThrow(/spec\.owner: .*; spec\.riskTier: /);
  });
});

describe('AiopsEntitiesProcessor.postProcessEntity', () => {
  it('emits every MLModel relation in both directions', async () => {
    const relations = await relationsOf(
      model({
        system: 'customer-intelligence',
        trainedBy: 'churn-training',
        servedBy: ['churn-api', 'component:default/crm-scoring'],
        dependsOn: ['churn-training-data'],
      }),
    );
    expect(relations).toEqual([
      'MLModel:default/churn-classifier ownedBy Group:default/ml-platform',
      'Group:default/ml-platform ownerOf MLModel:default/churn-classifier',
      'MLModel:default/churn-classifier partOf System:default/customer-intelligence',
      'System:default/customer-intelligence hasPart MLModel:default/churn-classifier',
      'MLModel:default/churn-classifier dependsOn Resource:default/churn-training-data',
      'Resource:default/churn-training-data dependencyOf MLModel:default/churn-classifier',
      'MLModel:default/churn-classifier trainedBy MLPipeline:default/churn-training',
      'MLPipeline:default/churn-training trains MLModel:default/churn-classifier',
      'MLModel:default/churn-classifier servedBy Component:default/churn-api',
      'Component:default/churn-api serves MLModel:default/churn-classifier',
      'MLModel:default/churn-classifier servedBy component:default/crm-scoring',
      'component:default/crm-scoring serves MLModel:default/churn-classifier',
    ]);
  });

  it('emits only ownership for a minimal MLModel', async () => {
    expect(await relationsOf(model())).toEqual([
      'MLModel:default/churn-classifier ownedBy Group:default/ml-platform',
      'Group:default/ml-platform ownerOf MLModel:default/churn-classifier',
    ]);
  });

  it('emits MLPipeline ownership, system and trains/trainedBy via produces, in its namespace', async () => {
    const relations = await relationsOf(
      pipeline({
        system: 'churn',
        produces: ['churn-classifier', 'mlmodel:default/churn-v2'],
      }),
    );
    expect(relations).toEqual([
      'MLPipeline:growth/churn-training ownedBy group:default/ml-platform',
      'group:default/ml-platform ownerOf MLPipeline:growth/churn-training',
      'MLPipeline:growth/churn-training partOf System:growth/churn',
      'System:growth/churn hasPart MLPipeline:growth/churn-training',
      'MLPipeline:growth/churn-training trains MLModel:growth/churn-classifier',
      'MLModel:growth/churn-classifier trainedBy MLPipeline:growth/churn-training',
      'MLPipeline:growth/churn-training trains mlmodel:default/churn-v2',
      'mlmodel:default/churn-v2 trainedBy MLPipeline:growth/churn-training',
    ]);
  });

  it('emits nothing for other kinds', async () => {
    const group = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'ml-platform' },
      spec: { owner: 'x' },
    };
    expect(await relationsOf(group)).toEqual([]);
  });
});

describe('AiopsEntitiesProcessor.preProcessEntity', () => {
  it('stamps the status labels on models and keeps their other labels', async () => {
    const { processor, getStatus } = createProcessor();
    const result = await processor.preProcessEntity(model());
    expect(getStatus).toHaveBeenCalledWith('mlmodel:default/churn-classifier');
    expect(result.metadata.labels).toEqual({
      team: 'growth',
      'aiops.dev/drift-status': 'warning',
      'aiops.dev/governance-status': 'at-risk',
    });
  });

  it('leaves pipelines and other kinds untouched', async () => {
    const { processor, getStatus } = createProcessor();
    const component = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'churn-api', labels: { team: 'growth' } },
      spec: {},
    };
    for (const entity of [pipeline(), component]) {
      const before = JSON.parse(JSON.stringify(entity));
      const result = await processor.preProcessEntity(entity);
      expect(result).toBe(entity);
      expect(result).toEqual(before);
    }
    expect(getStatus).not.toHaveBeenCalled();
  });
});
