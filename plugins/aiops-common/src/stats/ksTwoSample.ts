import { kolmogorovSf } from './kolmogorovDistribution';
import { outerProbInside, probOutsideSquare } from './ksExactProbability';

/** scipy's `ks_2samp(method='auto')` computes the exact distribution up to this size. */
const MAX_EXACT_N = 10000;

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return x;
}

/** NumPy rounds half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Two-sided two-sample Kolmogorov–Smirnov test on two ascending samples, matching
 * `scipy.stats.ks_2samp(a, b)` (method 'auto': exact when max(n1, n2) ≤ 10000, else
 * `kstwo.sf(D, round(n1·n2/(n1+n2)))`).
 */
export function ksTwoSample(
  a: Float64Array,
  b: Float64Array,
): { statistic: number; pValue: number } {
  const n1 = a.length;
  const n2 = b.length;
  // Merge walk: compare the ECDFs after every run of tied values, in exact integer units
  // (n1·n2·(F1 − F2) = i·n2 − j·n1 stays below 2^53 for any realistic sample).
  let i = 0;
  let j = 0;
  let maxDiff = 0;
  let maxI = 0;
  let maxJ = 0;
  let minDiff = 0;
  let minI = 0;
  let minJ = 0;
  while (i < n1 || j < n2) {
    const v = i < n1 && (j >= n2 || a[i] <= b[j]) ? a[i] : b[j];
    while (i < n1 && a[i] <= v) i++;
    while (j < n2 && b[j] <= v) j++;
    const diff = i * n2 - j * n1;
    if (diff > maxDiff) {
      maxDiff = diff;
      maxI = i;
      maxJ = j;
    } else if (diff < minDiff) {
      minDiff = diff;
      minI = i;
      minJ = j;
    }
  }
  const maxS = maxI / n1 - maxJ / n2;
  const minS = Math.min(1, Math.max(0, -(minI / n1 - minJ / n2)));
  let d = minS > maxS ? minS : maxS;
  const g = gcd(n1, n2);

  if (Math.max(n1, n2) <= MAX_EXACT_N) {
    const lcm = (n1 / g) * n2;
    const h = Math.max(maxDiff, -minDiff) / g;
    d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1 };
    const prob =
      n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
    // Like SciPy, fall back to the asymptotic distribution if round-off broke the result.
    if (prob >= 0 && prob <= 1) return { statistic: d, pValue: prob };
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  const p = kolmogorovSf(roundHalfEven(en), d);
  return { statistic: d, pValue: Math.min(1, Math.max(0, p)) };
}
