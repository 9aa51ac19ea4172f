import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { modelEntity } from '../__testUtils__/testBackend';
import { ModelDirectory, modelInfoFromEntity } from './ModelDirectory';

/** A catalog holding the given entities, counting look-ups. */
function countingCatalog(entities: Entity[]) {
  const getEntityByRef = jest.fn(async (ref: string) =>
    entities.find(e => `mlmodel:default/${e.metadata.name}` === ref),
  );
  return {
    catalog: { getEntityByRef } as unknown as CatalogService,
    getEntityByRef,
    entities,
  };
}

describe('ModelDirectory cache', () => {
  afterEach(() => jest.useRealTimers());

  it('finds a model registered just after a miss within seconds', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const { catalog, entities } = countingCatalog([]);
    const models = ModelDirectory.create({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });
    expect(await models.get('mlmodel:default/new')).toBeUndefined();
    entities.push(modelEntity('new'));
    jest.setSystemTime(1_000_000 + 2_500);
    expect((await models.get('mlmodel:default/new'))?.modelRef).toBe(
      'mlmodel:default/new',
    );
  });

  it('finds models by an annotation value, exactly, with one catalog query per value for 30 s', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const annotated = (name: string, service: string) => {
      const entity = modelEntity(name);
      return {
        ...entity,
        metadata: {
          ...entity.metadata,
          annotations: { 'aiops.dev/otel-service-name': service },
        },
      };
    };
    const catalog = catalogServiceMock({
      entities: [
        annotated('b', 'chat'),
        annotated('a', 'chat'),
        annotated('upper', 'Chat'),
        annotated('other', 'search'),
      ],
    });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const models = ModelDirectory.create({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });
    const refs = async (value: string) =>
      (await models.withAnnotation('aiops.dev/otel-service-name', value)).map(
        m => m.modelRef,
      );
    // sorted by ref; the catalog's case-insensitive match narrowed to the exact value
    expect(await refs('chat')).toEqual([
      'mlmodel:default/a',
      'mlmodel:default/b',
    ]);
    expect(await refs('Chat')).toEqual(['mlmodel:default/upper']);
    expect(await refs('nobody')).toEqual([]);
    expect(getEntities).toHaveBeenCalledTimes(3);
    await refs('chat');
    expect(getEntities).toHaveBeenCalledTimes(3);
    jest.setSystemTime(1_000_000 + 30_001);
    await refs('chat');
    expect(getEntities).toHaveBeenCalledTimes(4);
  });

  it('keeps a found model for 30 s', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const { catalog, getEntityByRef } = countingCatalog([modelEntity('a')]);
    const models = ModelDirectory.create({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });
    await models.get('mlmodel:default/a');
    jest.setSystemTime(1_000_000 + 29_000);
    await models.get('mlmodel:default/a');
    expect(getEntityByRef).toHaveBeenCalledTimes(1);
    jest.setSystemTime(1_000_000 + 31_000);
    await models.get('mlmodel:default/a');
    expect(getEntityByRef).toHaveBeenCalledTimes(2);
  });

  it('holds a bounded number of names, dropping the least recently used', async () => {
    const { catalog, getEntityByRef } = countingCatalog(
      ['a', 'b', 'c', 'd'].map(name => modelEntity(name)),
    );
    const models = ModelDirectory.create({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      maxCachedModels: 3,
    });
    for (const name of ['a', 'b', 'c', 'a', 'd']) {
      await models.get(`mlmodel:default/${name}`);
    }
    expect(getEntityByRef).toHaveBeenCalledTimes(4);
    await models.get('mlmodel:default/a'); // used recently: still cached
    await models.get('mlmodel:default/d');
    expect(getEntityByRef).toHaveBeenCalledTimes(4);
    await models.get('mlmodel:default/b'); // the least recently used: dropped
    expect(getEntityByRef).toHaveBeenCalledTimes(5);
  });
});

describe('modelInfoFromEntity', () => {
  it('reads the thresholds the schema accepts, zero where it allows zero', () => {
    const model = modelInfoFromEntity(
      modelEntity('m', {
        thresholds: {
          datasetDriftShare: 0,
          pValue: 0.01,
          distance: 0.2,
          psi: 0.25,
          hallucinationRateIncrease: 0,
        },
        llm: { bias: { groupField: 'g', maxParityDifference: 0 } },
      }),
    );
    expect(model).toMatchObject({
      datasetDriftShare: 0,
      testThresholds: { pValue: 0.01, distance: 0.2, psi: 0.25 },
      hallucinationRateIncrease: 0,
      bias: { groupField: 'g', maxParityDifference: 0 },
    });
  });

  it('reads how records are read: flat prediction and label fields, the hallucination judge', () => {
    const model = modelInfoFromEntity(
      modelEntity('m', {
        features: [
          { name: 'age', kind: 'numerical' },
          { name: 'region', kind: 'categorical' },
        ],
        predictionField: 'churn_score',
        labelField: 'churned',
        llm: { hallucination: { judgeField: 'faithfulness' } },
      }),
    );
    expect(model.reading).toEqual({
      categorical: new Set(['region']),
      predictionField: 'churn_score',
      labelField: 'churned',
      hallucinationJudge: { field: 'faithfulness', threshold: 0.5 },
    });
    expect(model.hallucinationCheck).toBe(true);
    expect(
      modelInfoFromEntity(modelEntity('m', { llm: { hallucination: false } }))
        .hallucinationCheck,
    ).toBe(false);
  });

  it('normalizes the owner to a full, lower-case ref in the entity namespace', () => {
    const entity = modelEntity('m');
    entity.metadata.namespace = 'Risk';
    entity.spec.owner = 'Fraud-Team';
    expect(modelInfoFromEntity(entity)).toMatchObject({
      modelRef: 'mlmodel:risk/m',
      owner: 'group:risk/fraud-team',
    });
  });
});

describe('ModelDirectory and the MLModel schema', () => {
  it('does not monitor an entity its schema rejects, and warns once naming the field', async () => {
    const broken = modelEntity('broken');
    (broken.spec.monitoring as any).profileWindowMinutes = 7.5;
    const { catalog } = countingCatalog([broken]);
    const logger = mockServices.logger.mock();
    const models = ModelDirectory.create({
      catalog,
      auth: mockServices.auth(),
      logger,
    });
    expect(await models.get('mlmodel:default/broken')).toBeUndefined();
    await expect(models.require('mlmodel:default/broken')).rejects.toThrow(
      'mlmodel:default/broken is not monitored: its spec does not match the MLModel schema (spec.monitoring.profileWindowMinutes: Invalid input: expected int, received number)',
    );
    await expect(models.require('mlmodel:default/ghost')).rejects.toThrow(
      'No MLModel mlmodel:default/ghost in the catalog',
    );
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('spec.monitoring.profileWindowMinutes'),
    );
  });
});
