import { MLModelEntity } from '@unified-aiops/plugin-aiops-common';
import { modelEntity } from '../src/__testUtils__/testBackend';
import { CATEGORICAL_FEATURES, NUMERICAL_FEATURES } from './benchRecords';

/** The MLModel entity the benchmarks ingest into and check: 20 monitored features. */
export function benchModelEntity(name = 'bench'): MLModelEntity {
  return modelEntity(name, {
    features: [
      ...NUMERICAL_FEATURES.map(f => ({ name: f, kind: 'numerical' as const })),
      ...CATEGORICAL_FEATURES.map(f => ({
        name: f,
        kind: 'categorical' as const,
      })),
    ],
  });
}

/** The LLM application `yarn bench:otlp` sends spans for, found by its service.name. */
export function benchLlmEntity(): MLModelEntity {
  const entity = modelEntity('bench-llm', {
    features: [
      { name: 'gen_ai.request.model', kind: 'categorical' },
      { name: 'customer_segment', kind: 'categorical' },
    ],
  });
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: { 'aiops.dev/otel-service-name': 'bench-llm' },
    },
    spec: { ...entity.spec, type: 'llm' },
  };
}
