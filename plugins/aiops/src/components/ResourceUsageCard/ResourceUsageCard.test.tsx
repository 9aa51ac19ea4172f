import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ModelResources } from '@unified-aiops/plugin-aiops-common';
import { AiopsApi, aiopsApiRef } from '../../api/AiopsApi';
import { ResourceUsageCard } from './ResourceUsageCard';
import {
  chartUnit,
  formatBytes,
  formatSeconds,
  timeTicks,
  valueTicks,
} from './resourceFigures';

const model = { namespace: 'default', name: 'ticket-summarizer' };
const selector = 'service_name="ticket-summarizer"';

function resources(overrides: Partial<ModelResources> = {}): ModelResources {
  const figures = (i: number) => ({
    latencyP50Seconds: 0.2917,
    latencyP95Seconds: 1.6333 + i / 100,
    latencyP99Seconds: 1.9267,
    requestsPerSecond: 2.9333,
    errorRate: 4 / 44,
    cpuCores: 0.5,
    memoryBytes: 536870912,
    gpuUtilizationPercent: null,
  });
  const history = [0, 1, 2].map(i => ({
    at: new Date(Date.UTC(2026, 11, 4, 12, i)).toISOString(),
    figures: figures(i),
  }));
  return {
    source: 'prometheus',
    status: 'ok',
    rateWindow: '5m',
    pulledAt: '2026-12-04T12:02:05.000Z',
    queries: {
      latencyP50Seconds: `histogram_quantile(0.5, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket{${selector}}[5m])))`,
      latencyP95Seconds: `histogram_quantile(0.95, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket{${selector}}[5m])))`,
      latencyP99Seconds: `histogram_quantile(0.99, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket{${selector}}[5m])))`,
      requestsPerSecond: `sum(rate(gen_ai_client_operation_duration_seconds_count{${selector}}[5m]))`,
      errorRate: `sum(rate(gen_ai_client_operation_duration_seconds_count{${selector},error_type!=""}[5m])) / sum(rate(gen_ai_client_operation_duration_seconds_count{${selector}}[5m]))`,
      cpuCores:
        'sum(rate(container_cpu_usage_seconds_total{pod=~"summarizer-.*"}[5m]))',
      memoryBytes:
        'sum(container_memory_working_set_bytes{pod=~"summarizer-.*"})',
      gpuUtilizationPercent: 'avg(DCGM_FI_DEV_GPU_UTIL{pod=~"summarizer-.*"})',
    },
    missing: {
      gpuUtilizationPercent:
        'no series for avg(DCGM_FI_DEV_GPU_UTIL{pod=~"summarizer-.*"})',
    },
    latest: history[2],
    history,
    ...overrides,
  };
}

async function renderCard(getModelResources: AiopsApi['getModelResources']) {
  await renderInTestApp(
    <TestApiProvider apis={[[aiopsApiRef, { getModelResources }]]}>
      <ResourceUsageCard model={model} />
    </TestApiProvider>,
  );
}

