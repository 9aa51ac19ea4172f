import { TokenPrice, costOfUsage } from './tokenCost';
import { ownValue, setOwn } from './ownEntries';
import {
  FeatureProfile,
  addToFeatureProfile,
  compactFeatureProfile,
  createFeatureProfile,
  mergeFeatureProfiles,
} from './featureProfile';
import {
  NumericSummary,
  addToNumericSummary,
  compactNumericSummary,
  createNumericSummary,
  mergeNumericSummaries,
} from './numericSummary';
import { hashString } from './seededUniform';
import type { InferenceRecord } from '../api/types';
import { DEFAULT_PROFILE_LIMITS, OTHER_GROUP, ProfileLimits } from './types';

/** Sum and count of a numeric signal. */
export interface SignalTotal {
  count: number;
  sum: number;
}

/** LLM quality signals of a window. */
export interface LlmProfile {
  /** Records with a hallucination verdict. */
  judged: number;
  /** Records judged as hallucinations. */
  hallucinations: number;
  judgeScores: Record<string, SignalTotal>;
  promptTokens: number;
  completionTokens: number;
}

/**
 * Of one group value's records with a binary label (ground truth): how many were
 * actually positive and negative, and how many of each the model predicted positive;
 * equalized odds compares the true- and false-positive rates these give.
 */
export interface LabelledCounts {
  positive: number;
  negative: number;
  truePositive: number;
  falsePositive: number;
}

/** Records and positive predictions of one group value, for bias measures. */
export interface GroupCounts {
  count: number;
  positive: number;
  /** Present once a record of the group carried a binary label. */
  labelled?: LabelledCounts;
}

/** The mergeable profile of a model's records over a window. */
export interface ModelProfile {
  version: 1;
  limits: ProfileLimits;
  records: number;
  /** Epoch milliseconds of the earliest and latest record. */
  firstTimestamp: number | null;
  lastTimestamp: number | null;
  features: Record<string, FeatureProfile>;
  /** Values of features past `limits.maxFeatures`, not profiled. */
  droppedFeatureValues: number;
  prediction: FeatureProfile;
  label: FeatureProfile;
  latencyMs: NumericSummary;
  llm: LlmProfile;
  costUsd: SignalTotal;
  /** Attribute → value → counts. */
  groups: Record<string, Record<string, GroupCounts>>;
}

/** Creates an empty profile. */
export function createModelProfile(
  limits: ProfileLimits = DEFAULT_PROFILE_LIMITS,
): ModelProfile {
  return {
    version: 1,
    limits,
    records: 0,
    firstTimestamp: null,
    lastTimestamp: null,
    features: {},
    droppedFeatureValues: 0,
    prediction: createFeatureProfile(
      limits,
      limits.seed ^ hashString('prediction'),
    ),
    label: createFeatureProfile(limits, limits.seed ^ hashString('label')),
    latencyMs: createNumericSummary(
      limits.sketchAlpha,
      limits.sketchMaxBuckets,
    ),
    llm: {
      judged: 0,
      hallucinations: 0,
      judgeScores: {},
      promptTokens: 0,
      completionTokens: 0,
    },
    costUsd: { count: 0, sum: 0 },
    groups: {},
  };
}

/**
 * Whether a prediction counts as the positive outcome for bias measures:
 * `true`, `1`, a probability ≥ 0.5, or the strings "1", "true", "yes", "positive".
 */
export function isPositivePrediction(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === 'number') return value >= 0.5 && value <= 1;
  if (typeof value === 'string') {
    return ['1', 'true', 'yes', 'positive'].includes(value.toLowerCase());
  }
  return false;
}

/**
 * A label as a binary outcome: `true`/`false`, `1`/`0`, or the strings "1"/"0",
 * "true"/"false", "yes"/"no", "positive"/"negative"; anything else (a regression target,
 * a class name) is no binary outcome and undefined.
 */
