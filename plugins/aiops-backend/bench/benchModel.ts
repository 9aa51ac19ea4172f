import { Entity } from '@backstage/catalog-model';
import { CATEGORICAL_FEATURES, NUMERICAL_FEATURES } from './benchRecords';

/** The MLModel entity the benchmarks ingest into and check: 20 monitored features. */
export function benchModelEntity(name = 'bench'): Entity {
  return {
    apiVersion: 'aiops.dev/v1alpha1',
    kind: 'MLModel',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'classification',
      lifecycle: 'production',
      owner: 'group:default/ml-team',
      riskTier: 'limited',
      monitoring: {
        features: [
          ...NUMERICAL_FEATURES.map(f => ({ name: f, kind: 'numerical' })),
          ...CATEGORICAL_FEATURES.map(f => ({ name: f, kind: 'categorical' })),
        ],
      },
    },
  };
}
