import { InputError } from '@backstage/errors';
import { categoricalSample } from './cleanSample';
import {
  detectCategoricalDriftFromCounts,
  detectNumericalDriftFromDistributions,
} from './detectDrift';
import { driftTestFor } from './defaultDriftTest';
import {
  DriftCase,
  decodeSample,
  driftMismatches,
  loadFixture,
} from './__fixtures__/fixtures';

function tally(sample: ReturnType<typeof categoricalSample>) {
  const counts = new Map<string | number | boolean, number>();
  for (const value of sample) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

// Every categorical case of a test that runs on counts.
const countable = loadFixture<DriftCase[]>('drift.json').filter(
  c =>
    c.options.featureType === 'categorical' &&
    ['chisquare', 'z', 'jensenshannon', 'psi'].includes(c.expected.test),
);

describe('detectCategoricalDriftFromCounts against the SciPy fixtures', () => {
  it('has categorical cases of every count-based test', () => {
    expect(new Set(countable.map(c => c.expected.test))).toEqual(
      new Set(['chisquare', 'z', 'jensenshannon', 'psi']),
    );
  });

  it.each(countable.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const reference = tally(
      categoricalSample(decodeSample(c.reference), 'reference'),
    );
    const current = tally(
      categoricalSample(decodeSample(c.current), 'current'),
    );
    const result = detectCategoricalDriftFromCounts(reference, current, {
      test: c.options.test,
      threshold: c.options.threshold,
    });
    expect(driftMismatches(result, c.expected)).toEqual([]);
  });

  it('has single-category cases, which carry the note from counts too', () => {
    expect(countable.filter(c => c.expected.singleCategory)).not.toEqual([]);
  });

  it('accepts plain records of counts and chooses by the population size', () => {
    const small = detectCategoricalDriftFromCounts(
      { a: 400, b: 300, c: 200 },
      { a: 40, b: 30, c: 30 },
    );
    expect(small.test).toBe('chisquare');
    const large = detectCategoricalDriftFromCounts(
      { a: 400_000, b: 300_000, c: 200_000 },
      { a: 40, b: 30, c: 30 },
    );
    expect(large.test).toBe('jensenshannon');
    expect(large.drift).toBe(false);
    const shifted = detectCategoricalDriftFromCounts(
      { a: 400_000, b: 300_000, c: 200_000 },
      { a: 10, b: 30, c: 60 },
    );
    expect(shifted.drift).toBe(true);
  });

  it('refuses order-based tests and empty sides', () => {
    expect(() =>
      detectCategoricalDriftFromCounts({ a: 1 }, { a: 1 }, { test: 'ks' }),
    ).toThrow(/needs a numerical feature/);
    expect(() => detectCategoricalDriftFromCounts({}, { a: 1 })).toThrow(
      InputError,
    );
    expect(() => detectCategoricalDriftFromCounts({ a: 1 }, { a: 0 })).toThrow(
      /current has no values/,
    );
  });
});

describe('driftTestFor', () => {
  it('follows Evidently: reference size first, then distinct values', () => {
    expect(driftTestFor(1000, 6, 'numerical')).toBe('ks');
    expect(driftTestFor(1000, 5, 'numerical')).toBe('chisquare');
    expect(driftTestFor(1000, 2, 'numerical')).toBe('z');
    expect(driftTestFor(1001, 6, 'numerical')).toBe('wasserstein');
    expect(driftTestFor(1001, 5, 'numerical')).toBe('jensenshannon');
    expect(driftTestFor(1_000_000, 50, 'categorical')).toBe('jensenshannon');
    expect(driftTestFor(1000, 50, 'categorical')).toBe('chisquare');
    expect(driftTestFor(1000, 2, 'categorical')).toBe('z');
  });
});

describe('detectNumericalDriftFromDistributions', () => {
  const uniform = (lower: number, upper: number, count: number) => ({
    buckets: [{ lower, upper, count }],
    min: lower,
    max: upper,
    std: (upper - lower) / Math.sqrt(12),
    distinct: count,
  });

  it('gives the exact Wasserstein distance of two uniform densities', () => {
    // U(0,1) vs U(0.5,1.5): W = 0.5, normed by std 1/√12.
    const result = detectNumericalDriftFromDistributions(
      uniform(0, 1, 5000),
      uniform(0.5, 1.5, 5000),
    );
    expect(result.test).toBe('wasserstein');
    expect(result.statistic).toBeCloseTo(0.5 * Math.sqrt(12), 12);
    expect(result.drift).toBe(true);
  });

  it('integrates crossing CDFs as two triangles', () => {
    // U(0,2) vs U(0.5,1.5): same mean, the CDFs cross at 1; W = 2·∫₀^½ x/2 dx + … = 0.25.
    const result = detectNumericalDriftFromDistributions(
      uniform(0, 2, 5000),
      uniform(0.5, 1.5, 5000),
      { test: 'wasserstein' },
    );
    expect(result.statistic * Math.max(2 / Math.sqrt(12), 0.001)).toBeCloseTo(
      0.25,
      12,
    );
  });

  it('bins per bucket when the reference has few values', () => {
    const points = (counts: number[]) => ({
      buckets: counts.map((count, i) => ({ lower: i, upper: i, count })),
      min: 0,
      max: counts.length - 1,
      std: 1,
      distinct: counts.length,
    });
    const result = detectNumericalDriftFromDistributions(
      points([5000, 5000]),
      points([5000, 5000]),
    );
    expect(result).toMatchObject({ test: 'jensenshannon', statistic: 0 });
    const psi = detectNumericalDriftFromDistributions(
      points([9000, 1000]),
      points([1000, 9000]),
      { test: 'psi' },
    );
    expect(psi.statistic).toBeCloseTo(2 * 0.8 * Math.log(9), 12);
  });

  it('refuses the tests that need the values', () => {
    expect(() =>
      detectNumericalDriftFromDistributions(
        uniform(0, 1, 10),
        uniform(0, 1, 10),
        {
          test: 'ks',
        },
      ),
    ).toThrow(/needs the values themselves/);
  });
});
