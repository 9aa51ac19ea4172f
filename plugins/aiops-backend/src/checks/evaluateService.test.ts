import {
  InferenceRecord,
  profileRecords,
} from '@unified-aiops/plugin-aiops-common';
import { modelEntity } from '../__testUtils__/testBackend';
import { ModelInfo } from '../models/ModelDirectory';
import { evaluateDrift } from './evaluateDrift';
import {
  costFigures,
  evaluateService,
  withServiceChecks,
} from './evaluateService';

/** LLM records: every `1/hallucinationEvery`-th judged a hallucination, group b approved at `bRate`. */
function llmRecords(
  count: number,
  options: { hallucinationRate: number; latencyMs: number; bRate: number },
): InferenceRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const group = i % 2 ? 'b' : 'a';
    const fraction = (i % 100) / 100;
    return {
      features: {},
      prediction: group === 'a' ? fraction < 0.5 : fraction < options.bRate,
      latencyMs: options.latencyMs * (0.5 + fraction),
      llm: {
        hallucination: ((i * 37) % 100) / 100 < options.hallucinationRate,
      },
      groups: { region: group },
    };
  });
}

/** Records of groups a and b with positive predictions at the given rates, nothing else. */
function biasRecords(
  count: number,
  rates: { a: number; b: number },
): InferenceRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const group = i % 2 ? 'b' : 'a';
    return {
      features: {},
      prediction: ((i >> 1) % 10) / 10 < rates[group],
      groups: { region: group },
    };
  });
}

const model: ModelInfo = {
  modelRef: 'mlmodel:default/assistant',
  entity: modelEntity('assistant'),
  owner: 'group:default/ml-team',
  features: [],
  reading: {},
  testThresholds: {},
  hallucinationCheck: true,
  latencySloMs: 200,
  bias: { groupField: 'region' },
};

function run(current: Parameters<typeof llmRecords>[1]) {
  const reference = profileRecords(
    llmRecords(4000, { hallucinationRate: 0.05, latencyMs: 100, bRate: 0.5 }),
    Date.now(),
  );
  const now = profileRecords(llmRecords(4000, current), Date.now());
  const service = evaluateService({ reference, current: now, model });
  const drift = evaluateDrift({
    reference,
    current: now,
    features: [],
    datasetDriftShare: 0.5,
  });
  return { service, result: withServiceChecks(drift, service) };
}

/** Records that each cost `costUsd` and used `tokens` prompt tokens. */
function costedRecords(count: number, costUsd: number, tokens: number) {
  return Array.from({ length: count }, () => ({
    features: {},
    costUsd,
    llm: { promptTokens: tokens, completionTokens: 0 },
  }));
}

