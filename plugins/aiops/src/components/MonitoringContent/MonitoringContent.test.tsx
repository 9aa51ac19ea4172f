import { discoveryApiRef } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DriftCheck, ModelName } from '@unified-aiops/plugin-aiops-common';
import { AiopsApi, aiopsApiRef } from '../../api/AiopsApi';
import {
  driftCheck,
  featureResult,
  modelProfiles,
  modelStatus,
} from './__fixtures__/monitoringData';
import { MonitoringContent } from './MonitoringContent';

const entity = {
  apiVersion: 'aiops.dev/v1alpha1',
  kind: 'MLModel',
  metadata: { name: 'churn-classifier', namespace: 'default' },
  spec: { type: 'classification', owner: 'group:default/customer-analytics' },
};

type MonitoringApi = Pick<
  AiopsApi,
  | 'getModelStatus'
  | 'getChecks'
  | 'getProfiles'
  | 'runCheck'
  | 'getModelResources'
>;

function mockApi(overrides: Partial<MonitoringApi> = {}): MonitoringApi {
  const latest = driftCheck();
  return {
    getModelStatus: jest.fn(async () => modelStatus(latest)),
    getChecks: jest.fn(async () => [
      latest,
      driftCheck({
        id: '6',
        checkedAt: '2025-06-01T09:45:00.000Z',
        resultStatus: 'drift',
        result: { driftedShare: 2 / 3 },
      }),
    ]),
    getProfiles: jest.fn(async () => modelProfiles()),
    runCheck: jest.fn(async () => latest),
    getModelResources: jest.fn(async () => ({
      source: 'prometheus' as const,
      status: 'not-configured' as const,
      rateWindow: '5m',
      reason:
        'The entity names no Prometheus selector (annotation aiops.dev/prometheus-selector or aiops.dev/prometheus-resource-selector).',
      queries: {},
      missing: {},
      history: [],
    })),
    ...overrides,
  };
}

const aiopsBaseUrl = 'https://backstage.example.com/api/aiops';

async function renderContent(api: MonitoringApi) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [aiopsApiRef, api],
        [discoveryApiRef, { getBaseUrl: async () => aiopsBaseUrl }],
      ]}
    >
      <EntityProvider entity={entity}>
        <MonitoringContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

/** What the client throws when the permission framework denies aiops.check.run. */
function forbidden() {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'NotAllowedError', message: 'Unauthorized' },
        response: { statusCode: 403 },
      }),
      {
        status: 403,
        statusText: 'Forbidden',
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}

