import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ModelName } from '@unified-aiops/plugin-aiops-common';
import { useMemo } from 'react';

/** The namespace and name of the MLModel entity of the current page. */
export function useMonitoredModel(): ModelName {
  const { entity } = useEntity();
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const name = entity.metadata.name;
  return useMemo(() => ({ namespace, name }), [namespace, name]);
}
