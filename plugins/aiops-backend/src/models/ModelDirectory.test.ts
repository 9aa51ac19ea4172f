import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
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
    });
    expect(await models.get('mlmodel:default/new')).toBeUndefined();
    entities.push(modelEntity('new'));
    jest.setSystemTime(1_000_000 + 2_500);
    expect((await models.get('mlmodel:default/new'))?.modelRef).toBe(
      'mlmodel:default/new',
    );
  });

  it('keeps a found model for 30 s', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const { catalog, getEntityByRef } = countingCatalog([modelEntity('a')]);
    const models = ModelDirectory.create({
      catalog,
      auth: mockServices.auth(),
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

  it('reads a profile window length in whole minutes up to a day, nothing else', () => {
    const windowOf = (profileWindowMinutes: unknown) =>
      modelInfoFromEntity(modelEntity('m', { profileWindowMinutes }))
        .windowMinutes;
    expect(windowOf(15)).toBe(15);
    expect(windowOf(1440)).toBe(1440);
    for (const odd of [0, 7.5, 1441, '15', undefined]) {
      expect(windowOf(odd)).toBeUndefined();
    }
  });

  it('ignores a datasetDriftShare outside thresholds', () => {
    expect(
      modelInfoFromEntity(modelEntity('m', { datasetDriftShare: 0.2 }))
        .datasetDriftShare,
    ).toBeUndefined();
  });
});
