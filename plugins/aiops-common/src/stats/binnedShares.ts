import { Category } from './cleanSample';
import {
  CategoryCounts,
  countCategories,
  hasMoreDistinctThan,
} from './categoryCounts';
import { FeatureType } from './types';

/** Share of each sample per bin, aligned by bin. */
export interface BinnedShares {
  reference: Float64Array;
  current: Float64Array;
}

/**
 * Bin edges of `numpy.histogram_bin_edges(concat(a, b), bins='sturges')`: equal-width
 * bins over the combined range, as many as ⌈range / (range / (log2 N + 1))⌉.
 */
export function sturgesEdges(a: Float64Array, b: Float64Array): Float64Array {
  let first = Infinity;
  let last = -Infinity;
  for (const sample of [a, b]) {
    for (let i = 0; i < sample.length; i++) {
      const v = sample[i];
      if (v < first) first = v;
      if (v > last) last = v;
    }
  }
  return sturgesEdgesOver(first, last, a.length + b.length);
}

/** {@link sturgesEdges} of `total` values spanning [first, last], known without the values. */
export function sturgesEdgesOver(
  first: number,
  last: number,
  total: number,
): Float64Array {
  const width = (last - first) / (Math.log2(total) + 1);
  let low = first;
  let high = last;
  if (low === high) {
    low -= 0.5;
    high += 0.5;
  }
  const bins = width ? Math.ceil((high - low) / width) : 1;
  // numpy.linspace: i·step + start, with the end point pinned.
  const step = (high - low) / bins;
  const edges = new Float64Array(bins + 1);
  for (let i = 0; i < bins; i++) edges[i] = i * step + low;
  edges[bins] = high;
  return edges;
}

/**
 * Counts per bin with NumPy's rule for explicit edges: [e_k, e_{k+1}), the last bin
 * closed. The index is guessed arithmetically and corrected against the edges, so no sort.
 */
export function histogramCounts(
  values: Float64Array,
  edges: Float64Array,
): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  const first = edges[0];
  const last = edges[bins];
  const scale = bins / (last - first);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < first || v > last) continue;
    let k = Math.floor((v - first) * scale);
    if (k >= bins) k = bins - 1;
    else if (k < 0) k = 0;
    while (k > 0 && v < edges[k]) k--;
    while (k < bins - 1 && v >= edges[k + 1]) k++;
    counts[k] += 1;
  }
  return counts;
}

/** Each count as a share of `total`. */
export function shares(counts: Float64Array, total: number): Float64Array {
  const out = new Float64Array(counts.length);
  for (let k = 0; k < counts.length; k++) out[k] = counts[k] / total;
  return out;
}

/**
 * Evidently's `get_binned_data`: a numerical feature with more than 20 distinct
 * reference values is cut into Sturges bins of the combined sample; anything else gets
 * one bin per distinct value of either sample.
 */
export function binnedShares(
  reference: ArrayLike<Category>,
  current: ArrayLike<Category>,
  featureType: FeatureType,
): BinnedShares {
  if (
    featureType === 'numerical' &&
    reference instanceof Float64Array &&
    current instanceof Float64Array &&
    hasMoreDistinctThan(20, reference)
  ) {
    const edges = sturgesEdges(reference, current);
    return {
      reference: shares(histogramCounts(reference, edges), reference.length),
      current: shares(histogramCounts(current, edges), current.length),
    };
  }
  return categoryShares(
    countCategories(reference, current),
    reference.length,
    current.length,
  );
}

/** One bin per category of aligned counts; the sample-based binning runs through here. */
export function categoryShares(
  counts: CategoryCounts,
  referenceTotal: number,
  currentTotal: number,
): BinnedShares {
  return {
    reference: shares(counts.reference, referenceTotal),
    current: shares(counts.current, currentTotal),
  };
}
