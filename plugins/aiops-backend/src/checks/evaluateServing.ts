import {
  ServingCheckResult,
  ServingFigures,
} from '@unified-aiops/plugin-aiops-common';
import { ModelInfo } from '../models/ModelDirectory';
import { ResourceSample } from '../prometheus/ResourceStore';

/** The median of the values present, or null when none is. */
function median(values: Array<number | null | undefined>): number | null {
  const present = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (present.length === 0) return null;
  const middle = present.length >> 1;
  return present.length % 2
    ? present[middle]
    : (present[middle - 1] + present[middle]) / 2;
}

/** The figures of the samples in [from, to): each the median of its samples. */
function figuresOf(
  samples: ResourceSample[],
  from: number,
  to: number,
): ServingFigures {
  const inside = samples.filter(s => s.at >= from && s.at < to);
  return {
    samples: inside.length,
    latencyP95Seconds: median(inside.map(s => s.figures.latencyP95Seconds)),
    errorRate: median(inside.map(s => s.figures.errorRate)),
    requestsPerSecond: median(inside.map(s => s.figures.requestsPerSecond)),
  };
}

const seconds = (x: number) =>
  x < 1 ? `${Math.round(x * 1000)} ms` : `${x.toFixed(2)} s`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * A check's serving section from what the Prometheus source stored: the medians of the
 * window's samples (a median, as one scrape gap or a restart's spike is no trend) against
 * the window of the same length before it. p95 latency above 1.2× the baseline's is a
 * regression; above the SLO a breach, judged here only when the records carry no latency
 * (`recordLatency` false), since a histogram quantile is estimated within its bucket and
 * the records' sketch is exact to 2%; an error rate above `maxErrorRate` a breach. Null
 * without samples in the window.
 */
export function evaluateServing(options: {
  /** The model's samples from `from - (to - from)` to `to`. */
  samples: ResourceSample[];
  window: { from: number; to: number };
  model: Pick<ModelInfo, 'latencySloMs' | 'maxErrorRate'>;
  /** Whether the model's records (current or reference) carry latency. */
  recordLatency: boolean;
  /** p95 above this times the baseline's is a regression (the records' rule, 1.2). */
  regressionRatio: number;
}): { serving: ServingCheckResult | null; issues: string[] } {
  const { samples, window, model } = options;
  const current = figuresOf(samples, window.from, window.to);
  if (current.samples === 0) return { serving: null, issues: [] };
  const length = window.to - window.from;
  const before = figuresOf(samples, window.from - length, window.from);
  const baseline = before.samples > 0 ? before : null;
  const sloMs = model.latencySloMs ?? null;
  const maxErrorRate = model.maxErrorRate ?? null;
  const p95 = current.latencyP95Seconds;
  const wasP95 = baseline?.latencyP95Seconds ?? null;
  // null: not judged here (the records carry latency and are judged against the SLO)
  const sloBreach = options.recordLatency
    ? null
    : sloMs !== null && p95 !== null && p95 * 1000 > sloMs;
  const regression =
    p95 !== null &&
    wasP95 !== null &&
    wasP95 > 0 &&
    p95 > wasP95 * options.regressionRatio;
  const errorBreach =
    maxErrorRate !== null &&
    current.errorRate !== null &&
    current.errorRate > maxErrorRate;
  const issues: string[] = [];
  const of = `(Prometheus, median of ${current.samples} samples)`;
  if (sloBreach) {
    issues.push(
      `p95 latency ${seconds(p95!)} ${of} above the SLO of ${sloMs} ms`,
    );
  }
  if (regression) {
    issues.push(
      `p95 latency ${of} rose from ${seconds(wasP95!)} to ${seconds(p95!)} (×${(
        p95! / wasP95!
      ).toFixed(2)}, above ×${
        options.regressionRatio
      }) against the window before`,
    );
  }
  if (errorBreach) {
    issues.push(
      `error rate ${pct(current.errorRate!)} ${of} above the ${pct(
        maxErrorRate!,
      )} allowed`,
    );
  }
  return {
    serving: {
      source: 'prometheus',
      current,
      baseline,
      sloMs,
      maxErrorRate,
      sloBreach,
      errorBreach,
      regression,
    },
    issues,
  };
}
