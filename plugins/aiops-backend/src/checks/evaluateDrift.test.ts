import {
  DriftTestName,
  profileRecords,
} from '@unified-aiops/plugin-aiops-common';
import { syntheticRecords } from '../__testUtils__/testBackend';
import { evaluateDrift } from './evaluateDrift';

const features = [
  { name: 'age', kind: 'numerical' as const },
  { name: 'plan', kind: 'categorical' as const },
];

function evaluate(
  referenceCount: number,
  currentCount: number,
  options: { shift?: number; pinned?: Record<string, DriftTestName> } = {},
) {
  return evaluateDrift({
    reference: profileRecords(
      syntheticRecords(referenceCount, { seed: 3 }),
      Date.now(),
    ),
    current: profileRecords(
      syntheticRecords(currentCount, { seed: 5, shift: options.shift }),
      Date.now(),
    ),
    features: features.map(f => ({ ...f, test: options.pinned?.[f.name] })),
    datasetDriftShare: 0.5,
  });
}

describe('evaluateDrift: which test, on what', () => {
  it('uses the profile for a large reference: normed Wasserstein and Jensen–Shannon on every value', () => {
    const result = evaluate(5000, 2000);
    const [age, plan] = result.features;
    expect(age).toMatchObject({
      test: 'wasserstein',
      method: 'profile',
      sampleSizes: { reference: 5000, current: 2000 },
      population: { reference: 5000, current: 2000 },
      sampled: false,
      decision: 'ok',
    });
    expect(plan).toMatchObject({
      test: 'jensenshannon',
      method: 'profile',
      sampleSizes: { reference: 5000, current: 2000 },
      decision: 'ok',
    });
    expect(result.status).toBe('ok');
  });

  it('finds a shift from the profile', () => {
    const result = evaluate(5000, 2000, { shift: 5 });
    expect(result.features[0]).toMatchObject({
      method: 'profile',
      decision: 'drift',
    });
  });

  it('keeps KS on the reservoir when the reference is small, and says it sampled', () => {
    const [age, plan] = evaluate(800, 2000).features;
    expect(age).toMatchObject({
      test: 'ks',
      method: 'reservoir',
      sampleSizes: { reference: 500, current: 500 },
      population: { reference: 800, current: 2000 },
      sampled: true,
    });
    // Two categories, small reference: the z-test, from the exact counts.
    expect(plan).toMatchObject({
      test: 'z',
      method: 'profile',
      sampleSizes: { reference: 800, current: 2000 },
    });
  });

  it('keeps a pinned KS on the reservoir even for a large reference', () => {
    const [age] = evaluate(5000, 2000, { pinned: { age: 'ks' } }).features;
    expect(age).toMatchObject({
      test: 'ks',
      method: 'reservoir',
      sampleSizes: { reference: 500, current: 500 },
      sampled: true,
    });
  });

  it('tests every value on the reservoir while the windows fit in it', () => {
    const [age] = evaluate(300, 200).features;
    expect(age).toMatchObject({
      test: 'ks',
      method: 'reservoir',
      sampleSizes: { reference: 300, current: 200 },
      sampled: false,
    });
  });
});

describe('evaluateDrift: a distribution too narrow for the sketch', () => {
  // embedding norms near 1 ± 0.02: the sketch's 2% buckets are wider than the spread
  function norms(count: number, seed: number) {
    let state = seed;
    const uniform = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return (state + 0.5) / 2147483648;
    };
    return Array.from({ length: count }, () => {
      const gauss =
        Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
      return { features: { norm: 1 + 0.02 * gauss } };
    });
  }
  const evaluateNorms = (shift = 0) =>
    evaluateDrift({
      reference: profileRecords(norms(3000, 7), Date.now()),
      current: profileRecords(
        norms(3000, 11).map(r => ({
          features: { norm: r.features.norm + shift },
        })),
        Date.now(),
      ),
      features: [{ name: 'norm', kind: 'numerical' }],
      datasetDriftShare: 0.5,
    });

  it('tests it with KS on the reservoirs instead of a distance read from the sketch, and says why', () => {
    const [norm] = evaluateNorms().features;
    expect(norm).toMatchObject({
      test: 'ks',
      method: 'reservoir',
      sampled: true,
      decision: 'ok',
    });
    expect(norm.note).toMatch(/sketch cannot resolve/);
  });

  it('still finds a real shift', () => {
    expect(evaluateNorms(0.01).features[0]).toMatchObject({
      test: 'ks',
      decision: 'drift',
    });
  });
});

describe('evaluateDrift: categorical features coded as numbers', () => {
  /** Region codes 0/1/2 with the given shares, as numbers. */
  function regionRecords(count: number, shares: [number, number, number]) {
    return Array.from({ length: count }, (_, i) => {
      const u = (i + 0.5) / count;
      let region = 2;
      if (u < shares[0] + shares[1]) region = u < shares[0] ? 0 : 1;
      return { features: { region } };
    });
  }
  const declared = new Set(['region']);
  const evaluateRegions = (current: [number, number, number]) =>
    evaluateDrift({
      reference: profileRecords(
        regionRecords(600, [0.5, 0.3, 0.2]),
        Date.now(),
        undefined,
        { categorical: declared },
      ),
      current: profileRecords(
        regionRecords(600, current),
        Date.now(),
        undefined,
        { categorical: declared },
      ),
      features: [{ name: 'region', kind: 'categorical' }],
      datasetDriftShare: 0.5,
    });

  it('tests them as categories', () => {
    const [region] = evaluateRegions([0.5, 0.3, 0.2]).features;
    expect(region).toMatchObject({
      kind: 'categorical',
      decision: 'ok',
      test: 'chisquare',
      population: { reference: 600, current: 600 },
    });
  });

  it('finds a shift between the codes', () => {
    const result = evaluateRegions([0.2, 0.3, 0.5]);
    expect(result.features[0]).toMatchObject({
      test: 'chisquare',
      decision: 'drift',
    });
    expect(result.status).toBe('drift');
  });
});

