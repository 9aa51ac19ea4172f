import { ownValue } from './ownEntries';
import type {
  FeatureComparison,
  FeatureStats,
  NumericStats,
  ProfileComparison,
  ProfileTotals,
} from '../api/types';
import { FeatureProfile, looksNumerical } from './featureProfile';
import { ModelProfile } from './modelProfile';
import { NumericSummary, numericVariance } from './numericSummary';
import { sketchBins, sketchQuantile } from './quantileSketch';

/** Moments and sketch quantiles of a numeric summary. */
export function numericStats(summary: NumericSummary): NumericStats {
  const variance = numericVariance(summary);
  const quantile = (q: number) => sketchQuantile(summary.sketch, q) ?? null;
  return {
    count: summary.count,
    mean: summary.count ? summary.mean : null,
    std: variance === undefined ? null : Math.sqrt(variance),
    min: summary.min,
    max: summary.max,
    p50: quantile(0.5),
    p95: quantile(0.95),
    p99: quantile(0.99),
  };
}

function featureStats(profile: FeatureProfile): FeatureStats {
  return {
    count: profile.count,
    nulls: profile.nulls,
    numeric: numericStats(profile.numeric),
    topCategories: Object.entries(profile.categories.counts)
      .sort((x, y) => y[1] - x[1])
      .map(([value, count]) => ({ value, count })),
    otherCategories: profile.categories.other,
  };
}

function iso(ms: number | null) {
  return ms === null ? null : new Date(ms).toISOString();
}

/** Counts and signals of a whole profile. */
export function profileTotals(profile: ModelProfile): ProfileTotals {
  const { llm } = profile;
  return {
    records: profile.records,
    firstTimestamp: iso(profile.firstTimestamp),
    lastTimestamp: iso(profile.lastTimestamp),
    latencyMs: numericStats(profile.latencyMs),
    llm: {
      judged: llm.judged,
      hallucinations: llm.hallucinations,
      hallucinationRate: llm.judged ? llm.hallucinations / llm.judged : null,
      judgeScores: Object.fromEntries(
        Object.entries(llm.judgeScores).map(([name, t]) => [
          name,
          { count: t.count, mean: t.count ? t.sum / t.count : 0 },
        ]),
      ),
      promptTokens: llm.promptTokens,
      completionTokens: llm.completionTokens,
    },
    costUsd: profile.costUsd.sum,
    groups: Object.fromEntries(
      Object.entries(profile.groups).map(([attribute, values]) => [
        attribute,
        Object.fromEntries(
          Object.entries(values).map(([value, c]) => [
            value,
            {
              count: c.count,
              positiveRate: c.count ? c.positive / c.count : 0,
            },
          ]),
        ),
      ]),
    ),
  };
}

function numericHistogram(
  profiles: Array<FeatureProfile | undefined>,
  bins: number,
) {
  const ranges = profiles.flatMap(p =>
    p && p.numeric.count ? [p.numeric.min!, p.numeric.max!] : [],
  );
  const low = Math.min(...ranges);
  const high = Math.max(...ranges);
  const width = high > low ? (high - low) / bins : 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => low + i * width);
  const counts = profiles.map(p => {
    const row = new Array<number>(bins).fill(0);
    if (!p) return row;
    for (const { value, count } of sketchBins(p.numeric.sketch)) {
      const clamped = Math.min(Math.max(value, low), high);
      row[Math.min(bins - 1, Math.floor((clamped - low) / width))] += count;
    }
    return row;
  });
  return {
    labels: edges.slice(0, -1).map(e => e.toPrecision(4)),
    edges,
    current: counts[0],
    reference: counts[1],
  };
}

function categoricalHistogram(
  profiles: Array<FeatureProfile | undefined>,
  maxBins: number,
) {
  const totals = new Map<string, number>();
  for (const p of profiles) {
    for (const [value, count] of Object.entries(p?.categories.counts ?? {})) {
      totals.set(value, (totals.get(value) ?? 0) + count);
    }
  }
  const labels = [...totals.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, maxBins)
    .map(([value]) => value);
  const [current, reference] = profiles.map(p =>
    labels.map(label => ownValue(p?.categories.counts, label) ?? 0),
  );
  return { labels, current, reference };
}

/** Compares one feature of the current and reference profiles on shared bins. */
export function compareFeature(
  name: string,
  current: FeatureProfile | undefined,
  reference: FeatureProfile | undefined,
  kind?: 'numerical' | 'categorical',
  bins = 20,
): FeatureComparison {
  const resolvedKind =
    kind ??
    (looksNumerical(current ?? reference!) ? 'numerical' : 'categorical');
  return {
    name,
    kind: resolvedKind,
    current: current ? featureStats(current) : null,
    reference: reference ? featureStats(reference) : null,
    histogram:
      resolvedKind === 'numerical'
        ? numericHistogram([current, reference], bins)
        : categoricalHistogram([current, reference], bins),
  };
}

/** Summarizes the current profile against the reference (if any) for charts. */
export function compareProfiles(
  current: ModelProfile,
  reference: ModelProfile | null,
  kinds: Record<string, 'numerical' | 'categorical'> = {},
): ProfileComparison {
  const names = [
    ...new Set([
      ...Object.keys(current.features),
      ...Object.keys(reference?.features ?? {}),
    ]),
  ].sort();
  const side = (which: 'prediction' | 'label') =>
    current[which].count + (reference?.[which].count ?? 0) > 0
      ? compareFeature(which, current[which], reference?.[which])
      : null;
  return {
    current: profileTotals(current),
    reference: reference ? profileTotals(reference) : null,
    features: names.map(name =>
      compareFeature(
        name,
        ownValue(current.features, name),
        ownValue(reference?.features, name),
        ownValue(kinds, name),
      ),
    ),
    prediction: side('prediction'),
    label: side('label'),
  };
}
