import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { MLPipelineEntity } from '@unified-aiops/plugin-aiops-common';
import { PipelineOverviewCard } from './PipelineOverviewCard';

describe('PipelineOverviewCard', () => {
  it('shows the runner and links the models the pipeline produces', async () => {
    const pipeline: MLPipelineEntity = {
      apiVersion: 'aiops.dev/v1alpha1',
      kind: 'MLPipeline',
      metadata: { name: 'churn-training' },
      spec: {
        type: 'training',
        owner: 'group:default/ml-platform',
        runner: {
          type: 'github-actions',
          target: 'churn-train',
        },
        produces: ['churn-classifier'],
      },
    };
    await renderInTestApp(
      <EntityProvider entity={pipeline}>
        <PipelineOverviewCard />
      </EntityProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(screen.getByText('github-actions')).toBeInTheDocument();
    expect(screen.getByText('churn-train')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'churn-classifier' }),
    ).toHaveAttribute('href', '/catalog/default/mlmodel/churn-classifier');
  });
});
