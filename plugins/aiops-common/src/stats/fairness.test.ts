import { InputError } from '@backstage/errors';
import {
  equalizedOdds,
  equalizedOddsFromCounts,
  fairness,
  fairnessFromCounts,
} from './fairness';
import { loadFixture } from './__fixtures__/fixtures';
import type { EqualizedOdds, FairnessResult } from '../api/types';

type Label = string | number | boolean | null;

interface FairnessCase {
  groups: Label[];
  predictions: Label[];
  expected: FairnessResult & { dropped: number };
}

/** The generator writes NaN as the string "NaN" (JSON has no NaN). */
const decode = (values: Label[]) => values.map(v => (v === 'NaN' ? NaN : v));

describe('fairness', () => {
  const cases = loadFixture<FairnessCase[]>('fairness.json');

  it('has reference cases with missing values and with nobody selected', () => {
    expect(cases.some(c => c.expected.dropped > 0)).toBe(true);
    expect(cases.some(c => c.expected.disparateImpactRatio === null)).toBe(
      true,
    );
  });

  it.each(cases.map((c, i) => [i, c] as const))(
    'matches the NumPy reference, case %i',
    (_i, c) => {
      const result = fairness(
        decode(c.groups) as Array<string | number | null>,
        decode(c.predictions) as Array<number | boolean | null>,
      );
      expect(Object.keys(result.selectionRates).sort()).toEqual(
        Object.keys(c.expected.selectionRates).sort(),
      );
      for (const [group, rate] of Object.entries(c.expected.selectionRates)) {
        expect(result.selectionRates[group]).toBeCloseTo(rate, 14);
      }
      expect(result.demographicParityDifference).toBeCloseTo(
        c.expected.demographicParityDifference,
        14,
      );
      expect(result.disparateImpactRatio === null).toBe(
        c.expected.disparateImpactRatio === null,
      );
      expect(result.disparateImpactRatio ?? 0).toBeCloseTo(
        c.expected.disparateImpactRatio ?? 0,
        14,
      );
      expect(result.fourFifthsViolation).toBe(c.expected.fourFifthsViolation);
      expect(result.dropped).toBe(c.expected.dropped);
    },
  );

  it('flags the four-fifths rule', () => {
    const result = fairness(['a', 'a', 'b', 'b'], [1, 1, 1, 0]);
    expect(result).toEqual({
      selectionRates: { a: 1, b: 0.5 },
      demographicParityDifference: 0.5,
      disparateImpactRatio: 0.5,
      fourFifthsViolation: true,
      dropped: 0,
    });
  });

  it('leaves the ratio undefined, and no violation, when nobody is selected', () => {
    expect(fairness(['a', 'b'], [false, false])).toMatchObject({
      disparateImpactRatio: null,
      fourFifthsViolation: false,
    });
    // JSON, as the check results are stored and served, keeps it as null
    expect(
      JSON.parse(JSON.stringify(fairness(['a', 'b'], [0, 0])))
        .disparateImpactRatio,
    ).toBeNull();
  });

  it('drops rows whose group or prediction is missing and counts them', () => {
    const result = fairness(
      ['a', null, 'a', undefined, 'b', NaN, 'b', 'b'],
      [1, 1, 0, 0, 1, 1, NaN, undefined],
    );
    expect(result).toEqual({
      selectionRates: { a: 0.5, b: 1 },
      demographicParityDifference: 0.5,
      disparateImpactRatio: 0.5,
      fourFifthsViolation: true,
      dropped: 5,
    });
  });

  it('rejects mismatched lengths, non-binary predictions and no usable row', () => {
    expect(() => fairness(['a'], [1, 0])).toThrow(InputError);
    expect(() => fairness(['a'], [0.5])).toThrow(/0\/1 or booleans/);
    expect(() => fairness(['a'], [Infinity])).toThrow(/0\/1 or booleans/);
    expect(() => fairness([], [])).toThrow(InputError);
    expect(() => fairness([null, 'a'], [1, null])).toThrow(/2 dropped/);
  });
});

