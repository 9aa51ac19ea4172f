import {
  addRecordToProfile,
  createModelProfile,
  isPositivePrediction,
  mergeAllModelProfiles,
  mergeModelProfiles,
  profileRecords,
} from './modelProfile';
import { numericVariance } from './numericSummary';
import { ownValue } from './ownEntries';
import { compareProfiles } from './summarizeProfile';
import type { InferenceRecord } from '../api/types';
import { DEFAULT_PROFILE_LIMITS } from './types';

function record(i: number, shift = 0): InferenceRecord {
  const features: InferenceRecord['features'] = {};
  for (let f = 0; f < 18; f++)
    features[`num_${f}`] = ((i * (f + 3)) % 997) / 10 + shift;
  features.color = ['red', 'green', 'blue'][i % 3];
  features.city = i % 50 === 0 ? null : `city-${i % 500}`;
  return {
    features,
    prediction: i % 4 === 0,
    label: i % 5 === 0,
    latencyMs: 10 + (i % 100),
    llm: {
      hallucination: i % 10 === 0,
      judgeScores: { faithfulness: 0.9 },
      promptTokens: 100,
      completionTokens: 20,
    },
    groups: { gender: i % 2 ? 'f' : 'm' },
    costUsd: 0.001,
  };
}

const HOUR = 3_600_000;

