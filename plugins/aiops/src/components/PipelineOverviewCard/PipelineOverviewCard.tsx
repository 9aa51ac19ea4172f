import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { MLPipelineEntity } from '@unified-aiops/plugin-aiops-common';
import { EntityRefs } from '../EntityRefs';
import { FieldGrid } from '../FieldGrid';

/** The key facts of an MLPipeline: what it does, where it runs, what it produces. */
export function PipelineOverviewCard() {
  const { entity } = useEntity<MLPipelineEntity>();
  const spec = entity.spec;
  const namespace = entity.metadata.namespace;
  return (
    <InfoCard title="Pipeline overview">
      <FieldGrid
        fields={[
          { label: 'Type', value: spec.type },
          { label: 'Lifecycle', value: spec.lifecycle },
          {
            label: 'Owner',
            value: (
              <EntityRefs
                refs={spec.owner}
                defaultKind="group"
                defaultNamespace={namespace}
              />
            ),
          },
          { label: 'Runner', value: spec.runner?.type },
          { label: 'Runner target', value: spec.runner?.target, width: 6 },
          { label: 'Ref', value: spec.runner?.ref },
          {
            label: 'Timeout',
            value: spec.runner?.timeoutMinutes
              ? `${spec.runner.timeoutMinutes} min`
              : undefined,
          },
          {
            label: 'Produces',
            width: 12,
            value: spec.produces?.length ? (
              <EntityRefs
                refs={spec.produces}
                defaultKind="mlmodel"
                defaultNamespace={namespace}
              />
            ) : undefined,
          },
        ]}
      />
    </InfoCard>
  );
}
