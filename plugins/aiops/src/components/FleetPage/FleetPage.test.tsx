import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import {
  FleetSummary,
  MLModelEntity,
  summarizeFleet,
} from '@unified-aiops/plugin-aiops-common';
import { aiopsApiRef } from '../../api/AiopsApi';
import { FleetPage } from './FleetPage';

function model(
  name: string,
  drift?: string,
  governance?: string,
): MLModelEntity {
  return {
    apiVersion: 'aiops.dev/v1alpha1',
    kind: 'MLModel',
    metadata: {
      name,
      title: `${name} title`,
      labels: {
        ...(drift && { 'aiops.dev/drift-status': drift }),
        ...(governance && { 'aiops.dev/governance-status': governance }),
      },
    },
    spec: {
      type: 'classification',
      lifecycle: 'production',
      owner: 'group:default/team-a',
      riskTier: 'limited',
    },
  };
}

function renderPage(getFleet: () => Promise<FleetSummary>) {
  return renderInTestApp(
    <TestApiProvider apis={[[aiopsApiRef, { getFleet }]]}>
      <FleetPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('FleetPage', () => {
  it('lists the models with their status and counts them by status', async () => {
    const fleet = summarizeFleet([
      model('churn', 'drift', 'compliant'),
      model('fraud', 'ok'),
      model('summarizer'),
    ]);
    await renderPage(async () => fleet);

    expect(await screen.findByText('Models (3)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'churn title' })).toHaveAttribute(
      'href',
      '/catalog/default/mlmodel/churn',
    );
    // one model drifts: the drift card counts it and its row shows the chip
    expect(screen.getAllByText('drift').length).toBeGreaterThanOrEqual(2);
    expect(screen.getAllByText('no-data').length).toBeGreaterThanOrEqual(2);
    // one model has a governance status, so the fleet is not "never evaluated"
    expect(
      screen.queryByText('No governance policy has evaluated these models yet'),
    ).not.toBeInTheDocument();
  });

  it('says so when no governance policy has evaluated any model', async () => {
    await renderPage(async () => summarizeFleet([model('churn', 'ok')]));
    expect(
      await screen.findByText(
        'No governance policy has evaluated these models yet',
      ),
    ).toBeInTheDocument();
  });

  it('explains how to register a model when the fleet is empty', async () => {
    await renderPage(async () => summarizeFleet([]));
    expect(
      await screen.findByText('No models in the catalog yet'),
    ).toBeInTheDocument();
  });

  it('shows the backend error instead of an empty table', async () => {
    await renderPage(async () => {
      throw new Error('aiops backend unavailable');
    });
    expect(
      (await screen.findAllByText(/aiops backend unavailable/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/^Models \(/)).not.toBeInTheDocument();
  });
});
