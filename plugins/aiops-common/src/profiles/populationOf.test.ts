import { detectDrift, detectNumericalDriftFromDistributions } from '../stats';
import { generatedSample } from '../stats/__fixtures__/fixtures';
import { addToFeatureProfile, createFeatureProfile } from './featureProfile';
import {
  OTHER_CATEGORY,
  categoryTally,
  distinctNumbers,
  numericDistribution,
} from './populationOf';
import { DEFAULT_PROFILE_LIMITS } from './types';

function profileOf(values: ArrayLike<number | string>) {
  const profile = createFeatureProfile(DEFAULT_PROFILE_LIMITS, 7);
  for (let i = 0; i < values.length; i++)
    addToFeatureProfile(profile, values[i]);
  return profile;
}

const n = 100_000;
// Irwin–Hall(4) values (near normal, std ≈ 0.58) shifted, scaled or skewed.
const base = generatedSample({ seed: 11, n, shift: 0, scale: 1 });
const cases: Array<[string, Float64Array]> = [
  ['shift by 0.1', generatedSample({ seed: 12, n, shift: 0.1, scale: 1 })],
  ['shift by 0.5', generatedSample({ seed: 13, n, shift: 0.5, scale: 1 })],
  ['scale ×1.5', generatedSample({ seed: 14, n, shift: 0, scale: 1.5 })],
  [
    'skewed (exp)',
    generatedSample({ seed: 15, n, shift: 0, scale: 1 }).map(Math.exp),
  ],
];

describe('drift from sketched distributions, against the exact statistic on 100k vs 100k', () => {
  const reference = numericDistribution(profileOf(base));

  it.each(cases)(
    '%s: Wasserstein, Jensen–Shannon and PSI within 2%',
    (_, values) => {
      const current = numericDistribution(profileOf(values));
      for (const test of ['wasserstein', 'jensenshannon', 'psi'] as const) {
        const exact = detectDrift(base, values, {
          featureType: 'numerical',
          test,
        }).statistic;
        const sketched = detectNumericalDriftFromDistributions(
          reference,
          current,
          { test },
        ).statistic;
        const error = Math.abs(sketched - exact) / exact;
        expect({ test, withinTwoPercent: error <= 0.02, error }).toMatchObject({
          test,
          withinTwoPercent: true,
        });
      }
    },
  );

  it('stays near zero, like the exact statistic, when nothing changed', () => {
    const same = generatedSample({ seed: 16, n, shift: 0, scale: 1 });
    const current = numericDistribution(profileOf(same));
    for (const test of ['wasserstein', 'jensenshannon', 'psi'] as const) {
      const exact = detectDrift(base, same, { featureType: 'numerical', test });
      const sketched = detectNumericalDriftFromDistributions(
        reference,
        current,
        {
          test,
        },
      );
      expect(Math.abs(sketched.statistic - exact.statistic)).toBeLessThan(
        0.005,
      );
      expect(sketched.drift).toBe(false);
    }
  });

  it('picks normed Wasserstein by the population, as Evidently does for 100k', () => {
    const current = numericDistribution(profileOf(cases[1][1]));
    const result = detectNumericalDriftFromDistributions(reference, current);
    expect(result.test).toBe('wasserstein');
    expect(result.drift).toBe(true);
  });
});

describe('population summaries of a feature profile', () => {
  it('estimates distinct numbers from buckets and the reservoir', () => {
    expect(distinctNumbers(profileOf([1, 2, 3, 1, 2, 3]))).toBe(3);
    expect(distinctNumbers(profileOf(base))).toBeGreaterThan(20);
  });

  it('keeps the uncounted categories under one key', () => {
    const values = Array.from({ length: 300 }, (_, i) => `c${i % 120}`);
    const tally = categoryTally(profileOf(values));
    const total = Object.values(tally).reduce((s, c) => s + c, 0);
    expect(total).toBe(300);
    expect(tally[OTHER_CATEGORY]).toBeGreaterThan(0);
  });
});
