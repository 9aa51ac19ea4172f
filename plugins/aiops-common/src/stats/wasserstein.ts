/**
 * 1-Wasserstein distance between two ascending samples, as
 * `scipy.stats.wasserstein_distance`: ∫|F_a − F_b|, walked once over the merged order.
 */
export function wassersteinDistance(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let prev = 0;
  let total = 0;
  // Accumulate |i·n2 − j·n1|·Δ in exact integer CDF units; divide by n1·n2 once at the end.
  while (i < n1 && j < n2) {
    const x = a[i];
    const y = b[j];
    const v = x <= y ? x : y;
    if (i + j > 0) {
      const diff = i * n2 - j * n1;
      total += (diff < 0 ? -diff : diff) * (v - prev);
    }
    prev = v;
    if (x <= y) i++;
    else j++;
  }
  // One sample is exhausted: the other CDF climbs towards 1 over the remaining values.
  for (; i < n1; i++) {
    const v = a[i];
    if (i + j > 0) total += Math.abs(i * n2 - j * n1) * (v - prev);
    prev = v;
  }
  for (; j < n2; j++) {
    const v = b[j];
    if (i + j > 0) total += Math.abs(i * n2 - j * n1) * (v - prev);
    prev = v;
  }
  return total / n1 / n2;
}

/** Population standard deviation (NumPy's default ddof = 0). */
export function populationStd(values: Float64Array): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    squares += d * d;
  }
  return Math.sqrt(squares / n);
}

/**
 * Evidently's `wasserstein` drift score: the distance normed by the reference's
 * population standard deviation, floored at 0.001 so constant references stay finite.
 */
export function normedWasserstein(
  sortedReference: Float64Array,
  sortedCurrent: Float64Array,
): number {
  const norm = Math.max(populationStd(sortedReference), 0.001);
  return wassersteinDistance(sortedReference, sortedCurrent) / norm;
}
