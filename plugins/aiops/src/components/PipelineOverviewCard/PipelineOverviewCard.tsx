import { InfoCard } from '@backstage/core-components';
import { EntityRefLinks, useEntity } from '@backstage/plugin-catalog-react';
import { MLPipelineEntity } from '@unified-aiops/plugin-aiops-common';
import { FieldGrid } from '../FieldGrid';

/** The key facts of an MLPipeline: what it does, where it runs, what it produces. */
export function PipelineOverviewCard() {
  const { entity } = useEntity<MLPipelineEntity>();
  const spec = entity.spec;
  return (
    <InfoCard title="Pipeline overview">
      <FieldGrid
        fields={[
          { label: 'Type', value: spec.type },
          { label: 'Lifecycle', value: spec.lifecycle },
          {
            label: 'Owner',
            value: (
              <EntityRefLinks entityRefs={[spec.owner]} defaultKind="group" />
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
              <EntityRefLinks
                entityRefs={spec.produces}
                defaultKind="mlmodel"
              />
            ) : undefined,
          },
        ]}
      />
    </InfoCard>
  );
}
