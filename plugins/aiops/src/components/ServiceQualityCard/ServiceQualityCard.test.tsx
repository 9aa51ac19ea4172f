import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { driftCheck } from '../MonitoringContent/__fixtures__/monitoringData';
import { ServiceQualityCard } from './ServiceQualityCard';

describe('ServiceQualityCard', () => {
  it('shows rates, p-values and p95 against the SLO with verdict chips', async () => {
    const { result } = driftCheck();
    await renderInTestApp(
      <ServiceQualityCard
        result={{
          ...result,
          llm: {
            reference: { judged: 4000, hallucinations: 200, rate: 0.05 },
            current: { judged: 4000, hallucinations: 600, rate: 0.15 },
            pValue: 0.0001,
            minIncrease: 0,
            regression: true,
          },
          bias: null,
          latency: {
            reference: { p50: 100, p95: 145, p99: 149 },
            current: { p50: 120, p95: 230.4, p99: 260 },
            sloMs: 200,
            sloBreach: true,
            regression: true,
          },
        }}
      />,
    );
    expect(screen.getByText('LLM quality & latency')).toBeInTheDocument();
    expect(
      screen.getByText(/15(\.0)?% \(reference 5(\.0)?%, p =/),
    ).toBeInTheDocument();
    expect(screen.getByText('rate rose')).toBeInTheDocument();
    expect(screen.getByText('p95 over SLO 200 ms')).toBeInTheDocument();
    expect(screen.getByText('slower than reference')).toBeInTheDocument();
    expect(screen.getByText(/120 ms \/ 230 ms \/ 260 ms/)).toBeInTheDocument();
  });
});
