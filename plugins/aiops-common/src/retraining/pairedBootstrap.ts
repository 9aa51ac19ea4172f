import { InputError } from '@backstage/errors';
import { percentiles } from '../stats/percentiles';

/** A percentile bootstrap confidence interval of a mean paired difference. */
export interface BootstrapInterval {
  /** mean(challenger − champion) over the examples. */
  meanDifference: number;
  low: number;
  high: number;
  confidence: number;
  resamples: number;
  seed: number;
}

/** Options of {@link pairedBootstrapInterval}. */
export interface PairedBootstrapOptions {
  /** Resamples drawn (default 2,000). */
  resamples?: number;
  /** Two-sided confidence level (default 0.95). */
  confidence?: number;
  /** Seed of the xorshift32 generator, so a decision can be recomputed (default 1). */
  seed?: number;
}

/**
 * Percentile bootstrap interval of the mean per-example difference between a challenger
 * and the champion scored on the same examples (paired: an example is resampled with both
 * its scores). Resampling uses a seeded xorshift32 generator, so the same inputs always
 * give the same interval; the interval's quantiles are NumPy's linear ones.
 */
export function pairedBootstrapInterval(
  champion: ArrayLike<number>,
  challenger: ArrayLike<number>,
  options: PairedBootstrapOptions = {},
): BootstrapInterval {
  const { resamples = 2000, confidence = 0.95, seed = 1 } = options;
  const n = champion.length;
  if (n !== challenger.length) {
    throw new InputError(
      `A paired bootstrap needs the same examples for both models: ${n} champion and ${challenger.length} challenger scores`,
    );
  }
  if (n === 0) throw new InputError('A paired bootstrap needs examples');
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new InputError(
      `resamples must be a positive integer, got ${resamples}`,
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new InputError(`confidence must lie in (0, 1), got ${confidence}`);
  }
  const differences = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = challenger[i] - champion[i];
    if (!Number.isFinite(d)) {
      throw new InputError(
        `Example ${i} has a score that is not a finite number`,
      );
    }
    differences[i] = d;
    total += d;
  }
  let state = seed >>> 0 || 1;
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      sum += differences[Math.floor((state / 4294967296) * n)];
    }
    means[r] = sum / n;
  }
  const tail = ((1 - confidence) / 2) * 100;
  const [low, high] = percentiles(means, [tail, 100 - tail]);
  return {
    meanDifference: total / n,
    low,
    high,
    confidence,
    resamples,
    seed: seed >>> 0 || 1,
  };
}
