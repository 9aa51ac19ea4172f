import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { BiasCheckResult } from '@unified-aiops/plugin-aiops-common';
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
    expect(screen.getByText('Quality, latency & cost')).toBeInTheDocument();
    // which window these figures are of, beside Prometheus' last minutes
    expect(
      screen.getByText(
        new RegExp(
          `^From the latest check: the ${result.records.current.toLocaleString(
            'en-US',
          )} records and spans of `,
        ),
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/15(\.0)?% \(reference 5(\.0)?%, p =/),
    ).toBeInTheDocument();
    expect(screen.getByText('rate rose')).toBeInTheDocument();
    expect(screen.getByText('p95 over SLO 200 ms')).toBeInTheDocument();
    expect(screen.getByText('slower than reference')).toBeInTheDocument();
    expect(screen.getByText(/120 ms \/ 230 ms \/ 260 ms/)).toBeInTheDocument();
  });

  it('shows the cost per 1,000 requests against the reference', async () => {
    const { result } = driftCheck();
    await renderInTestApp(
      <ServiceQualityCard
        result={{
          ...result,
          llm: null,
          bias: null,
          latency: null,
          cost: {
            reference: {
              records: 1000,
              costed: 1000,
              totalUsd: 0.41,
              perThousandUsd: 0.41,
              tokensPerRequest: 1120,
            },
            current: {
              records: 1200,
              costed: 1200,
              totalUsd: 1.056,
              perThousandUsd: 0.88,
              tokensPerRequest: 2415.4,
            },
            maxIncreaseRatio: 1.2,
            regression: true,
          },
        }}
      />,
    );
    expect(
      screen.getByText(
        /\$0\.88 \(reference \$0\.41\), 2,415 tokens per request; \$1\.06 in the window/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('costlier than reference')).toBeInTheDocument();
  });

  const bias = (
    current: BiasCheckResult['current'],
    regression: boolean,
  ): BiasCheckResult => ({
    groupField: 'region',
    reference: null,
    current,
    minDisparateImpact: 0.8,
    maxParityDifference: null,
    regression,
  });

  function renderBias(result: BiasCheckResult) {
    const { result: check } = driftCheck();
    return renderInTestApp(
      <ServiceQualityCard
        result={{ ...check, llm: null, bias: result, latency: null }}
      />,
    );
  }

  it('shows the disparate impact ratio and parity difference by group attribute', async () => {
    await renderBias(
      bias(
        {
          selectionRates: { a: 0.5, b: 0.3 },
          demographicParityDifference: 0.2,
          disparateImpactRatio: 0.6,
          fourFifthsViolation: true,
        },
        true,
      ),
    );
    expect(screen.getByText('Bias by region')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^disparate impact 0\.6 \(at least 0\.8\), parity difference 0\.2 \(not judged\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('bias shift')).toBeInTheDocument();
  });

  it('shows equalized odds with the rates per group where records carried labels', async () => {
    await renderBias(
      bias(
        {
          selectionRates: { a: 0.5, b: 0.5 },
          demographicParityDifference: 0,
          disparateImpactRatio: 1,
          fourFifthsViolation: false,
          equalizedOdds: {
            truePositiveRates: { a: 0.8, b: 0.5 },
            falsePositiveRates: { a: 0.2, b: 0.5 },
            truePositiveRateDifference: 0.3,
            falsePositiveRateDifference: 0.3,
            difference: 0.3,
          },
        },
        true,
      ),
    );
    expect(
      screen.getByText(
        /equalized odds difference 0\.3 \(not judged; TPR a 0\.8, b 0\.5; FPR a 0\.2, b 0\.5\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('bias shift')).toBeInTheDocument();
  });

  it('shows what Prometheus reported over the window, with a chip per broken rule', async () => {
    const { result: check } = driftCheck();
    await renderInTestApp(
      <ServiceQualityCard
        result={{
          ...check,
          serving: {
            source: 'prometheus',
            current: {
              samples: 361,
              latencyP95Seconds: 2.5,
              errorRate: 0.08,
              requestsPerSecond: 2.93,
            },
            baseline: {
              samples: 360,
              latencyP95Seconds: 1,
              errorRate: 0.01,
              requestsPerSecond: 3,
            },
            sloMs: 2000,
            maxErrorRate: 0.05,
            sloBreach: true,
            errorBreach: true,
            regression: true,
          },
        }}
      />,
    );
    expect(screen.getByText('Serving (Prometheus)')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^p95 2\.50 s \(window before 1\.00 s\), errors 8(\.0)?%, 2\.93 req\/s; median of 361 samples/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('p95 over SLO 2000 ms')).toBeInTheDocument();
    expect(
      screen.getByText('slower than the window before'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^errors over 5(\.0)?%$/)).toBeInTheDocument();
  });

  it('says when the SLO is left to the records and no window before is there to compare', async () => {
    const { result: check } = driftCheck();
    await renderInTestApp(
      <ServiceQualityCard
        result={{
          ...check,
          serving: {
            source: 'prometheus',
            current: {
              samples: 3,
              latencyP95Seconds: 4.87,
              errorRate: 0.02,
              requestsPerSecond: 5,
            },
            baseline: null,
            sloMs: 4000,
            maxErrorRate: 0.05,
            sloBreach: null,
            errorBreach: false,
            regression: false,
          },
        }}
      />,
    );
    expect(
      screen.getByText(
        /^p95 4\.87 s \(no samples from the window before yet: no regression judged\), estimated within histogram buckets; the SLO is judged on the records/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/over SLO/)).not.toBeInTheDocument();
  });

  it('says why bias cannot be judged on too few records per group', async () => {
    await renderBias({
      ...bias(null as any, false),
      current: null,
      minGroupRecords: 30,
      insufficientData:
        'insufficient data: fewer than two region groups have 30 records (a 20, b 20)',
    });
    expect(
      screen.getByText(
        'insufficient data: fewer than two region groups have 30 records (a 20, b 20)',
      ),
    ).toBeInTheDocument();
  });

  it('shows n/a for the ratio when no group was selected', async () => {
    await renderBias(
      bias(
        {
          selectionRates: { a: 0, b: 0 },
          demographicParityDifference: 0,
          disparateImpactRatio: null,
          fourFifthsViolation: false,
        },
        false,
      ),
    );
    expect(
      screen.getByText(
        /^disparate impact n\/a \(at least 0\.8\), parity difference 0 \(not judged\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('within bounds')).toBeInTheDocument();
  });
});
