// Exact two-sided two-sample KS tail probabilities, ported from SciPy 1.10
// (`_compute_prob_outside_square` in scipy/stats/_stats_py.py and the pythran
// `_compute_outer_prob_inside_method`, Hodges 1958 with Viehmann's 1 − p recursion).

/** Pr(D_{n,n} ≥ h/n) for two samples of equal size n. */
export function probOutsideSquare(n: number, h: number): number {
  // P = 2·A0·(1 − A1·(1 − A2·(…))), evaluated Horner-like to avoid cancellation.
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++)
      p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/** Proportion of lattice paths from (0,0) to (m,n) leaving |x/m − y/n| < h/lcm(m,n). */
export function outerProbInside(
  m0: number,
  n0: number,
  g: number,
  h: number,
): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen)
      A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}