export function binaryLabel(value: unknown): boolean | undefined {
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  if (typeof value !== 'string') return undefined;
  const word = value.toLowerCase();
  if (['1', 'true', 'yes', 'positive'].includes(word)) return true;
  if (['0', 'false', 'no', 'negative'].includes(word)) return false;
  return undefined;
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Names of the features a model declares categorical, whose numbers are counted as categories. */
export type CategoricalFeatures = ReadonlySet<string>;

/** How a model's records are read into its profile, from the monitoring the entity declares. */
export interface RecordReading {
  /** Features declared categorical: their numbers count as categories. */
  categorical?: CategoricalFeatures;
  /** `monitoring.predictionField`: the column a flat record carries its prediction in. */
  predictionField?: string;
  /** `monitoring.labelField`: the column a flat record carries its label in. */
  labelField?: string;
  /**
   * `monitoring.llm.hallucination`: the judge whose label (one of `labels`) or else score
   * (below `threshold`) gives a missing verdict.
   */
  hallucinationJudge?: { field: string; threshold: number; labels?: string[] };
  /**
   * The price of the model's GenAI model (its `aiops.dev/genai-model` in
   * aiops.costs.tokenPrices): a record without `costUsd` that counts tokens costs them.
   */
  tokenPrice?: TokenPrice;
}

const NO_CATEGORICAL_FEATURES: CategoricalFeatures = new Set();

/**
 * The record's hallucination verdict: the one it carries, else, when the model names a
 * judge, the judge's label among the model's hallucination labels, else its score below
 * the threshold; undefined when it has none of them.
 */
export function hallucinationVerdict(
  llm: InferenceRecord['llm'],
  judge: RecordReading['hallucinationJudge'],
): boolean | undefined {
  if (typeof llm?.hallucination === 'boolean') return llm.hallucination;
  const label = judge?.labels ? llm?.judgeLabels?.[judge.field] : undefined;
  if (typeof label === 'string') return judge!.labels!.includes(label);
  const score = judge ? llm?.judgeScores?.[judge.field] : undefined;
  return finite(score) ? score < judge!.threshold : undefined;
}

/** Whether a prediction is there to be counted: not absent, null or a non-finite number. */
function isPresent(value: unknown): boolean {
  return (
    value !== undefined &&
    value !== null &&
    !(typeof value === 'number' && !Number.isFinite(value))
  );
}

/**
 * Adds one record to the profile, in place; `timestamp` is in epoch milliseconds and
 * `reading` says how the model's records are read (see {@link RecordReading}).
 */
export function addRecordToProfile(
  profile: ModelProfile,
  record: InferenceRecord,
  timestamp: number,
  reading: RecordReading = {},
) {
  const { limits } = profile;
  const categorical = reading.categorical ?? NO_CATEGORICAL_FEATURES;
  profile.records += 1;
  profile.firstTimestamp = Math.min(
    profile.firstTimestamp ?? timestamp,
    timestamp,
  );
  profile.lastTimestamp = Math.max(
    profile.lastTimestamp ?? timestamp,
    timestamp,
  );

  const values = record.features;
  // A flat record names its prediction and label among the features: those columns are
  // never features, and stand in for `prediction` and `label` when a record lacks them.
  const { predictionField, labelField } = reading;
  const prediction =
    record.prediction !== undefined || predictionField === undefined
      ? record.prediction
      : ownValue(values, predictionField);
  const label =
    record.label !== undefined || labelField === undefined
      ? record.label
      : ownValue(values, labelField);
  // Keys and indexing rather than Object.entries: no pair arrays per value on the fold's hot path.
  for (const name of Object.keys(values)) {
    if (name === predictionField || name === labelField) continue;
    let feature = ownValue(profile.features, name);
    if (!feature) {
      if (Object.keys(profile.features).length >= limits.maxFeatures) {
        profile.droppedFeatureValues += 1;
        continue;
      }
      feature = createFeatureProfile(limits, limits.seed ^ hashString(name));
      setOwn(profile.features, name, feature);
    }
    addToFeatureProfile(feature, values[name], categorical.has(name));
  }
  if (prediction !== undefined) {
    addToFeatureProfile(profile.prediction, prediction);
  }
  if (label !== undefined) {
    addToFeatureProfile(profile.label, label);
  }
  if (finite(record.latencyMs))
    addToNumericSummary(profile.latencyMs, record.latencyMs);
  const llm = record.llm;
  const costUsd = finite(record.costUsd)
    ? record.costUsd
    : reading.tokenPrice &&
      llm &&
      costOfUsage(reading.tokenPrice, {
        input: finite(llm.promptTokens) ? llm.promptTokens : undefined,
        output: finite(llm.completionTokens) ? llm.completionTokens : undefined,
      });
  if (costUsd !== undefined) {
    profile.costUsd.count += 1;
    profile.costUsd.sum += costUsd;
  }
  if (llm) {
    const verdict = hallucinationVerdict(llm, reading.hallucinationJudge);
    if (verdict !== undefined) {
      profile.llm.judged += 1;
      if (verdict) profile.llm.hallucinations += 1;
    }
    if (finite(llm.promptTokens)) profile.llm.promptTokens += llm.promptTokens;
    if (finite(llm.completionTokens))
      profile.llm.completionTokens += llm.completionTokens;
    for (const [name, score] of Object.entries(llm.judgeScores ?? {})) {
      if (!finite(score)) continue;
      const total = boundedEntry(
        profile.llm.judgeScores,
        name,
        limits.maxJudgeScores,
        () => ({ count: 0, sum: 0 }),
      );
      if (!total) continue;
      total.count += 1;
      total.sum += score;
    }
  }
  // Bias measures compare decisions: a record without one tells nothing about its group.
  if (record.groups && isPresent(prediction)) {
    const positive = isPositivePrediction(prediction);
    const actual = binaryLabel(label);
    for (const [attribute, value] of Object.entries(record.groups)) {
      const groupValues = boundedEntry<Record<string, GroupCounts>>(
        profile.groups,
        attribute,
        limits.maxGroupAttributes,
        () => ({}),
      );
      if (!groupValues) continue;
      const counts: GroupCounts =
        boundedEntry(groupValues, String(value), limits.maxGroupValues, () => ({
          count: 0,
          positive: 0,
        })) ?? (groupValues[OTHER_GROUP] ??= { count: 0, positive: 0 });
      counts.count += 1;
      if (positive) counts.positive += 1;
      if (actual !== undefined) {
        const labelled = (counts.labelled ??= {
          positive: 0,
          negative: 0,
          truePositive: 0,
          falsePositive: 0,
        });
        if (actual) {
          labelled.positive += 1;
          if (positive) labelled.truePositive += 1;
        } else {
          labelled.negative += 1;
          if (positive) labelled.falsePositive += 1;
        }
      }
    }
  }
}

/** The entry of `key`, created while the map has fewer than `max` keys; otherwise undefined. */
function boundedEntry<T>(
  map: Record<string, T>,
  key: string,
  max: number,
  create: () => T,
): T | undefined {
  const existing = ownValue(map, key);
  if (existing !== undefined) return existing;
  if (Object.keys(map).length >= max) return undefined;
  const created = create();
  setOwn(map, key, created);
  return created;
}

function mergeBoundedMaps<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  max: number,
  merge: (x: T, y: T) => T,
  overflow?: (merged: Record<string, T>, value: T) => void,
): Record<string, T> {
  const merged: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = ownValue(merged, key);
    if (existing !== undefined) merged[key] = merge(existing, value);
    else if (Object.keys(merged).length < max) setOwn(merged, key, value);
    else overflow?.(merged, value);
  }
  return merged;
}

