import { Category } from './cleanSample';
import { CategoryCounts, countCategories, totalOf } from './categoryCounts';
import { chiSquareSf } from './incompleteGamma';

/** Why chi-square on a single category reports no drift without a test. */
export const CHI_SQUARE_SINGLE_CATEGORY =
  'a single category on both sides: chi-square has no degrees of freedom, no drift';

/** {@link chiSquareTest} on aligned counts; the sample-based test runs through here. */
export function chiSquareFromCounts(counts: CategoryCounts): {
  statistic: number;
  pValue: number;
  note?: string;
} {
  const k = counts.keys.length;
  // SciPy answers statistic 0, p = NaN (k − 1 = 0 degrees of freedom). We keep 0 and
  // report p = 1, not NaN or null: JSON cannot carry NaN, a null p-value reads as a
  // distance test to the check's consumers, and observed equal to expected (the only
  // possibility with one category) is p = 1 at any degrees of freedom. The note says why.
  if (k < 2)
    return { statistic: 0, pValue: 1, note: CHI_SQUARE_SINGLE_CATEGORY };
  const scale = totalOf(counts.current) / totalOf(counts.reference);
  let statistic = 0;
  for (let i = 0; i < k; i++) {
    const expected = counts.reference[i] * scale;
    const d = counts.current[i] - expected;
    statistic += (d * d) / expected;
  }
  return { statistic, pValue: chiSquareSf(statistic, k - 1) };
}

/**
 * Evidently's chi-square test: `scipy.stats.chisquare` of the current counts against the
 * reference proportions scaled to the current size, over the union of categories. A
 * category unseen in the reference makes the statistic infinite (p = 0). With a single
 * category SciPy returns p = NaN (zero degrees of freedom); we report statistic 0, p = 1
 * and a note.
 */
export function chiSquareTest(
  reference: ArrayLike<Category>,
  current: ArrayLike<Category>,
): { statistic: number; pValue: number; note?: string } {
  return chiSquareFromCounts(countCategories(reference, current));
}
