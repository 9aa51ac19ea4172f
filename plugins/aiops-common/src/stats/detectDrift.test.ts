import { InputError } from '@backstage/errors';
import { detectDrift } from './detectDrift';
import {
  FixtureSample,
  decodeNumber,
  decodeSample,
  loadFixture,
  mismatch,
} from './__fixtures__/fixtures';
import { DriftOptions } from './types';

interface DriftCase {
  name: string;
  reference: FixtureSample;
  current: FixtureSample;
  options: DriftOptions;
  expected: {
    test: string;
    statistic: number | string;
    pValue: number | string | null;
    threshold: number;
    drift: boolean;
  };
}

const cases = loadFixture<DriftCase[]>('drift.json');

describe('detectDrift against SciPy/NumPy fixtures', () => {
  it('covers every test', () => {
    const tests = new Set(cases.map(c => c.expected.test));
    expect([...tests].sort()).toEqual(
      ['chisquare', 'jensenshannon', 'ks', 'psi', 'wasserstein', 'z'].sort(),
    );
  });

  it.each(cases.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const result = detectDrift(
      decodeSample(c.reference),
      decodeSample(c.current),
      c.options,
    );
    expect(result.test).toBe(c.expected.test);
    expect(result.threshold).toBe(c.expected.threshold);
    const problems = [
      mismatch(
        result.statistic,
        decodeNumber(c.expected.statistic),
        1e-9,
        1e-15,
        'statistic',
      ),
      mismatch(
        result.pValue,
        decodeNumber(c.expected.pValue),
        1e-6,
        1e-14,
        'p-value',
      ),
    ].filter(Boolean);
    expect(problems).toEqual([]);
    expect(result.drift).toBe(c.expected.drift);
  });
});

describe('detectDrift input validation', () => {
  it('rejects a sample with no finite values', () => {
    expect(() =>
      detectDrift([NaN, null, Infinity], [1, 2], { featureType: 'numerical' }),
    ).toThrow(InputError);
    expect(() =>
      detectDrift(['a'], [null, undefined], { featureType: 'categorical' }),
    ).toThrow(/current has no values/);
  });

  it('rejects an unknown test name', () => {
    expect(() =>
      detectDrift([1, 2], [1, 2], {
        featureType: 'numerical',
        test: 'anderson' as any,
      }),
    ).toThrow(/Unknown drift test "anderson"/);
  });

  it('rejects an unknown feature type and a non-finite threshold', () => {
    expect(() =>
      detectDrift([1], [1], { featureType: 'ordinal' as any }),
    ).toThrow(InputError);
    expect(() =>
      detectDrift([1], [1], { featureType: 'numerical', threshold: NaN }),
    ).toThrow(/threshold/);
  });

  it('rejects order-based tests on categorical data and text in numerical data', () => {
    expect(() =>
      detectDrift(['a', 'b'], ['b'], {
        featureType: 'categorical',
        test: 'ks',
      }),
    ).toThrow(/needs a numerical feature/);
    expect(() =>
      detectDrift([1, 'x'], [1], { featureType: 'numerical' }),
    ).toThrow(/only numbers/);
  });

  it('accepts typed arrays without modifying them', () => {
    const reference = Float64Array.from([3, 1, 2, 5, 4, 9, 7]);
    const result = detectDrift(reference, Float32Array.from([8, 9, 10, 11]), {
      featureType: 'numerical',
      test: 'ks',
    });
    expect(result.drift).toBe(true);
    expect(Array.from(reference)).toEqual([3, 1, 2, 5, 4, 9, 7]);
  });
});
