import { Category } from './cleanSample';
import { CategoryCounts, countCategories, totalOf } from './categoryCounts';
import { chiSquareSf } from './incompleteGamma';

/** {@link chiSquareTest} on aligned counts; the sample-based test runs through here. */
export function chiSquareFromCounts(counts: CategoryCounts): {
  statistic: number;
  pValue: number;
} {
  const k = counts.keys.length;
  if (k < 2) return { statistic: 0, pValue: 1 };
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
 * category SciPy returns NaN (zero degrees of freedom); we report statistic 0, p = 1.
 */
export function chiSquareTest(
  reference: ArrayLike<Category>,
  current: ArrayLike<Category>,
): { statistic: number; pValue: number } {
  return chiSquareFromCounts(countCategories(reference, current));
}