describe('modelProfile', () => {
  it('counts records, nulls, moments, categories, LLM signals and groups', () => {
    const records = Array.from({ length: 1000 }, (_, i) => record(i));
    const profile = profileRecords(records, 0);
    expect(profile.records).toBe(1000);
    expect(profile.features.city.nulls).toBe(20);
    expect(profile.features.color.categories.counts).toEqual({
      red: 334,
      green: 333,
      blue: 333,
    });
    const values = records.map(r => r.features.num_0 as number);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance =
      values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
    expect(profile.features.num_0.numeric.mean).toBeCloseTo(mean, 9);
    expect(numericVariance(profile.features.num_0.numeric)).toBeCloseTo(
      variance,
      6,
    );
    expect(profile.llm).toMatchObject({
      judged: 1000,
      hallucinations: 100,
      promptTokens: 100_000,
    });
    // labels are i % 5 === 0, decisions i % 4 === 0; m the even i, f the odd
    expect(profile.groups.gender).toEqual({
      f: {
        count: 500,
        positive: 0,
        labelled: {
          positive: 100,
          negative: 400,
          truePositive: 0,
          falsePositive: 0,
        },
      },
      m: {
        count: 500,
        positive: 250,
        labelled: {
          positive: 100,
          negative: 400,
          truePositive: 50,
          falsePositive: 200,
        },
      },
    });
    expect(profile.prediction.categories.counts).toEqual({
      true: 250,
      false: 750,
    });
    expect(profile.costUsd.sum).toBeCloseTo(1);
  });

  it('prices the token usage of records without a cost at the model’s token price', () => {
    const price = {
      inputPerMillion: 0.15,
      outputPerMillion: 0.6,
    };
    const profile = profileRecords(
      [
        { features: {}, llm: { promptTokens: 1000, completionTokens: 200 } },
        // its own cost wins over the price
        { features: {}, costUsd: 0.5, llm: { promptTokens: 1000 } },
        // no tokens, no cost: not counted as a costed request
        { features: {} },
      ],
      0,
      undefined,
      { tokenPrice: price },
    );
    expect(profile.costUsd.count).toBe(2);
    expect(profile.costUsd.sum).toBeCloseTo(
      (1000 * 0.15 + 200 * 0.6) / 1e6 + 0.5,
      12,
    );
  });

  it('merges hourly windows into the same moments and counts as one pass (Chan)', () => {
    const records = Array.from({ length: 3000 }, (_, i) => record(i));
    const whole = profileRecords(records, 0);
    const hours = [0, 1, 2].map(h =>
      profileRecords(records.slice(h * 1000, (h + 1) * 1000), h * HOUR),
    );
    const day = mergeAllModelProfiles(hours);
    expect(day.records).toBe(3000);
    expect(day.features.num_3.numeric.mean).toBeCloseTo(
      whole.features.num_3.numeric.mean,
      9,
    );
    expect(day.features.num_3.numeric.m2).toBeCloseTo(
      whole.features.num_3.numeric.m2,
      4,
    );
    expect(day.features.num_3.numeric.min).toBe(
      whole.features.num_3.numeric.min,
    );
    expect(day.features.color.categories.counts).toEqual(
      whole.features.color.categories.counts,
    );
    expect(day.features.num_3.reservoir.seen).toBe(3000);
    expect(day.firstTimestamp).toBe(0);
    expect(day.lastTimestamp).toBe(2 * HOUR);
  });

  it('stays under a fixed size whatever the traffic (100k records, 20 features)', () => {
    const profile = createModelProfile();
    for (let i = 0; i < 100_000; i++) addRecordToProfile(profile, record(i), i);
    const merged = mergeModelProfiles(profile, profileRecords([record(1)], 0));
    expect(merged.records).toBe(100_001);
    expect(JSON.stringify(merged).length).toBeLessThan(400_000);
    expect(Object.keys(merged.features.city.categories.counts)).toHaveLength(
      DEFAULT_PROFILE_LIMITS.maxCategories,
    );
    expect(merged.features.num_0.reservoir.values).toHaveLength(
      DEFAULT_PROFILE_LIMITS.reservoirSize,
    );
  });

  it('bounds the number of features', () => {
    const limits = { ...DEFAULT_PROFILE_LIMITS, maxFeatures: 2 };
    const profile = profileRecords(
      [{ features: { a: 1, b: 2, c: 3 } }],
      0,
      limits,
    );
    expect(Object.keys(profile.features)).toEqual(['a', 'b']);
    expect(profile.droppedFeatureValues).toBe(1);
  });

  it('counts the numbers of a feature declared categorical as categories', () => {
    const records = [0, 1, 2, 1, 1, true].map(region => ({
      features: { region, age: 30 },
    }));
    const profile = profileRecords(records, 0, DEFAULT_PROFILE_LIMITS, {
      categorical: new Set(['region']),
    });
    expect(profile.features.region.categories.counts).toEqual({
      '0': 1,
      '1': 3,
      '2': 1,
      true: 1,
    });
    expect(profile.features.region.numeric.count).toBe(0);
    expect(profile.features.region.reservoir.values).toEqual(
      expect.arrayContaining(['0', '1', '2', 'true']),
    );
    expect(profile.features.age.numeric.count).toBe(6);
  });

  it('folds the same records to the same profile (reproducible reservoirs)', () => {
    const records = Array.from({ length: 5000 }, (_, i) => record(i));
    expect(JSON.stringify(profileRecords(records, 0))).toBe(
      JSON.stringify(profileRecords(records, 0)),
    );
  });

  it('treats true, 1, probabilities ≥ 0.5 and "yes" as positive predictions', () => {
    expect([true, 1, 0.7, 'yes', 'Positive'].every(isPositivePrediction)).toBe(
      true,
    );
    expect([false, 0, 0.2, 3, 'no', null].some(isPositivePrediction)).toBe(
      false,
    );
  });

  it('compares current with reference on shared histogram bins', () => {
    const reference = profileRecords(
      Array.from({ length: 2000 }, (_, i) => record(i)),
      0,
    );
    const current = profileRecords(
      Array.from({ length: 2000 }, (_, i) => record(i, 50)),
      0,
    );
    const comparison = compareProfiles(current, reference);
    const num0 = comparison.features.find(f => f.name === 'num_0')!;
    expect(num0.kind).toBe('numerical');
    expect(num0.histogram.edges).toHaveLength(21);
    expect(num0.histogram.current.reduce((a, b) => a + b)).toBe(2000);
    expect(num0.histogram.reference.reduce((a, b) => a + b)).toBe(2000);
    // Shifted by +50 on a 0..100 range: the reference sits in the low bins, current in the high.
    expect(num0.histogram.reference.slice(15).reduce((a, b) => a + b)).toBe(0);
    expect(num0.histogram.current.slice(0, 5).reduce((a, b) => a + b)).toBe(0);
    const color = comparison.features.find(f => f.name === 'color')!;
    expect(color.kind).toBe('categorical');
    expect(color.histogram.labels).toHaveLength(3);
    expect(comparison.current.llm.hallucinationRate).toBeCloseTo(0.1);
    expect(comparison.current.latencyMs.p99).toBeGreaterThan(100);
  });
});

describe('keys that Object.prototype holds', () => {
  it('profiles features, categories and groups named __proto__, constructor or toString as data', () => {
    const records = Array.from({ length: 20 }, (_, i) => ({
      features: JSON.parse(
        `{"__proto__": ${i}, "constructor": "${
          i % 2 ? 'constructor' : '__proto__'
        }", "toString": ${i}}`,
      ),
      prediction: i % 2 === 0,
      groups: JSON.parse(
        `{"__proto__": "${i % 2 ? 'constructor' : 'hasOwnProperty'}"}`,
      ),
    }));
    const profile = profileRecords(records, 0);
    const merged = mergeModelProfiles(profile, profileRecords(records, 0));
    expect(Object.keys(merged.features).sort()).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
    expect(Object.getPrototypeOf(merged.features)).toBe(Object.prototype);
    expect(ownValue(merged.features, 'constructor')!.categories.counts).toEqual(
      // a literal `{ __proto__: 20 }` would set the prototype, not a key
      Object.fromEntries([
        ['constructor', 20],
        ['__proto__', 20],
      ]),
    );
    expect(Object.keys(merged.groups)).toEqual(['__proto__']);
    // nothing leaked onto every object of the process
    expect(({} as Record<string, unknown>).count).toBeUndefined();
    const roundTrip = JSON.parse(JSON.stringify(merged));
    expect(Object.keys(roundTrip.features)).toHaveLength(3);
    const summary = compareProfiles(roundTrip, profile);
    expect(summary.features.map(f => f.name)).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
    expect(
      summary.features.find(f => f.name === 'constructor')!.histogram.current,
    ).toEqual([20, 20]);
  });
});

