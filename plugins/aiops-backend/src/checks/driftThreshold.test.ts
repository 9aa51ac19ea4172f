import { driftThreshold } from './driftThreshold';

describe('driftThreshold', () => {
  const thresholds = { pValue: 0.01, distance: 0.2, psi: 0.25 };

  it.each([
    ['ks', 0.01],
    ['chisquare', 0.01],
    ['z', 0.01],
    ['wasserstein', 0.2],
    ['jensenshannon', 0.2],
    ['psi', 0.25],
  ] as const)(
    'gives %s the model threshold of its family',
    (test, expected) => {
      expect(driftThreshold(test, undefined, thresholds)).toBe(expected);
    },
  );

  it('prefers the feature threshold, and leaves the test default otherwise', () => {
    expect(driftThreshold('ks', 0.001, thresholds)).toBe(0.001);
    expect(driftThreshold('psi', undefined, {})).toBeUndefined();
  });
});
