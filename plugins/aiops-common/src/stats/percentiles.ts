import { InputError } from '@backstage/errors';
import { numericSample } from './cleanSample';
import { DriftSample } from './types';

function swap(a: Float64Array, i: number, j: number) {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * Rearranges a[left..right] so that a[k] holds the value it would have if sorted, with
 * smaller-or-equal values before it and greater-or-equal after (Floyd–Rivest SELECT,
 * CACM Algorithm 489: recursing on a small sample puts the pivot next to k, so about
 * n + o(n) comparisons).
 */
function select(a: Float64Array, k: number, left: number, right: number) {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    if (hi - lo > 600) {
      const n = hi - lo + 1;
      const m = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m < n / 2 ? -1 : 1);
      select(
        a,
        k,
        Math.max(lo, Math.floor(k - (m * s) / n + sd)),
        Math.min(hi, Math.floor(k + ((n - m) * s) / n + sd)),
      );
    }
    const pivot = a[k];
    let i = lo;
    let j = hi;
    swap(a, lo, k);
    if (a[hi] > pivot) swap(a, lo, hi);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
    }
    if (a[lo] === pivot) {
      swap(a, lo, j);
    } else {
      j++;
      swap(a, j, hi);
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

/** Moves the smallest of a[from..to] to a[from] (the neighbour of a selected rank). */
function moveMinimumTo(a: Float64Array, from: number, to: number) {
  let best = from;
  for (let i = from + 1; i <= to; i++) if (a[i] < a[best]) best = i;
  swap(a, from, best);
}

/**
 * Percentiles with NumPy's default 'linear' method (`numpy.percentile`), for q in
 * [0, 100]; non-finite values are dropped first. Uses Floyd–Rivest selection, not a full sort.
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
    // Right after a selected rank the next one is just the minimum of the rest.
    if (k === left && k > 0) moveMinimumTo(a, k, n - 1);
    else select(a, k, left, n - 1);
    left = k + 1;
  }
  return virtual.map(v => {
    const below = Math.min(Math.floor(v), n - 1);
    const lower = a[below];
    const upper = a[Math.min(below + 1, n - 1)];
    const t = v - below;
    const diff = upper - lower;
    // numpy._lerp: interpolate from the nearer end to stay monotone.
    return t >= 0.5 ? upper - diff * (1 - t) : lower + diff * t;
  });
}
