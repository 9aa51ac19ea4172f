import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { MLModelEntity } from '@unified-aiops/plugin-aiops-common';
import { ModelOverviewCard } from './ModelOverviewCard';

const model: MLModelEntity = {
  apiVersion: 'aiops.dev/v1alpha1',
  kind: 'MLModel',
  metadata: {
    name: 'fraud-detector',
    labels: {
      'aiops.dev/drift-status': 'warning',
      'aiops.dev/governance-status': 'at-risk',
    },
    annotations: { 'aiops.dev/runbook-url': 'https://runbooks.example/fraud' },
  },
  spec: {
    type: 'classification',
    lifecycle: 'production',
    owner: 'risk-ml',
    riskTier: 'high',
    trainedBy: 'mlpipeline:default/fraud-retraining',
    servedBy: ['fraud-api'],
    dependsOn: ['resource:default/transactions'],
    monitoring: {
      features: [
        { name: 'amount', kind: 'numerical', test: 'wasserstein' },
        { name: 'country', kind: 'categorical' },
      ],
      latencySloMs: 50,
    },
    registry: {
      type: 'mlflow',
      modelName: 'fraud',
      aliases: { champion: '7', challenger: '8' },
    },
  },
};

async function renderCard(entity: MLModelEntity) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <ModelOverviewCard />
    </EntityProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('ModelOverviewCard', () => {
  it('shows status, risk, lineage, monitored features and registry', async () => {
    await renderCard(model);
    expect(screen.getByText('warning')).toBeInTheDocument();
    expect(screen.getByText('at-risk')).toBeInTheDocument();
    expect(screen.getByText('high')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'fraud-retraining' }),
    ).toHaveAttribute('href', '/catalog/default/mlpipeline/fraud-retraining');
    expect(screen.getByRole('link', { name: 'fraud-api' })).toBeInTheDocument();
    expect(screen.getByText('Monitored features (2)')).toBeInTheDocument();
    expect(
      screen.getByText('amount · numerical · wasserstein'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('mlflow: fraud (champion v7, challenger v8)'),
    ).toBeInTheDocument();
    expect(screen.getByText('50 ms')).toBeInTheDocument();
  });

  it('shows no-data and unknown before the catalog module stamped any status', async () => {
    await renderCard({ ...model, metadata: { name: 'fresh' } });
    expect(screen.getByText('no-data')).toBeInTheDocument();
    expect(screen.getByText('unknown')).toBeInTheDocument();
  });
});
