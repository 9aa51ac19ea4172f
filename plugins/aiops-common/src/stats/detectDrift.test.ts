import { InputError } from '@backstage/errors';
import { CHI_SQUARE_SINGLE_CATEGORY } from './chiSquareTest';
import { detectDrift } from './detectDrift';
import {
  DriftCase,
  decodeNumber,
  decodeSample,
  driftMismatches,
  loadFixture,
} from './__fixtures__/fixtures';
import { Z_TEST_SINGLE_CATEGORY } from './zTest';

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
    expect(driftMismatches(result, c.expected)).toEqual([]);
  });
});

describe('detectDrift on a single category over both sides', () => {
  const single = cases.filter(c => c.expected.singleCategory);

  it('has SciPy cases of chi-square and z, categorical and numerical', () => {
    expect(new Set(single.map(c => c.expected.test))).toEqual(
      new Set(['chisquare', 'z']),
    );
    expect(new Set(single.map(c => c.options.featureType))).toEqual(
      new Set(['categorical', 'numerical']),
    );
  });

  it.each(single.map(c => [c.name, c] as const))(
    '%s: no drift with a note where SciPy answers NaN',
    (_name, c) => {
      const scipy = c.expected.singleCategory!.scipy;
      // the reason for the deviation: SciPy has no p-value to give
      expect(decodeNumber(scipy.pValue)).toBeNaN();
      const result = detectDrift(
        decodeSample(c.reference),
        decodeSample(c.current),
        c.options,
      );
      expect(result).toEqual({
        test: c.expected.test,
        statistic: 0,
        pValue: 1,
        threshold: c.expected.threshold,
        drift: false,
        note:
          c.expected.test === 'chisquare'
            ? CHI_SQUARE_SINGLE_CATEGORY
            : Z_TEST_SINGLE_CATEGORY,
      });
      // chi-square's statistic is SciPy's own (0); Evidently's z is 0 / 0
      expect(decodeNumber(scipy.statistic)).toEqual(
        c.expected.test === 'chisquare' ? result.statistic : NaN,
      );
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    },
  );
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
