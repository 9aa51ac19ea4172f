import { Category } from './cleanSample';
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

function isConstant(values: ArrayLike<Category>): boolean {
  for (let i = 1; i < values.length; i++)
    if (values[i] !== values[0]) return false;
  return true;
}

/**
 * Evidently's two-proportion z-test: the share of records that are not the first
 * category (in sorted order), pooled z, two-sided p = 2·(1 − Φ(|z|)). Two samples holding
 * the same single value give z = 0 and p = 1.
 */
export function zTest(
  reference: ArrayLike<Category>,
  current: ArrayLike<Category>,
): { statistic: number; pValue: number } {
  if (
    isConstant(reference) &&
    isConstant(current) &&
    reference[0] === current[0]
  ) {
    return { statistic: 0, pValue: 1 };
  }
  let first = reference[0];
  for (const sample of [reference, current]) {
    for (let i = 0; i < sample.length; i++) {
      if (compareCategories(sample[i], first) < 0) first = sample[i];
    }
  }
  const othersShare = (sample: ArrayLike<Category>) => {
    let count = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] !== first) count++;
    return count;
  };
  const n1 = reference.length;
  const n2 = current.length;
  const p1 = othersShare(reference) / n1;
  const p2 = othersShare(current) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}
