import { Category } from './cleanSample';
import { CategoryCounts, countCategories, totalOf } from './categoryCounts';
import { normalCdf } from './normalDistribution';

/** Python's sort order on the labels: numbers (booleans as 0/1) first, then strings. */
function compareCategories(a: Category, b: Category): number {
  const aText = typeof a === 'string';
  const bText = typeof b === 'string';
  if (aText !== bText) return aText ? 1 : -1;
  if (aText) {
    if (a === b) return 0;
    return a < b ? -1 : 1;
  }
  return Number(a) - Number(b);
}

/** Why the z-test on a single category reports no drift without a test. */
export const Z_TEST_SINGLE_CATEGORY =
  'a single category on both sides: the z-test has no proportion to compare (0 / 0), no drift';

/** {@link zTest} on aligned counts; the sample-based test runs through here. */
export function zTestFromCounts(counts: CategoryCounts): {
  statistic: number;
  pValue: number;
  note?: string;
} {
  // Both shares are 0 and so is the pooled variance: Evidently's formula gives z = NaN.
  // As for chi-square (see chiSquareFromCounts): z = 0, p = 1 and a note, never NaN.
  if (counts.keys.length < 2)
    return { statistic: 0, pValue: 1, note: Z_TEST_SINGLE_CATEGORY };
  let first = 0;
  for (let k = 1; k < counts.keys.length; k++) {
    if (compareCategories(counts.keys[k], counts.keys[first]) < 0) first = k;
  }
  const n1 = totalOf(counts.reference);
  const n2 = totalOf(counts.current);
  const p1 = (n1 - counts.reference[first]) / n1;
  const p2 = (n2 - counts.current[first]) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}

/**
 * Evidently's two-proportion z-test: the share of records that are not the first
 * category (in sorted order), pooled z, two-sided p = 2·(1 − Φ(|z|)). Two samples holding
 * the same single value give z = 0, p = 1 and a note (Evidently's formula gives NaN).
 */
export function zTest(
  reference: ArrayLike<Category>,
  current: ArrayLike<Category>,
): { statistic: number; pValue: number; note?: string } {
  return zTestFromCounts(countCategories(reference, current));
}
