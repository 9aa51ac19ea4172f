import fs from 'fs';
import path from 'path';
import {
  GeneratedSampleSpec,
  generatedSample,
} from '../stats/__fixtures__/fixtures';
import { mcnemarExact } from './mcnemar';
import { pairedBootstrapInterval } from './pairedBootstrap';
import { ModelEvaluation, validateChallenger } from './validateChallenger';

interface McNemarCase {
  both: number;
  championOnly: number;
  challengerOnly: number;
  neither: number;
  statistic: number;
  pValue: number;
}

interface BootstrapCase {
  champion: { generate: GeneratedSampleSpec };
  challenger: { generate: GeneratedSampleSpec };
  resamples: number;
  confidence: number;
  seed: number;
  meanDifference: number;
  low: number;
  high: number;
  scipyLow: number;
  scipyHigh: number;
}

// Written by scripts/generate-retraining-fixtures.py (`yarn fixtures:retraining`).
const fixtures: { mcnemar: McNemarCase[]; bootstrap: BootstrapCase[] } =
  JSON.parse(
    fs.readFileSync(
      path.join(__dirname, '__fixtures__', 'validation.json'),
      'utf8',
    ),
  ).cases;

/** Paired outcomes with the four counts of a McNemar table. */
function outcomes(c: McNemarCase) {
  const champion: boolean[] = [];
  const challenger: boolean[] = [];
  const add = (count: number, a: boolean, b: boolean) => {
    for (let i = 0; i < count; i++) {
      champion.push(a);
      challenger.push(b);
    }
  };
  add(c.both, true, true);
  add(c.championOnly, true, false);
  add(c.challengerOnly, false, true);
  add(c.neither, false, false);
  return { champion, challenger };
}

const relative = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);

describe('mcnemarExact', () => {
  it.each(fixtures.mcnemar.map(c => [c.championOnly, c.challengerOnly, c]))(
    'agrees with statsmodels for %i vs %i disagreements',
    (_b, _c, c) => {
      const { champion, challenger } = outcomes(c as McNemarCase);
      const result = mcnemarExact(champion, challenger);
      expect(result.statistic).toBe((c as McNemarCase).statistic);
      expect(relative(result.pValue, (c as McNemarCase).pValue)).toBeLessThan(
        1e-9,
      );
    },
  );

  it('refuses outcomes of different examples', () => {
    expect(() => mcnemarExact([true], [true, false])).toThrow(
      /same examples for both models: 1 champion and 2 challenger/,
    );
  });
});

describe('pairedBootstrapInterval', () => {
  it.each(
    fixtures.bootstrap.map(c => [c.champion.generate.n, c.confidence, c]),
  )(
    'gives NumPy’s percentiles of the same resamples (%i examples, confidence %f)',
    (_n, _confidence, raw) => {
      const c = raw as BootstrapCase;
      const interval = pairedBootstrapInterval(
        generatedSample(c.champion.generate),
        generatedSample(c.challenger.generate),
        { resamples: c.resamples, confidence: c.confidence, seed: c.seed },
      );
      expect(relative(interval.meanDifference, c.meanDifference)).toBeLessThan(
        1e-12,
      );
      expect(relative(interval.low, c.low)).toBeLessThan(1e-12);
      expect(relative(interval.high, c.high)).toBeLessThan(1e-12);
      // SciPy's own percentile bootstrap, on other random resamples: the same interval
      // up to Monte Carlo error
      const width = c.scipyHigh - c.scipyLow;
      expect(Math.abs(interval.low - c.scipyLow)).toBeLessThan(0.1 * width);
      expect(Math.abs(interval.high - c.scipyHigh)).toBeLessThan(0.1 * width);
    },
  );

  it('is the same for the same seed and refuses bad input', () => {
    const a = [0.1, 0.4, 0.3, 0.9, 0.5];
    const b = [0.2, 0.5, 0.2, 0.95, 0.7];
    expect(pairedBootstrapInterval(a, b)).toEqual(
      pairedBootstrapInterval(a, b),
    );
    expect(() => pairedBootstrapInterval([], [])).toThrow(/needs examples/);
    expect(() => pairedBootstrapInterval([1, NaN], [1, 2])).toThrow(
      /Example 1 has a score that is not a finite number/,
    );
    expect(() => pairedBootstrapInterval(a, b, { confidence: 1 })).toThrow(
      /confidence must lie in \(0, 1\)/,
    );
  });
});

