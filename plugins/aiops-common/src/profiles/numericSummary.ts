import {
  QuantileSketch,
  addToSketch,
  compactSketch,
  createQuantileSketch,
  mergeSketches,
} from './quantileSketch';

/** Count, moments, range and quantile sketch of numeric values. */
export interface NumericSummary {
  count: number;
  mean: number;
  /** Sum of squared deviations from the mean (Welford / Chan). */
  m2: number;
  min: number | null;
  max: number | null;
  sum: number;
  sketch: QuantileSketch;
}

/** Creates an empty numeric summary. */
export function createNumericSummary(
  alpha?: number,
  maxBuckets?: number,
): NumericSummary {
  return {
    count: 0,
    mean: 0,
    m2: 0,
    min: null,
    max: null,
    sum: 0,
    sketch: createQuantileSketch(alpha, maxBuckets),
  };
}

/** Adds one finite value (Welford's update), in place. */
export function addToNumericSummary(summary: NumericSummary, value: number) {
  if (!Number.isFinite(value)) return;
  summary.count += 1;
  const delta = value - summary.mean;
  summary.mean += delta / summary.count;
  summary.m2 += delta * (value - summary.mean);
  summary.sum += value;
  summary.min = summary.min === null ? value : Math.min(summary.min, value);
  summary.max = summary.max === null ? value : Math.max(summary.max, value);
  addToSketch(summary.sketch, value);
}

/** Merges two numeric summaries (Chan et al.'s parallel formula for the moments). */
export function mergeNumericSummaries(
  a: NumericSummary,
  b: NumericSummary,
): NumericSummary {
  const count = a.count + b.count;
  const sketch = mergeSketches(a.sketch, b.sketch);
  if (count === 0)
    return {
      ...createNumericSummary(a.sketch.alpha, a.sketch.maxBuckets),
      sketch,
    };
  const delta = b.mean - a.mean;
  return {
    count,
    mean: a.mean + (delta * b.count) / count,
    m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
    min: minOf(a.min, b.min),
    max: maxOf(a.max, b.max),
    sum: a.sum + b.sum,
    sketch,
  };
}

/** Brings the summary within its storage bound, in place. */
export function compactNumericSummary(summary: NumericSummary) {
  compactSketch(summary.sketch);
}

/** Sample variance, or undefined below two values. */
export function numericVariance(summary: NumericSummary): number | undefined {
  return summary.count > 1 ? summary.m2 / (summary.count - 1) : undefined;
}

function minOf(a: number | null, b: number | null) {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function maxOf(a: number | null, b: number | null) {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