describe('flat records', () => {
  const reading = {
    predictionField: 'churn_score',
    labelField: 'churned',
    hallucinationJudge: { field: 'faithfulness', threshold: 0.7 },
  };

  it('takes the declared columns as prediction and label, never as features', () => {
    const profile = profileRecords(
      [
        { features: { age: 30, churn_score: 0.9, churned: true } },
        // an explicit prediction wins over the column, which still is no feature
        {
          features: { age: 40, churn_score: 0.1, churned: false },
          prediction: 0.5,
        },
      ],
      0,
      DEFAULT_PROFILE_LIMITS,
      reading,
    );
    expect(Object.keys(profile.features)).toEqual(['age']);
    expect(profile.prediction.numeric.count).toBe(2);
    expect(profile.prediction.numeric.mean).toBeCloseTo(0.7);
    expect(profile.label.categories.counts).toEqual({ true: 1, false: 1 });
  });

  it('gives a record without a verdict one from the judge score, below the threshold a hallucination', () => {
    const profile = profileRecords(
      [0.2, 0.69, 0.7, 0.95].map(faithfulness => ({
        features: {},
        llm: { judgeScores: { faithfulness } },
      })),
      0,
      DEFAULT_PROFILE_LIMITS,
      reading,
    );
    expect(profile.llm).toMatchObject({ judged: 4, hallucinations: 2 });
    const explicit = profileRecords(
      [
        {
          features: {},
          llm: { hallucination: false, judgeScores: { faithfulness: 0.1 } },
        },
      ],
      0,
      DEFAULT_PROFILE_LIMITS,
      reading,
    );
    expect(explicit.llm).toMatchObject({ judged: 1, hallucinations: 0 });
  });

  it('counts group selection only for records that carry a decision', () => {
    const profile = profileRecords(
      [
        { features: {}, groups: { segment: 'a' }, prediction: 1 },
        { features: {}, groups: { segment: 'a' } },
        { features: {}, groups: { segment: 'a' }, prediction: null },
      ],
      0,
    );
    expect(profile.groups.segment.a).toEqual({ count: 1, positive: 1 });
  });

  it("counts each group's outcomes of the records with a binary label, and merges them", () => {
    const rows: Array<[unknown, unknown]> = [
      [1, 1], // true positive
      [0.8, 'yes'], // a probability above 0.5 is a positive decision
      [0, true], // false negative
      [1, 0], // false positive
      [false, 'negative'], // true negative
      [1, 'maybe'], // no binary label: counted, not labelled
      [1, 42.5], // a regression target is no outcome either
    ];
    const records: InferenceRecord[] = rows.map(([prediction, label]) => ({
      features: {},
      groups: { segment: 'a' },
      prediction: prediction as InferenceRecord['prediction'],
      label: label as InferenceRecord['label'],
    }));
    const profile = profileRecords(records, 0);
    expect(profile.groups.segment.a).toEqual({
      count: 7,
      positive: 5,
      labelled: { positive: 3, negative: 2, truePositive: 2, falsePositive: 1 },
    });
    const unlabelled = profileRecords(
      [{ features: {}, groups: { segment: 'a' }, prediction: 1 }],
      0,
    );
    expect(unlabelled.groups.segment.a.labelled).toBeUndefined();
    expect(mergeModelProfiles(profile, unlabelled).groups.segment.a).toEqual({
      count: 8,
      positive: 6,
      labelled: { positive: 3, negative: 2, truePositive: 2, falsePositive: 1 },
    });
    expect(
      mergeModelProfiles(profile, profile).groups.segment.a.labelled,
    ).toEqual({ positive: 6, negative: 4, truePositive: 4, falsePositive: 2 });
  });

  it("reads a flat record's label column as its outcome", () => {
    const profile = profileRecords(
      [{ features: { is_fraud: 1 }, groups: { segment: 'a' }, prediction: 0 }],
      0,
      DEFAULT_PROFILE_LIMITS,
      { categorical: new Set(), labelField: 'is_fraud' },
    );
    expect(profile.groups.segment.a.labelled).toEqual({
      positive: 1,
      negative: 0,
      truePositive: 0,
      falsePositive: 0,
    });
  });
});
