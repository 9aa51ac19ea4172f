import {
  DriftCheck,
  FeatureCheckResult,
  FeatureComparison,
  ModelDriftStatus,
  ModelProfiles,
  ProfileTotals,
} from '@unified-aiops/plugin-aiops-common';

/** A numerical feature result as the backend stores it. */
export function featureResult(
  name: string,
  overrides: Partial<FeatureCheckResult> = {},
): FeatureCheckResult {
  return {
    name,
    kind: 'numerical',
    decision: 'ok',
    test: 'ks',
    statistic: 0.04,
    pValue: 0.61,
    threshold: 0.05,
    method: 'reservoir',
    sampleSizes: { reference: 500, current: 320 },
    population: { reference: 500, current: 320 },
    sampled: false,
    ...overrides,
  };
}

/** A stored check of churn-classifier. */
export function driftCheck(
  overrides: {
    id?: string;
    checkedAt?: string;
    resultStatus?: DriftCheck['resultStatus'];
    status?: DriftCheck['status'];
    result?: Partial<DriftCheck['result']>;
  } = {},
): DriftCheck {
  return {
    id: overrides.id ?? '7',
    entityRef: 'mlmodel:default/churn-classifier',
    checkedAt: overrides.checkedAt ?? '2025-06-01T10:00:00.000Z',
    trigger: 'schedule',
    resultStatus: overrides.resultStatus ?? 'warning',
    status: overrides.status ?? 'drift',
    result: {
      status: overrides.resultStatus ?? 'warning',
      reason:
        '1 of 3 features drifted (monthly_charges), below the dataset share 0.5',
      records: { reference: 5000, current: 12000 },
      features: [
        featureResult('contract_type', {
          kind: 'categorical',
          test: 'chisquare',
          statistic: 1.2,
          pValue: 0.55,
          method: 'profile',
          sampleSizes: { reference: 5000, current: 12000 },
          population: { reference: 5000, current: 12000 },
        }),
        featureResult('tenure_months'),
        featureResult('monthly_charges', {
          decision: 'drift',
          test: 'wasserstein',
          statistic: 0.312,
          pValue: null,
          threshold: 0.1,
          sampleSizes: { reference: 500, current: 500 },
          population: { reference: 5000, current: 12000 },
          sampled: true,
        }),
      ],
      prediction: featureResult('prediction', {
        test: 'ks',
        statistic: 0.02,
        pValue: 0.9,
      }),
      driftedShare: 1 / 3,
      datasetDrift: false,
      datasetDriftShare: 0.5,
      window: {
        from: '2025-05-31T10:00:00.000Z',
        to: '2025-06-01T11:00:00.000Z',
      },
      reference: {
        source: 'records',
        modelVersion: '7',
        windowFrom: null,
        windowTo: null,
        comparedFrom: null,
        recordCount: 5000,
        updatedAt: '2025-05-01T00:00:00.000Z',
      },
      ...overrides.result,
    },
  };
}

/** The status route's answer for a model recovering from drift. */
export function modelStatus(
  latest: DriftCheck | null = driftCheck(),
): ModelDriftStatus {
  return {
    entityRef: 'mlmodel:default/churn-classifier',
    status: latest?.status ?? 'no-data',
    pendingStatus: latest ? 'warning' : null,
    pendingCount: latest ? 1 : 0,
    recoveryChecks: 3,
    lastCheckedAt: latest?.checkedAt ?? null,
    changedAt: latest ? '2025-05-31T08:00:00.000Z' : null,
    latest,
  };
}

function totals(records: number): ProfileTotals {
  const empty = {
    count: 0,
    mean: null,
    std: null,
    min: null,
    max: null,
    p50: null,
    p95: null,
    p99: null,
  };
  return {
    records,
    firstTimestamp: null,
    lastTimestamp: null,
    latencyMs: empty,
    llm: {
      judged: 0,
      hallucinations: 0,
      hallucinationRate: null,
      judgeScores: {},
      promptTokens: 0,
      completionTokens: 0,
    },
    costUsd: 0,
    groups: {},
  };
}

function comparison(
  name: string,
  kind: FeatureComparison['kind'],
  histogram: FeatureComparison['histogram'],
): FeatureComparison {
  return { name, kind, current: null, reference: null, histogram };
}

/** The profiles route's answer; `reference: null` or `records: 0` for the empty states. */
export function modelProfiles(
  options: { reference?: boolean; records?: number } = {},
): ModelProfiles {
  const hasReference = options.reference ?? true;
  return {
    entityRef: 'mlmodel:default/churn-classifier',
    window: {
      from: '2025-05-31T10:00:00.000Z',
      to: '2025-06-01T10:30:00.000Z',
      windows: 25,
    },
    referenceSource: null,
    current: totals(options.records ?? 12000),
    reference: hasReference ? totals(5000) : null,
    features: [
      comparison('contract_type', 'categorical', {
        labels: ['month-to-month', 'one-year', 'two-year'],
        current: [60, 25, 15],
        reference: [50, 30, 20],
      }),
      comparison('monthly_charges', 'numerical', {
        labels: ['20.00', '60.00'],
        edges: [20, 60, 100],
        current: [30, 70],
        reference: [60, 40],
      }),
    ],
    prediction: null,
    label: null,
  };
}