describe('ResourceUsageCard', () => {
  it('shows the latest figures in their units, why one is missing, and the queries', async () => {
    const getModelResources = jest.fn(async () => resources());
    await renderCard(getModelResources);
    expect(
      await screen.findByText('Latency, errors & resources'),
    ).toBeInTheDocument();
    expect(getModelResources).toHaveBeenCalledWith(model, { hours: 6 });
    expect(screen.getByText('292 ms')).toBeInTheDocument();
    expect(screen.getByText('1.65 s')).toBeInTheDocument();
    expect(screen.getByText('2.93 req/s')).toBeInTheDocument();
    expect(screen.getByText('9.1%')).toBeInTheDocument();
    expect(screen.getByText('0.5 cores')).toBeInTheDocument();
    expect(screen.getByText('512 MiB')).toBeInTheDocument();
    // a figure without series says so briefly, the full reason on hover
    expect(screen.getByText('not reported: no series')).toHaveAttribute(
      'title',
      'no series for avg(DCGM_FI_DEV_GPU_UTIL{pod=~"summarizer-.*"})',
    );
    expect(
      screen.getByText(
        /^From Prometheus: rates and quantiles over 5m, pulled /,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Latest sample /)).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Latency quantiles are estimated by histogram_quantile/,
      ),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByText('PromQL queries'));
    expect(
      screen.getByText(
        'sum(rate(container_cpu_usage_seconds_total{pod=~"summarizer-.*"}[5m]))',
      ),
    ).toBeInTheDocument();
  });

  it('charts the figure picked and reloads for another window', async () => {
    const getModelResources = jest.fn(async () => resources());
    await renderCard(getModelResources);
    const chips = within(
      await screen.findByRole('group', { name: 'Figure to chart' }),
    );
    expect(chips.getByRole('button', { name: 'Latency p50' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(chips.getByRole('button', { name: 'Memory' }));
    expect(chips.getByRole('button', { name: 'Memory' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(chips.getByRole('button', { name: 'Latency p50' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    // a figure without a value in the window cannot be charted
    expect(
      chips.getByRole('button', { name: 'GPU utilization' }),
    ).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: /^History/ })).toHaveTextContent(
      'Last 6 hours',
    );

    await userEvent.click(screen.getByRole('button', { name: /Last 6 hours/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Last 7 days' }),
    );
    await waitFor(() =>
      expect(getModelResources).toHaveBeenLastCalledWith(model, {
        hours: 168,
      }),
    );
  });

  it('lists only the figures the model has queries for', async () => {
    const full = resources();
    const only = ['cpuCores', 'memoryBytes'] as const;
    await renderCard(async () =>
      resources({
        queries: Object.fromEntries(only.map(f => [f, full.queries[f]])),
        missing: {},
      }),
    );
    expect(await screen.findByText('0.5 cores')).toBeInTheDocument();
    expect(screen.queryByText('Latency p95')).not.toBeInTheDocument();
    expect(screen.queryByText('GPU utilization')).not.toBeInTheDocument();
  });

  it('says why there are no figures when the server did not answer', async () => {
    await renderCard(async () =>
      resources({
        status: 'no-data',
        reason:
          'Prometheus at http://prometheus:9090 could not be reached: ECONNREFUSED',
        latest: undefined,
        history: [],
      }),
    );
    expect(
      await screen.findByText(
        'No figures from the latest pull: Prometheus at http://prometheus:9090 could not be reached: ECONNREFUSED',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('marks the last good values as old when the latest pull failed', async () => {
    await renderCard(async () =>
      resources({
        status: 'no-data',
        reason: 'Prometheus at http://prometheus:9090 answered 503',
      }),
    );
    expect(
      await screen.findByText(/^Last values before the failed pull, from /),
    ).toBeInTheDocument();
    expect(screen.getByText('0.5 cores')).toBeInTheDocument();
  });

  it('says what to configure when the model has no selector, without a window picker', async () => {
    await renderCard(async () => ({
      source: 'prometheus',
      status: 'not-configured',
      rateWindow: '5m',
      reason: 'No Prometheus server is configured (aiops.prometheus.baseUrl)',
      queries: {},
      missing: {},
      history: [],
    }));
    expect(
      await screen.findByText(
        'No Prometheus server is configured (aiops.prometheus.baseUrl).',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Prometheus source not configured'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Last 6 hours')).not.toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await renderCard(async () => {
      throw new Error('Forbidden: aiops.model.read');
    });
    expect(
      await screen.findByText('Error: Forbidden: aiops.model.read'),
    ).toBeInTheDocument();
  });
});

describe('resource figure formats', () => {
  it.each([
    [0.0005, '0.5 ms'],
    [0.2917, '292 ms'],
    [1.63333, '1.63 s'],
    [12, '12 s'],
  ])('formats %s seconds as %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });

  it.each([
    [512, '512 B'],
    [536870912, '512 MiB'],
    [3.5 * 1024 ** 3, '3.5 GiB'],
  ])('formats %s bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('resource charts', () => {
  it.each([
    ['latencyP95Seconds', 0.3, { unit: 'ms', factor: 1000 }],
    ['latencyP95Seconds', 4.9, { unit: 's', factor: 1 }],
    ['errorRate', 0.005, { unit: '%', factor: 100 }],
    ['memoryBytes', 5.25 * 1024 ** 3, { unit: 'GiB', factor: 1024 ** -3 }],
    ['memoryBytes', 300 * 1024 ** 2, { unit: 'MiB', factor: 1024 ** -2 }],
  ] as const)('charts %s up to %s in %o', (figure, max, unit) => {
    expect(chartUnit(figure, max)).toEqual(unit);
  });

  it('puts time ticks on round times, at most eight', () => {
    const from = Date.UTC(2026, 11, 4, 18, 6, 7);
    const { ticks } = timeTicks(from, from + 4 * 60_000 + 20_000);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.every(t => t % 60_000 === 0)).toBe(true);
    expect(ticks[0]).toBe(Date.UTC(2026, 11, 4, 18, 7));
    expect(ticks).toHaveLength(4);

    const short = timeTicks(from, from + 90_000);
    expect(short.ticks.every(t => t % 15_000 === 0)).toBe(true);
    expect(short.ticks.length).toBeGreaterThanOrEqual(3);

    const week = timeTicks(from, from + 7 * 86_400_000);
    expect(week.ticks.length).toBeLessThanOrEqual(8);
    expect(week.ticks.length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    [5.25, [0, 2, 4, 6]],
    [0.323, [0, 0.1, 0.2, 0.3, 0.4]],
    [4.87, [0, 2, 4, 6]],
    [20, [0, 10, 20, 30]],
    [84, [0, 25, 50, 75, 100]],
    [0, [0, 1]],
  ])('puts round value ticks above a maximum of %s', (max, ticks) => {
    expect(valueTicks(max)).toEqual(ticks);
  });
});