function mergeGroupCounts(x: GroupCounts, y: GroupCounts): GroupCounts {
  const merged: GroupCounts = {
    count: x.count + y.count,
    positive: x.positive + y.positive,
  };
  if (x.labelled || y.labelled) {
    const a = x.labelled;
    const b = y.labelled;
    merged.labelled = {
      positive: (a?.positive ?? 0) + (b?.positive ?? 0),
      negative: (a?.negative ?? 0) + (b?.negative ?? 0),
      truePositive: (a?.truePositive ?? 0) + (b?.truePositive ?? 0),
      falsePositive: (a?.falsePositive ?? 0) + (b?.falsePositive ?? 0),
    };
  }
  return merged;
}

/** Merges two profiles (e.g. hours into a day) into a new one, without the records. */
export function mergeModelProfiles(
  a: ModelProfile,
  b: ModelProfile,
): ModelProfile {
  const { limits } = a;
  let droppedFeatureValues = a.droppedFeatureValues + b.droppedFeatureValues;
  const features = mergeBoundedMaps(
    a.features,
    b.features,
    limits.maxFeatures,
    mergeFeatureProfiles,
    (_merged, feature) => {
      droppedFeatureValues += feature.count;
    },
  );
  const bounds = [a.firstTimestamp, b.firstTimestamp].filter(
    (t): t is number => t !== null,
  );
  const ends = [a.lastTimestamp, b.lastTimestamp].filter(
    (t): t is number => t !== null,
  );
  return {
    version: 1,
    limits,
    records: a.records + b.records,
    firstTimestamp: bounds.length ? Math.min(...bounds) : null,
    lastTimestamp: ends.length ? Math.max(...ends) : null,
    features,
    droppedFeatureValues,
    prediction: mergeFeatureProfiles(a.prediction, b.prediction),
    label: mergeFeatureProfiles(a.label, b.label),
    latencyMs: mergeNumericSummaries(a.latencyMs, b.latencyMs),
    llm: {
      judged: a.llm.judged + b.llm.judged,
      hallucinations: a.llm.hallucinations + b.llm.hallucinations,
      judgeScores: mergeBoundedMaps(
        a.llm.judgeScores,
        b.llm.judgeScores,
        limits.maxJudgeScores,
        (x, y) => ({ count: x.count + y.count, sum: x.sum + y.sum }),
      ),
      promptTokens: a.llm.promptTokens + b.llm.promptTokens,
      completionTokens: a.llm.completionTokens + b.llm.completionTokens,
    },
    costUsd: {
      count: a.costUsd.count + b.costUsd.count,
      sum: a.costUsd.sum + b.costUsd.sum,
    },
    groups: mergeBoundedMaps(
      a.groups,
      b.groups,
      limits.maxGroupAttributes,
      (x, y) =>
        mergeBoundedMaps(
          x,
          y,
          limits.maxGroupValues,
          mergeGroupCounts,
          (merged, counts) => {
            merged[OTHER_GROUP] = mergeGroupCounts(
              merged[OTHER_GROUP] ?? { count: 0, positive: 0 },
              counts,
            );
          },
        ),
    ),
  };
}