describe('MonitoringContent', () => {
  it('shows the status, the pending recovery and the check summary', async () => {
    await renderContent(mockApi());

    expect(await screen.findByText('Drift status')).toBeInTheDocument();
    expect(
      screen.getByText('improving to warning, 1 of 3 confirmations'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 of 3 features drifted (monthly_charges), below the dataset share 0.5',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /33.3% of features drifted \(1 of 3\); dataset drift from 50%/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/training records, model version 7, 5,000 records/),
    ).toBeInTheDocument();
  });

  it('lists drifted features first with their statistics, the prediction last', async () => {
    await renderContent(mockApi());

    const table = (await screen.findByText('Feature drift')).closest(
      'div[class*="MuiPaper"]',
    ) as HTMLElement;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual([
      'monthly_charges',
      'contract_type',
      'tenure_months',
      'prediction model output',
    ]);
    const drifted = within(rows[0]);
    expect(drifted.getByText('wasserstein')).toBeInTheDocument();
    expect(drifted.getByText('0.312')).toBeInTheDocument();
    expect(drifted.getByText('statistic ≥ 0.1')).toBeInTheDocument();
    expect(drifted.getByText('drift')).toBeInTheDocument();
    expect(
      drifted.getByText('reservoir, sampled from 5,000 / 12,000'),
    ).toBeInTheDocument();
    const tested = within(rows[1]);
    expect(tested.getByText('chisquare')).toBeInTheDocument();
    expect(tested.getByText('0.55')).toBeInTheDocument();
    expect(tested.getByText('p ≤ 0.05')).toBeInTheDocument();
    expect(tested.getByText('ok')).toBeInTheDocument();
    expect(tested.getByText('whole window (profile)')).toBeInTheDocument();
    expect(tested.getByText('5,000 ref / 12,000 cur')).toBeInTheDocument();
  });

  it("shows a feature's note beside its test", async () => {
    const note =
      'a single category on both sides: chi-square has no degrees of freedom, no drift';
    const latest = driftCheck({
      result: {
        features: [
          featureResult('region', {
            kind: 'categorical',
            test: 'chisquare',
            statistic: 0,
            pValue: 1,
            note,
          }),
          featureResult('tenure_months'),
        ],
      },
    });
    await renderContent(
      mockApi({ getModelStatus: jest.fn(async () => modelStatus(latest)) }),
    );

    const table = (await screen.findByText('Feature drift')).closest(
      'div[class*="MuiPaper"]',
    ) as HTMLElement;
    const [region, tenure] = within(table).getAllByRole('row').slice(1);
    expect(within(region).getByText(note)).toBeInTheDocument();
    expect(within(region).getByText('chisquare')).toBeInTheDocument();
    expect(within(tenure).queryByText(note)).not.toBeInTheDocument();
  });

  it('charts the selected feature, picked by clicking its row', async () => {
    await renderContent(mockApi());

    const select = await screen.findByRole('button', { name: /^Feature .+/ });
    // the first drifted feature is charted first, on its numeric bins
    expect(select).toHaveTextContent('monthly_charges');
    expect(
      screen.getByText(
        'Share of values per bin in the current window and the reference',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByText('contract_type'));
    await waitFor(() => expect(select).toHaveTextContent('contract_type'));
    // categorical features get one bar pair per category
    const card = screen
      .getByText('Reference vs current')
      .closest('.MuiCard-root')!;
    const ticks = card.querySelectorAll('.recharts-xAxis tspan');
    expect([...ticks].map(t => t.textContent)).toEqual([
      'month-to-month',
      'one-year',
      'two-year',
    ]);
    expect(card.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(6);
  });

  it('plots the drifted share of each check against the dataset-drift line', async () => {
    await renderContent(mockApi());

    expect(await screen.findByText('Drift over time')).toBeInTheDocument();
    expect(screen.getByText('dataset drift 50%')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        document.querySelectorAll('.recharts-line-dots circle'),
      ).toHaveLength(2),
    );
  });

  it('runs a check on demand and shows the refreshed status', async () => {
    const fresh = driftCheck({
      id: '8',
      resultStatus: 'drift',
      result: {
        reason: '2 of 3 features drifted (monthly_charges, tenure_months)',
      },
    });
    let status = modelStatus(driftCheck());
    let finish = () => {};
    const getChecks = jest.fn(async (_model: ModelName) => [status.latest!]);
    const runCheck = jest.fn(
      (_model: ModelName) =>
        new Promise<DriftCheck>(resolve => {
          finish = () => {
            status = modelStatus(fresh);
            resolve(fresh);
          };
        }),
    );
    await renderContent(
      mockApi({ getModelStatus: async () => status, getChecks, runCheck }),
    );

    await userEvent.click(
      await screen.findByRole('button', { name: /Run check now/ }),
    );
    expect(screen.getByRole('button', { name: /Checking…/ })).toBeDisabled();
    act(() => finish());

    expect(runCheck).toHaveBeenCalledWith({
      namespace: 'default',
      name: 'churn-classifier',
    });
    expect(
      await screen.findByText(
        '2 of 3 features drifted (monthly_charges, tenure_months)',
      ),
    ).toBeInTheDocument();
    expect(getChecks).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: /Run check now/ })).toBeEnabled();
  });

  it('tells users without aiops.check.run that they cannot run checks', async () => {
    const api = mockApi({
      runCheck: jest.fn(async () => Promise.reject(await forbidden())),
    });
    await renderContent(api);

    await userEvent.click(
      await screen.findByRole('button', { name: /Run check now/ }),
    );

    const alert = (await screen.findByText(/You cannot run checks/)).closest(
      '[role="alert"]',
    );
    expect(alert).toHaveTextContent('aiops.check.run');
    expect(screen.getByRole('button', { name: /Run check now/ })).toBeEnabled();
  });

  it('explains how to set a reference when there is none', async () => {
    const api = mockApi({
      getModelStatus: jest.fn(async () => modelStatus(null)),
      getChecks: jest.fn(async () => []),
      getProfiles: jest.fn(async () => modelProfiles({ reference: false })),
    });
    await renderContent(api);

    expect(
      await screen.findByText('No reference profile yet'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /curl -X PUT https:\/\/backstage\.example\.com\/api\/aiops\/v1\/models\/default\/churn-classifier\/reference/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('never')).toBeInTheDocument();
    expect(screen.queryByText('Feature drift')).not.toBeInTheDocument();
    expect(screen.queryByText('Reference vs current')).not.toBeInTheDocument();
  });

  it('explains the ingest endpoint when the window has no records', async () => {
    const api = mockApi({
      getProfiles: jest.fn(async () => modelProfiles({ records: 0 })),
    });
    await renderContent(api);

    expect(
      await screen.findByText('No inference records in the current window'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /curl -X POST https:\/\/backstage\.example\.com\/api\/aiops\/v1\/models\/default\/churn-classifier\/records/,
      ),
    ).toBeInTheDocument();
  });

  it('shows the error when the status cannot be loaded', async () => {
    const api = mockApi({
      getModelStatus: jest.fn(async () =>
        Promise.reject(new Error('backend down')),
      ),
    });
    await renderContent(api);

    expect((await screen.findAllByText(/backend down/)).length).toBeGreaterThan(
      0,
    );
    expect(
      screen.queryByRole('button', { name: /Run check now/ }),
    ).not.toBeInTheDocument();
  });
});
