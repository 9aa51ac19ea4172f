import { Entity } from '@backstage/catalog-model';
import { modelEntity } from '../src/__testUtils__/testBackend';
import { CATEGORICAL_FEATURES, NUMERICAL_FEATURES } from './benchRecords';

/** The MLModel entity the benchmarks ingest into and check: 20 monitored features. */
export function benchModelEntity(name = 'bench'): Entity {
  return modelEntity(name, {
    features: [
      ...NUMERICAL_FEATURES.map(f => ({ name: f, kind: 'numerical' })),
      ...CATEGORICAL_FEATURES.map(f => ({ name: f, kind: 'categorical' })),
    ],
  });
}
