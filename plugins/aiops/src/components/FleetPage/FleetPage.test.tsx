import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import {
  FleetSummary,
  GovernancePortfolio,
  MLModelEntity,
  governancePortfolio,
  summarizeFleet,
} from '@unified-aiops/plugin-aiops-common';
import { aiopsApiRef } from '../../api/AiopsApi';
import { rootRouteRef } from '../../routes';
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

const noPortfolio: GovernancePortfolio = { byOwner: [], bySystem: [] };

function renderPage(
  getFleet: () => Promise<FleetSummary>,
  portfolio = noPortfolio,
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[[aiopsApiRef, { getFleet, getPortfolio: async () => portfolio }]]}
    >
      <FleetPage />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/aiops': rootRouteRef,
      },
    },
  );
}

/** The counts a status card shows, by the status chip under each count. */
function countsOn(cardTitle: string): Record<string, number> {
  const title = screen
    .getAllByText(cardTitle)
    .find(el => el.closest('[class*="MuiCardHeader-root"]'));
  const card = title!.closest('[class*="MuiCard-root"]') as HTMLElement;
  return Object.fromEntries(
    within(card)
      .getAllByRole('heading', { level: 4 })
      .map(count => [
        count.parentElement!.querySelector('[class*="MuiChip-label"]')!
          .textContent,
        Number(count.textContent),
      ]),
  );
}

describe('FleetPage', () => {
  it('lists the models with their status and counts them by status', async () => {
    const fleet = summarizeFleet(
      [
        model('churn', 'drift', 'compliant'),
        model('fraud', 'ok'),
        model('summarizer'),
      ],
      {
        retraining: new Map([['mlmodel:default/churn', 'in-flight' as const]]),
      },
    );
    await renderPage(async () => fleet);

    expect(await screen.findByText('Models (3)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'churn title' })).toHaveAttribute(
      'href',
      '/catalog/default/mlmodel/churn',
    );
    expect(countsOn('Drift')).toEqual({
      'no-data': 1,
      ok: 1,
      warning: 0,
      drift: 1,
    });
    expect(countsOn('Governance')).toEqual({
      unknown: 2,
      compliant: 1,
      'at-risk': 0,
      'non-compliant': 0,
    });
    // and each row shows its model's status
    const churnRow = screen
      .getByRole('link', { name: 'churn title' })
      .closest('tr') as HTMLElement;
    expect(within(churnRow).getByText('drift')).toBeInTheDocument();
    expect(within(churnRow).getByText('compliant')).toBeInTheDocument();
    expect(within(churnRow).getByText('in-flight')).toBeInTheDocument();
    expect(countsOn('Retraining')).toEqual({
      'in flight': 1,
      'awaiting approval': 0,
    });
    // one model has a governance status, so the fleet is not "never evaluated"
    expect(
      screen.queryByText('No governance policy has evaluated these models yet'),
    ).not.toBeInTheDocument();
  });

  it('shows the governance portfolio by system, each with its printable report, and by owner', async () => {
    const portfolio = governancePortfolio([
      {
        owner: 'group:default/fraud-risk',
        system: 'system:default/fraud-prevention',
        status: 'non-compliant',
        score: 84.8,
      },
      {
        owner: 'group:default/fraud-risk',
        system: 'system:default/fraud-prevention',
        status: 'compliant',
        score: 100,
      },
      {
        owner: 'group:default/support',
        system: null,
        status: 'at-risk',
        score: 70,
      },
    ]);
    await renderPage(
      async () => summarizeFleet([model('fraud', 'ok', 'non-compliant')]),
      portfolio,
    );
    const system = await screen.findByRole('link', {
      name: 'fraud-prevention',
    });
    const row = system.closest('tr') as HTMLElement;
    // models, compliant, at risk, non-compliant, mean score
    expect(
      within(row)
        .getAllByRole('cell')
        .slice(1, 6)
        .map(c => c.textContent),
    ).toEqual(['2', '1', '0', '1', '92.4']);
    expect(within(row).getByRole('link', { name: 'Report' })).toHaveAttribute(
      'href',
      '/aiops/system-reports/default/fraud-prevention',
    );
    expect(screen.getByRole('link', { name: 'support' })).toBeInTheDocument();
  });

  it('shows each model newest Prometheus figures beside its status, a dash without them', async () => {
    const fleet = summarizeFleet([model('embedder', 'ok'), model('churn')], {
      resources: new Map([
        [
          'mlmodel:default/embedder',
          {
            at: '2026-12-04T12:00:00.000Z',
            figures: {
              latencyP95Seconds: 0.261,
              errorRate: 0.002,
              cpuCores: 0.6461,
              memoryBytes: 5.25 * 1024 ** 3,
              gpuUtilizationPercent: 79.4,
            },
          },
        ],
      ]),
    });
    await renderPage(async () => fleet);
    expect(
      await screen.findByRole('columnheader', { name: 'Cost & serving' }),
    ).toBeInTheDocument();
    const row = (name: string) =>
      screen.getByRole('link', { name }).closest('tr') as HTMLElement;
    expect(row('embedder title')).toHaveTextContent(
      'p95 261 ms · 0.2% errors · 0.65 cores · 5.25 GiB · GPU 79%',
    );
    expect(within(row('churn title')).getAllByText('—').length).toBeGreaterThan(
      0,
    );
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