/** Merges any number of profiles; an empty list gives an empty profile. */
export function mergeAllModelProfiles(
  profiles: ModelProfile[],
  limits: ProfileLimits = DEFAULT_PROFILE_LIMITS,
): ModelProfile {
  return profiles.reduce(mergeModelProfiles, createModelProfile(limits));
}

/** Brings the profile within its storage bound, in place (call before storing). */
export function compactModelProfile(profile: ModelProfile) {
  for (const feature of Object.values(profile.features))
    compactFeatureProfile(feature);
  compactFeatureProfile(profile.prediction);
  compactFeatureProfile(profile.label);
  compactNumericSummary(profile.latencyMs);
}

/** Folds records into one profile; `defaultTimestamp` applies to records without one. */
export function profileRecords(
  records: InferenceRecord[],
  defaultTimestamp: number,
  limits: ProfileLimits = DEFAULT_PROFILE_LIMITS,
  reading: RecordReading = {},
): ModelProfile {
  const profile = createModelProfile(limits);
  for (const record of records) {
    addRecordToProfile(
      profile,
      record,
      recordTimestamp(record, defaultTimestamp),
      reading,
    );
  }
  compactModelProfile(profile);
  return profile;
}

/** The record's time in epoch milliseconds, or `fallback` when it has none. */
export function recordTimestamp(
  record: InferenceRecord,
  fallback: number,
): number {
  if (!record.timestamp) return fallback;
  const parsed = Date.parse(record.timestamp);
  return Number.isFinite(parsed) ? parsed : fallback;
}