describe('evaluateService', () => {
  it('judges cost per 1,000 requests against the reference, by the configured ratio', () => {
    const reference = profileRecords(
      costedRecords(1000, 0.0004, 900),
      Date.now(),
    );
    const costlier = profileRecords(
      [...costedRecords(900, 0.0009, 2000), ...costedRecords(100, 0, 0)].map(
        (r, i) => (i >= 900 ? { features: {} } : r),
      ),
      Date.now(),
    );
    expect(costFigures(reference)).toEqual({
      records: 1000,
      costed: 1000,
      totalUsd: expect.closeTo(0.4, 10),
      perThousandUsd: expect.closeTo(0.4, 10),
      tokensPerRequest: 900,
    });
    const service = evaluateService({
      reference,
      current: costlier,
      model,
      costRegressionRatio: 1.5,
    });
    // per 1,000 of the requests that carry a cost: 900 of 1,000
    expect(service.cost).toMatchObject({
      current: {
        records: 1000,
        costed: 900,
        perThousandUsd: expect.closeTo(0.9, 10),
      },
      maxIncreaseRatio: 1.5,
      regression: true,
    });
    expect(service.issues).toEqual([
      'cost per 1,000 requests rose from $0.40 to $0.90 (×2.25, above ×1.5)',
    ]);
    const lenient = evaluateService({
      reference,
      current: costlier,
      model,
      costRegressionRatio: 3,
    });
    expect(lenient.cost!.regression).toBe(false);
    // records without any cost: no cost section
    expect(
      evaluateService({
        reference,
        current: profileRecords([{ features: {} }], Date.now()),
        model,
      }).cost,
    ).toBeNull();
  });

  it('passes a window like the reference and says ok', () => {
    const { service, result } = run({
      hallucinationRate: 0.05,
      latencyMs: 100,
      bRate: 0.5,
    });
    expect(service.issues).toEqual([]);
    expect(service.llm).toMatchObject({ regression: false });
    expect(service.llm!.pValue).toBeGreaterThan(0.05);
    expect(service.bias).toMatchObject({
      regression: false,
      current: { fourFifthsViolation: false },
    });
    expect(service.latency).toMatchObject({
      sloMs: 200,
      sloBreach: false,
      regression: false,
    });
    expect(result.status).toBe('ok');
  });

  it('flags a hallucination rise, a four-fifths violation and a latency regression as a warning', () => {
    const { service, result } = run({
      hallucinationRate: 0.15,
      latencyMs: 180,
      bRate: 0.3,
    });
    expect(service.llm).toMatchObject({
      regression: true,
      current: { rate: 0.15 },
      reference: { rate: 0.05 },
    });
    expect(service.llm!.pValue).toBeLessThan(1e-6);
    expect(service.bias).toMatchObject({
      regression: true,
      current: { fourFifthsViolation: true },
    });
    expect(service.latency).toMatchObject({
      sloBreach: true,
      regression: true,
    });
    expect(service.issues).toHaveLength(4);
    expect(result.status).toBe('warning');
    expect(result.reason).toMatch(
      /hallucination rate 5\.0% → 15\.0% \(z = \d+\.\d, p < 1e-9\), \+10\.0 points, more than the 0\.0 points allowed/,
    );
  });

  it('ignores a significant rise smaller than the configured increase', () => {
    const reference = profileRecords(
      llmRecords(4000, { hallucinationRate: 0.05, latencyMs: 100, bRate: 0.5 }),
      Date.now(),
    );
    const current = profileRecords(
      llmRecords(4000, { hallucinationRate: 0.09, latencyMs: 100, bRate: 0.5 }),
      Date.now(),
    );
    const strict = evaluateService({ reference, current, model });
    const lenient = evaluateService({
      reference,
      current,
      model: { ...model, hallucinationRateIncrease: 0.05 },
    });
    expect(strict.llm!.regression).toBe(true);
    expect(lenient.llm!.regression).toBe(false);
  });

  it('leaves disparate impact undefined, and no bias shift, when nobody is selected', () => {
    const reference = profileRecords(
      biasRecords(400, { a: 0.5, b: 0.5 }),
      Date.now(),
    );
    const current = profileRecords(
      biasRecords(400, { a: 0, b: 0 }),
      Date.now(),
    );
    const service = evaluateService({ reference, current, model });
    expect(service.bias).toMatchObject({
      regression: false,
      current: {
        selectionRates: { a: 0, b: 0 },
        disparateImpactRatio: null,
        fourFifthsViolation: false,
      },
    });
    expect(service.issues).toEqual([]);
  });

  it('flags a four-fifths violation against a reference where nobody was selected', () => {
    const reference = profileRecords(
      biasRecords(400, { a: 0, b: 0 }),
      Date.now(),
    );
    const current = profileRecords(
      biasRecords(400, { a: 0.5, b: 0.3 }),
      Date.now(),
    );
    const service = evaluateService({ reference, current, model });
    expect(service.bias).toMatchObject({
      regression: true,
      reference: { disparateImpactRatio: null },
    });
    expect(service.bias!.current!.disparateImpactRatio).toBeCloseTo(0.6, 12);
    expect(service.issues).toEqual([
      'bias on region: disparate impact 0.60 < 0.80 (selection rates b 0.30 against a 0.50)',
    ]);
  });

  it('says a bias measure is insufficient data when fewer than two groups have 30 records', () => {
    const reference = profileRecords(biasRecords(200, { a: 0.5, b: 0.5 }), 0);
    // 40 records: 20 per group, under the 30 a group needs
    const current = profileRecords(biasRecords(40, { a: 0.9, b: 0.1 }), 0);
    const service = evaluateService({ reference, current, model });
    expect(service.bias).toMatchObject({
      current: null,
      minGroupRecords: 30,
      insufficientData:
        'insufficient data: fewer than two region groups have 30 records (a 20, b 20)',
      regression: false,
    });
    expect(service.issues).toEqual([]);
  });

  it('measures equalized odds where records carry labels, and judges it by its bound', () => {
    /** Half of each group actually positive; decisions right at the given true- and false-positive rates. */
    const labelled = (
      count: number,
      rates: Record<'a' | 'b', { tpr: number; fpr: number }>,
    ): InferenceRecord[] =>
      Array.from({ length: count }, (_, i) => {
        const group = i % 2 ? 'b' : 'a';
        const actual = (i >> 1) % 2 === 0;
        const fraction = ((i >> 2) % 10) / 10;
        const { tpr, fpr } = rates[group];
        return {
          features: {},
          label: actual,
          prediction: fraction < (actual ? tpr : fpr),
          groups: { region: group },
        };
      });
    const fair = { a: { tpr: 0.8, fpr: 0.2 }, b: { tpr: 0.8, fpr: 0.2 } };
    const reference = profileRecords(labelled(800, fair), 0);
    const bounded: ModelInfo = {
      ...model,
      bias: { groupField: 'region', maxEqualizedOddsDifference: 0.1 },
    };
    expect(
      evaluateService({ reference, current: reference, model: bounded }).bias,
    ).toMatchObject({
      regression: false,
      maxEqualizedOddsDifference: 0.1,
      current: {
        equalizedOdds: {
          truePositiveRates: { a: 0.8, b: 0.8 },
          falsePositiveRates: { a: 0.2, b: 0.2 },
          difference: 0,
        },
      },
    });
    // the same selection rates (0.5 each), but group b's yes no longer follows the truth
    const current = profileRecords(
      labelled(800, { a: fair.a, b: { tpr: 0.5, fpr: 0.5 } }),
      0,
    );
    const service = evaluateService({ reference, current, model: bounded });
    expect(service.bias!.current!.demographicParityDifference).toBe(0);
    expect(service.bias!.current!.equalizedOdds!.difference).toBeCloseTo(
      0.3,
      12,
    );
    expect(service.bias!.regression).toBe(true);
    expect(service.issues).toEqual([
      'bias on region: equalized odds difference 0.00 → 0.30 > 0.10 (true-positive rates a 0.80, b 0.50)',
    ]);
    // a reference already past the bound (0.2, selection rates alike): only a wider spread is a shift
    const skewed = profileRecords(
      labelled(800, { a: fair.a, b: { tpr: 0.6, fpr: 0.4 } }),
      0,
    );
    expect(
      evaluateService({ reference: skewed, current, model: bounded }).bias!
        .regression,
    ).toBe(true);
    expect(
      evaluateService({ reference: current, current: skewed, model: bounded })
        .bias!.regression,
    ).toBe(false);
    // without a bound it is reported, not judged
    const reported = evaluateService({ reference, current, model });
    expect(reported.bias).toMatchObject({
      regression: false,
      maxEqualizedOddsDifference: null,
    });
    expect(reported.bias!.current!.equalizedOdds!.difference).toBeCloseTo(
      0.3,
      12,
    );
    // no labels, no equalized odds
    expect(
      evaluateService({
        reference: null,
        current: profileRecords(biasRecords(400, { a: 0.5, b: 0.5 }), 0),
        model: bounded,
      }).bias!.current!.equalizedOdds,
    ).toBeNull();
  });

  it('has no sections without the signals', () => {
    const empty = profileRecords([{ features: { x: 1 } }], Date.now());
    expect(
      evaluateService({ reference: empty, current: empty, model }),
    ).toEqual({ llm: null, bias: null, latency: null, cost: null, issues: [] });
  });
});
