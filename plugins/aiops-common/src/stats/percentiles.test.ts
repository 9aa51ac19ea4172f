import { InputError } from '@backstage/errors';
import { percentiles } from './percentiles';
import {
  FixtureSample,
  decodeSample,
  loadFixture,
  mismatch,
} from './__fixtures__/fixtures';

interface PercentileCase {
  values: FixtureSample;
  q: number[];
  expected: number[];
}

describe('percentiles', () => {
  const cases = loadFixture<PercentileCase[]>('percentiles.json');

  it.each(cases.map((c, i) => [i, c] as const))(
    'matches numpy.percentile, case %i',
    (_i, c) => {
      const actual = percentiles(decodeSample(c.values), c.q);
      const problems = c.expected
        .map((e, k) => mismatch(actual[k], e, 1e-12, 1e-300, `q=${c.q[k]}`))
        .filter(Boolean);
      expect(problems).toEqual([]);
    },
  );

  it('agrees with a full sort on shuffled data with many ties', () => {
    const values = Float64Array.from(
      { length: 10007 },
      (_, i) => (i * 7919) % 101,
    );
    const sorted = Float64Array.from(values).sort();
    const [p50] = percentiles(values, [50]);
    expect(p50).toBe(sorted[5003]);
  });

  it('rejects out-of-range percentiles and empty input', () => {
    expect(() => percentiles([1, 2], [101])).toThrow(InputError);
    expect(() => percentiles([NaN], [50])).toThrow(InputError);
  });
});

describe('percentiles on large inputs', () => {
  it.each([
    ['ascending', (i: number) => i],
    ['descending', (i: number) => -i],
    ['sawtooth with ties', (i: number) => i % 37],
    ['constant', () => 1],
  ])('agrees with a full sort on %s data', (_name, f) => {
    const values = Float64Array.from({ length: 20011 }, (_, i) => f(i));
    const sorted = Float64Array.from(values).sort();
    const q = [0, 1, 50, 95, 99, 100];
    const expected = q.map(p => {
      const v = (values.length - 1) * (p / 100);
      const lo = Math.floor(v);
      const hi = Math.min(lo + 1, values.length - 1);
      const t = v - lo;
      const d = sorted[hi] - sorted[lo];
      return t >= 0.5 ? sorted[hi] - d * (1 - t) : sorted[lo] + d * t;
    });
    expect(percentiles(values, q)).toEqual(expected);
  });
});