describe('validateChallenger', () => {
  const champion: ModelEvaluation = {
    metrics: { auc: 0.9, disparate_impact: 0.85, latency_p95_ms: 120 },
  };
  const rules = {
    primary: { metric: 'auc', minImprovement: 0.01 },
    guardrails: [
      { metric: 'disparate_impact', direction: 'higher' as const },
      {
        metric: 'latency_p95_ms',
        direction: 'lower' as const,
        maxRegression: 10,
      },
    ],
  };

  it('passes a challenger that improves enough without breaking a guardrail, listing every rule', () => {
    const decision = validateChallenger(rules, champion, {
      metrics: { auc: 0.915, disparate_impact: 0.86, latency_p95_ms: 125 },
    });
    expect(decision.decision).toBe('pass');
    expect(decision.rules).toEqual([
      {
        id: 'primary:auc',
        description: 'auc improves by at least 0.01',
        champion: 0.9,
        challenger: 0.915,
        result: 'pass',
        reason: 'auc 0.9 → 0.915: improves by 0.015',
      },
      expect.objectContaining({
        id: 'guardrail:disparate_impact',
        result: 'pass',
        reason: 'disparate_impact 0.85 → 0.86: no regression',
      }),
      expect.objectContaining({
        id: 'guardrail:latency_p95_ms',
        result: 'pass',
        reason: 'latency_p95_ms 120 → 125: regresses by 5',
      }),
    ]);
  });

  it('fails on too small a gain, a broken guardrail, or a missing metric', () => {
    const decision = validateChallenger(rules, champion, {
      metrics: { auc: 0.905, disparate_impact: 0.78 },
    });
    expect(decision.decision).toBe('fail');
    expect(decision.rules.map(r => [r.id, r.result, r.reason])).toEqual([
      ['primary:auc', 'fail', 'auc 0.9 → 0.905: improves by 0.005'],
      [
        'guardrail:disparate_impact',
        'fail',
        'disparate_impact 0.85 → 0.78: regresses by 0.07',
      ],
      [
        'guardrail:latency_p95_ms',
        'fail',
        'The challenger reports no latency_p95_ms',
      ],
    ]);
  });

  it('allows a bounded degradation, in either direction of better', () => {
    const lowerIsBetter = {
      primary: {
        metric: 'rmse',
        direction: 'lower' as const,
        maxDegradation: 0.5,
      },
    };
    const base = { metrics: { rmse: 10 } };
    expect(
      validateChallenger(lowerIsBetter, base, { metrics: { rmse: 10.4 } })
        .decision,
    ).toBe('pass');
    expect(
      validateChallenger(lowerIsBetter, base, { metrics: { rmse: 10.6 } })
        .rules[0].reason,
    ).toBe('rmse 10 → 10.6: degrades by 0.6');
  });

  it('passes a first version with no champion on what it reports', () => {
    const decision = validateChallenger(rules, null, {
      metrics: { auc: 0.8, disparate_impact: 0.9, latency_p95_ms: 100 },
    });
    expect(decision.decision).toBe('pass');
    expect(decision.rules[0].reason).toBe(
      'No champion to compare with: the first version of the model',
    );
  });

  it('asks McNemar’s test for a significant gain on the same examples', () => {
    const withTest = {
      primary: { metric: 'accuracy' },
      significance: { method: 'mcnemar' as const },
    };
    const c = fixtures.mcnemar.find(m => m.challengerOnly === 12)!;
    const { champion: a, challenger: b } = outcomes(c);
    const decision = validateChallenger(
      withTest,
      { metrics: { accuracy: 0.73 }, examples: { correct: a } },
      { metrics: { accuracy: 0.82 }, examples: { correct: b } },
    );
    expect(decision.rules[1]).toMatchObject({
      id: 'significance:mcnemar',
      champion: 3,
      challenger: 12,
      result: 'pass',
      reason:
        'Only the champion right on 3, only the challenger on 12: p = 0.0351562',
    });
    const notSignificant = fixtures.mcnemar.find(m => m.challengerOnly === 60)!;
    const pair = outcomes(notSignificant);
    expect(
      validateChallenger(
        withTest,
        { metrics: { accuracy: 0.77 }, examples: { correct: pair.champion } },
        { metrics: { accuracy: 0.79 }, examples: { correct: pair.challenger } },
      ).decision,
    ).toBe('fail');
    expect(
      validateChallenger(
        withTest,
        { metrics: { accuracy: 0.73 } },
        { metrics: { accuracy: 0.82 } },
      ).rules[1].reason,
    ).toBe(
      'Needs per-example correctness of both models on the same examples (champion 0, challenger 0)',
    );
  });

  it('asks the bootstrap interval of the gain to lie above 0, losses the other way round', () => {
    const c = fixtures.bootstrap[0];
    const a = Array.from(generatedSample(c.champion.generate));
    const b = Array.from(generatedSample(c.challenger.generate));
    const higher = {
      primary: { metric: 'score' },
      significance: { method: 'bootstrap' as const, alpha: 0.025 },
    };
    const better = validateChallenger(
      higher,
      { metrics: { score: 0.7 }, examples: { scores: a } },
      { metrics: { score: 0.73 }, examples: { scores: b } },
    );
    expect(better.rules[1].result).toBe('pass');
    // the same per-example values as losses: the challenger is now the worse one
    const lower = {
      primary: {
        metric: 'loss',
        direction: 'lower' as const,
        maxDegradation: 1,
      },
      significance: { method: 'bootstrap' as const, alpha: 0.025 },
    };
    expect(
      validateChallenger(
        lower,
        { metrics: { loss: 0.7 }, examples: { scores: a } },
        { metrics: { loss: 0.73 }, examples: { scores: b } },
      ).rules[1].result,
    ).toBe('fail');
  });

  it('refuses rules it cannot apply', () => {
    expect(() =>
      validateChallenger(
        { primary: { metric: 'auc', minImprovement: 0.1, maxDegradation: 0 } },
        null,
        { metrics: {} },
      ),
    ).toThrow(/minImprovement or maxDegradation, not both/);
  });
});
