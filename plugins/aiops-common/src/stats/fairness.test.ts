import { InputError } from '@backstage/errors';
import { fairness, fairnessFromCounts } from './fairness';
import { loadFixture } from './__fixtures__/fixtures';
import type { FairnessResult } from '../api/types';

interface FairnessCase {
  groups: string[];
  predictions: Array<number | boolean>;
  expected: FairnessResult;
}

describe('fairness', () => {
  const cases = loadFixture<FairnessCase[]>('fairness.json');

  it.each(cases.map((c, i) => [i, c] as const))(
    'matches the reference, case %i',
    (_i, c) => {
      const result = fairness(c.groups, c.predictions);
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
      expect(result.disparateImpactRatio).toBeCloseTo(
        c.expected.disparateImpactRatio,
        14,
      );
      expect(result.fourFifthsViolation).toBe(c.expected.fourFifthsViolation);
    },
  );

  it('flags the four-fifths rule', () => {
    const result = fairness(['a', 'a', 'b', 'b'], [1, 1, 1, 0]);
    expect(result).toEqual({
      selectionRates: { a: 1, b: 0.5 },
      demographicParityDifference: 0.5,
      disparateImpactRatio: 0.5,
      fourFifthsViolation: true,
    });
  });

  it('defines the ratio as 1 when nobody is selected', () => {
    expect(fairness(['a', 'b'], [false, false]).disparateImpactRatio).toBe(1);
  });

  it('rejects mismatched lengths and non-binary predictions', () => {
    expect(() => fairness(['a'], [1, 0])).toThrow(InputError);
    expect(() => fairness(['a'], [0.5])).toThrow(/0\/1 or booleans/);
    expect(() => fairness([], [])).toThrow(InputError);
  });
});

describe('fairnessFromCounts', () => {
  it('equals fairness on the records the counts stand for', () => {
    expect(
      fairnessFromCounts({
        a: { selected: 1, total: 2 },
        b: { selected: 2, total: 3 },
        empty: { selected: 0, total: 0 },
      }),
    ).toEqual(fairness(['a', 'a', 'b', 'b', 'b'], [1, 0, 1, 1, 0]));
  });
});
