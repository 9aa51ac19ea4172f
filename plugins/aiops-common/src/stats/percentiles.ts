import { InputError } from '@backstage/errors';
import { numericSample } from './cleanSample';
import { DriftSample } from './types';

/** Rearranges a[left..right] so that a[k] holds the k-th smallest value (Hoare quickselect). */
function select(a: Float64Array, k: number, left: number, right: number) {
  let lo = left;
  let hi = right;
  let rounds = 0;
  while (hi > lo) {
    if (++rounds > 64) {
      // Pathological pivots: finish with a sort rather than go quadratic.
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = (lo + hi) >>> 1;
    if (a[mid] < a[lo]) [a[mid], a[lo]] = [a[lo], a[mid]];
    if (a[hi] < a[lo]) [a[hi], a[lo]] = [a[lo], a[hi]];
    if (a[hi] < a[mid]) [a[hi], a[mid]] = [a[mid], a[hi]];
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Percentiles with NumPy's default 'linear' method (`numpy.percentile`), for q in
 * [0, 100]; non-finite values are dropped first. Uses selection, not a full sort.
 */
export function percentiles(
  values: DriftSample,
  q: ArrayLike<number>,
): number[] {
  const qs = Array.from(q);
  for (const p of qs) {
    if (typeof p !== 'number' || !(p >= 0 && p <= 100)) {
      throw new InputError(`percentiles must lie in [0, 100], got ${p}`);
    }
  }
  const a = numericSample(values, 'values');
  const n = a.length;
  const virtual = qs.map(p => (n - 1) * (p / 100));
  const positions = new Set<number>();
  for (const v of virtual) {
    const below = Math.floor(v);
    positions.add(Math.min(below, n - 1));
    positions.add(Math.min(below + 1, n - 1));
  }
  let left = 0;
  for (const k of [...positions].sort((x, y) => x - y)) {
    select(a, k, left, n - 1);
    left = k + 1;
  }
  return virtual.map(v => {
    if (v >= n - 1) return a[n - 1];
    const below = Math.floor(v);
    const lower = a[below];
    const upper = a[below + 1];
    const t = v - below;
    const diff = upper - lower;
    // numpy._lerp: interpolate from the nearer end to stay monotone.
    return t >= 0.5 ? upper - diff * (1 - t) : lower + diff * t;
  });
}
