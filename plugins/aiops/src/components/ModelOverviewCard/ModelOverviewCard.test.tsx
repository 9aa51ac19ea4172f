import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { aiopsApiRef } from '../../api/AiopsApi';
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

async function renderCard(entity: MLModelEntity, runs: unknown[] = []) {
  const listRetrainingRuns = jest.fn(async () => runs);
  return renderInTestApp(
    <TestApiProvider apis={[[aiopsApiRef, { listRetrainingRuns } as any]]}>
      <EntityProvider entity={entity}>
        <ModelOverviewCard />
      </EntityProvider>
    </TestApiProvider>,
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

  it('shows the version the loop promoted as champion, ahead of the catalog’s alias', async () => {
    await renderCard(model);
    expect(await screen.findByText('v7')).toBeInTheDocument();
    await renderCard({ ...model, metadata: { name: 'promoted' } }, [
      {
        id: 'r2',
        promotion: {
          state: 'promoted',
          promotedAt: '2026-12-03T20:01:00Z',
          previousVersion: '7',
        },
        promotedVersion: '8',
      },
    ]);
    expect(
      await screen.findByText(/^v8, promoted by retraining/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'mlflow: fraud (champion v7, challenger v8, as the catalog last read them)',
      ),
    ).toBeInTheDocument();
  });

  it('follows the registry’s alias once it moved on from the loop’s promotion', async () => {
    const moved = {
      ...model,
      metadata: { name: 'moved' },
      spec: {
        ...model.spec,
        registry: { ...model.spec.registry!, aliases: { champion: '9' } },
      },
    };
    await renderCard(moved, [
      {
        id: 'r3',
        promotion: {
          state: 'promoted',
          promotedAt: '2026-12-03T20:01:00Z',
          previousVersion: '7',
        },
        promotedVersion: '8',
      },
    ]);
    expect(await screen.findByText('v9')).toBeInTheDocument();
  });

  it('shows no-data and unknown before the catalog module stamped any status', async () => {
    await renderCard({ ...model, metadata: { name: 'fresh' } });
    expect(screen.getByText('no-data')).toBeInTheDocument();
    expect(screen.getByText('unknown')).toBeInTheDocument();
  });
});
