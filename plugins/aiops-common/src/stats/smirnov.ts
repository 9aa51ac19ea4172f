const MINLOG = -708.3964185322641;
const DBL_EPSILON = 2.220446049250313e-16;
const SMIRNOV_MAX_COMPUTE_N = 1000000;
const SM_UPPER_MAX_TERMS = 3;
const SM_UPPERSUM_MIN_N = 10;
const BINOMIAL_RESCALE_EXPONENT = 512;
const BINOMIAL_RESCALE = 2 ** BINOMIAL_RESCALE_EXPONENT;

/** floor(n·x) and its remainder computed exactly (Dekker's product), like Cephes `modNX`. */
function floorOfProduct(
  n: number,
  x: number,
): { floor: number; alpha: number } {
  const hi = n * x;
  const split = 134217729; // 2^27 + 1
  let t = split * n;
  const nh = t - (t - n);
  const nl = n - nh;
  t = split * x;
  const xh = t - (t - x);
  const xl = x - xh;
  const lo = nh * xh - hi + nh * xl + nl * xh + nl * xl;
  let floor = Math.floor(hi);
  if (hi === floor && lo < 0) floor -= 1;
  let alpha = hi - floor + lo;
  if (alpha >= 1) {
    floor += 1;
    alpha = 0;
  }
  return { floor, alpha };
}

/**
 * Survival function of the one-sided Kolmogorov–Smirnov statistic D⁺ₙ, the algorithm of
 * SciPy's `scipy.special.smirnov` (Cephes kolmogorov.c, van Mulbregt 2018): the
 * Birnbaum–Tingey sum with the same special cases, sum selection and early stop. Terms
 * are summed in log space in plain doubles instead of double-double, which keeps about
 * 1e-10 relative accuracy, ample for p-values.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  const { floor: nxfl, alpha } = floorOfProduct(n, x);
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  let n1mxceil = n - nxfl;
  if (alpha === 0) {
    n1mxfl -= 1;
    n1mxceil += 1;
  }

  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    return 1 - x * Math.pow(1 + x, n - 1);
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) return Math.pow(1 - x, n);
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }

  const nUpperTerms = n - n1mxceil + 1;
  const useUpperSum =
    (nUpperTerms <= 1 && x < 0.5) ||
    (n >= SM_UPPERSUM_MIN_N &&
      nUpperTerms <= SM_UPPER_MAX_TERMS &&
      x <= 0.5 / Math.sqrt(n));

  if (useUpperSum) {
    // Few alternating terms near v = n: direct evaluation is exact enough.
    let binomial = 1;
    let sum = 0;
    for (let j = 0; j < nUpperTerms; j++) {
      const v = n - j;
      sum +=
        binomial *
        Math.pow(x + v / n, v - 1) *
        Math.pow((n - v) / n - x, n - v);
      binomial = (binomial * (n - j)) / (j + 1);
    }
    return Math.min(1, Math.max(0, 1 - x * sum));
  }

  const nTerms = n1mxfl + 1;
  const vmid = Math.floor(n / 2);
  let sum = Math.exp(n * Math.log1p(-x)) / x;
  // C(n, v) as mantissa · 2^exponent: a running product keeps ~1e-13 relative accuracy
  // where a running sum of logarithms would drift by 1e-8 over thousands of terms.
  let binomial = n;
  let binomialExponent = 0;
  for (let v = 1; v < nTerms; v++) {
    const s = x + v / n;
    // ln(1 − x − v/n) through log1p while the argument is small, as it is for the
    // heavy terms; (n − v)/n − x is exact enough near the end of the range.
    const logRest = s < 0.5 ? Math.log1p(-s) : Math.log((n - v) / n - x);
    const logTerm =
      Math.log(binomial) +
      binomialExponent * Math.LN2 +
      (n - v) * logRest +
      (v - 1) * Math.log(s);
    const term = Math.exp(logTerm);
    sum += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * term < DBL_EPSILON * sum && v !== nTerms - 1) {
        break;
      }
    } else if (v > vmid) {
      break;
    }
    binomial *= (n - v) / (v + 1);
    if (binomial > BINOMIAL_RESCALE) {
      binomial /= BINOMIAL_RESCALE;
      binomialExponent += BINOMIAL_RESCALE_EXPONENT;
    } else if (binomial < 1 / BINOMIAL_RESCALE) {
      binomial *= BINOMIAL_RESCALE;
      binomialExponent -= BINOMIAL_RESCALE_EXPONENT;
    }
  }
  return Math.min(1, Math.max(0, x * sum));
}