describe('fairnessFromCounts', () => {
  it('equals fairness on the records the counts stand for, without a dropped count', () => {
    const { dropped, ...fromRecords } = fairness(
      ['a', 'a', 'b', 'b', 'b'],
      [1, 0, 1, 1, 0],
    );
    expect(dropped).toBe(0);
    expect(
      fairnessFromCounts({
        a: { selected: 1, total: 2 },
        b: { selected: 2, total: 3 },
        empty: { selected: 0, total: 0 },
      }),
    ).toEqual(fromRecords);
  });

  it('gives a null ratio when no group has a positive decision', () => {
    expect(
      fairnessFromCounts({
        a: { selected: 0, total: 40 },
        b: { selected: 0, total: 35 },
      }),
    ).toEqual({
      selectionRates: { a: 0, b: 0 },
      demographicParityDifference: 0,
      disparateImpactRatio: null,
      fourFifthsViolation: false,
    });
  });
});

interface EqualizedOddsCase {
  groups: Label[];
  labels: Label[];
  predictions: Label[];
  expected: EqualizedOdds | null;
  dropped: number;
}

/** A reference value as a matcher: equal to 14 digits, or null. */
const close = (value: number | null) =>
  value === null ? null : expect.closeTo(value, 14);
const rates = (byGroup: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(byGroup).map(([group, rate]) => [group, close(rate)]),
  );

describe('equalizedOdds', () => {
  const cases = loadFixture<EqualizedOddsCase[]>('equalized-odds.json');

  it('has reference cases with missing values and with a class absent from a group', () => {
    expect(cases.some(c => c.dropped > 0)).toBe(true);
    expect(
      cases.some(c => c.expected?.falsePositiveRateDifference === null),
    ).toBe(true);
    expect(
      cases.some(
        c =>
          c.expected &&
          Object.keys(c.expected.truePositiveRates).length <
            Object.keys(c.expected.falsePositiveRates).length,
      ),
    ).toBe(true);
  });

  it.each(cases.map((c, i) => [i, c] as const))(
    'matches the NumPy reference, case %i',
    (_i, c) => {
      const { result, dropped } = equalizedOdds(
        decode(c.groups) as Array<string | number | null>,
        decode(c.labels) as Array<number | boolean | null>,
        decode(c.predictions) as Array<number | boolean | null>,
      );
      expect(dropped).toBe(c.dropped);
      const expected = c.expected && {
        truePositiveRates: rates(c.expected.truePositiveRates),
        falsePositiveRates: rates(c.expected.falsePositiveRates),
        truePositiveRateDifference: close(
          c.expected.truePositiveRateDifference,
        ),
        falsePositiveRateDifference: close(
          c.expected.falsePositiveRateDifference,
        ),
        difference: close(c.expected.difference),
      };
      expect(result).toEqual(expected);
    },
  );

  it('is the larger of the two spreads, from counts as a profile keeps them', () => {
    expect(
      equalizedOddsFromCounts({
        a: { positive: 10, negative: 10, truePositive: 9, falsePositive: 1 },
        b: { positive: 10, negative: 10, truePositive: 7, falsePositive: 4 },
      }),
    ).toEqual({
      truePositiveRates: { a: 0.9, b: 0.7 },
      falsePositiveRates: { a: 0.1, b: 0.4 },
      truePositiveRateDifference: expect.closeTo(0.2, 12),
      falsePositiveRateDifference: expect.closeTo(0.3, 12),
      difference: expect.closeTo(0.3, 12),
    });
    expect(equalizedOddsFromCounts({})).toBeNull();
  });

  it('refuses labels or decisions that are not binary, naming which', () => {
    expect(() => equalizedOdds(['a'], [2], [1])).toThrow(
      new InputError('labels must be 0/1 or booleans, got 2 at index 0'),
    );
    expect(() => equalizedOdds(['a'], [1], ['yes' as never])).toThrow(
      /predictions must be 0\/1/,
    );
    expect(() => equalizedOdds(['a', 'b'], [1], [1, 0])).toThrow(/same length/);
  });
});