describe('evaluateDrift: a single category on both sides', () => {
  const onePlan = (count: number) =>
    Array.from({ length: count }, () => ({ features: { plan: 'basic' } }));
  const evaluatePlans = (
    referenceCount: number,
    currentCount: number,
    test?: DriftTestName,
  ) =>
    evaluateDrift({
      reference: profileRecords(onePlan(referenceCount), Date.now()),
      current: profileRecords(onePlan(currentCount), Date.now()),
      features: [{ name: 'plan', kind: 'categorical', test }],
      datasetDriftShare: 0.5,
    });

  it.each([
    [
      'chisquare',
      300,
      200,
      'reservoir',
      /chi-square has no degrees of freedom/,
    ],
    ['chisquare', 800, 2000, 'profile', /chi-square has no degrees of freedom/],
    ['z', 300, 200, 'reservoir', /z-test has no proportion to compare/],
    ['z', 800, 2000, 'profile', /z-test has no proportion to compare/],
  ] as const)(
    '%s on %i vs %i records (%s): no drift, and the feature says why',
    (test, referenceCount, currentCount, method, why) => {
      const result = evaluatePlans(referenceCount, currentCount, test);
      const [plan] = result.features;
      expect(plan).toMatchObject({
        test,
        method,
        decision: 'ok',
        statistic: 0,
        pValue: 1,
      });
      expect(plan.note).toMatch(/^a single category on both sides: /);
      expect(plan.note).toMatch(why);
      expect(result.status).toBe('ok');
    },
  );

  it('notes it on the default test too', () => {
    const [plan] = evaluatePlans(300, 200).features;
    expect(plan).toMatchObject({ test: 'z', decision: 'ok' });
    expect(plan.note).toMatch(/single category on both sides/);
  });
});

describe('evaluateDrift: text features', () => {
  it('says which text features it does not test instead of dropping them silently', () => {
    const result = evaluateDrift({
      reference: profileRecords(syntheticRecords(600, { seed: 3 }), Date.now()),
      current: profileRecords(syntheticRecords(600, { seed: 5 }), Date.now()),
      features: [...features, { name: 'question', kind: 'text' }],
      datasetDriftShare: 0.5,
    });
    expect(result.features.map(f => f.name)).toEqual(['age', 'plan']);
    expect(result.reason).toMatch(
      /text features are not tested for drift: question$/,
    );
  });
});

describe('evaluateDrift: a test that cannot run', () => {
  it('reports that feature untested with the reason and checks the others', () => {
    // Entities validated before the schema refused it may still pin KS on a categorical feature.
    const result = evaluate(300, 200, { pinned: { plan: 'ks' }, shift: 10 });
    const [age, plan] = result.features;
    expect(age).toMatchObject({ test: 'ks', decision: 'drift' });
    expect(plan).toMatchObject({
      name: 'plan',
      decision: 'no-data',
      statistic: null,
      error: "The 'ks' test needs a numerical feature",
    });
    expect(result.status).toBe('drift');
    expect(result.reason).toContain(
      "not tested: plan (The 'ks' test needs a numerical feature)",
    );
  });
});

describe('evaluateDrift: the model thresholds per test family', () => {
  const shifted = (thresholds: object, ageThreshold?: number) =>
    evaluateDrift({
      reference: profileRecords(syntheticRecords(5000, { seed: 3 }), 0),
      current: profileRecords(syntheticRecords(2000, { seed: 5, shift: 5 }), 0),
      features: [
        { name: 'age', kind: 'numerical', threshold: ageThreshold },
        { name: 'plan', kind: 'categorical' },
      ],
      datasetDriftShare: 0.5,
      thresholds,
    }).features;

  it('applies thresholds.distance to Wasserstein and Jensen–Shannon', () => {
    const [age, plan] = shifted({ distance: 0.9 });
    expect(age).toMatchObject({
      test: 'wasserstein',
      threshold: 0.9,
      decision: 'ok',
    });
    expect(plan).toMatchObject({ test: 'jensenshannon', threshold: 0.9 });
  });

  it('lets the feature threshold win over the model one', () => {
    const [age] = shifted({ distance: 0.9 }, 0.1);
    expect(age).toMatchObject({ threshold: 0.1, decision: 'drift' });
  });

  it('applies thresholds.pValue to the p-value tests', () => {
    const [age] = evaluateDrift({
      reference: profileRecords(syntheticRecords(300, { seed: 3 }), 0),
      current: profileRecords(syntheticRecords(300, { seed: 5 }), 0),
      features: [{ name: 'age', kind: 'numerical' }],
      datasetDriftShare: 0.5,
      thresholds: { pValue: 0.999 },
    }).features;
    expect(age).toMatchObject({ test: 'ks', threshold: 0.999 });
  });
});
