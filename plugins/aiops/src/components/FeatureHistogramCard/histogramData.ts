import { FeatureComparison } from '@unified-aiops/plugin-aiops-common';
import { formatMeasure } from '../displayFormats';

/** One bar group of the histogram: shares of each side, so different totals compare. */
export interface HistogramBin {
  label: string;
  /** The bin's value range (numerical) or category. */
  range: string;
  reference: number;
  current: number;
  referenceCount: number;
  currentCount: number;
}

function shares(counts: number[]) {
  const total = counts.reduce((sum, c) => sum + c, 0);
  return counts.map(c => (total ? c / total : 0));
}

/** Reference and current histograms of a feature on their shared bins, as shares. */
export function histogramData(feature: FeatureComparison): HistogramBin[] {
  const { labels, edges, reference, current } = feature.histogram;
  const referenceShares = shares(reference);
  const currentShares = shares(current);
  return labels.map((label, i) => ({
    label: edges ? formatMeasure(edges[i])! : label,
    range: edges
      ? `${formatMeasure(edges[i])} – ${formatMeasure(edges[i + 1])}`
      : label,
    reference: referenceShares[i],
    current: currentShares[i],
    referenceCount: reference[i],
    currentCount: current[i],
  }));
}
