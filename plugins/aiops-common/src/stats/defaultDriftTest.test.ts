import { defaultDriftTest } from './defaultDriftTest';
import {
  FixtureSample,
  decodeSample,
  loadFixture,
} from './__fixtures__/fixtures';
import { FeatureType } from './types';

interface DefaultCase {
  reference: FixtureSample;
  current: FixtureSample;
  featureType: FeatureType;
  expected: string;
}

describe('defaultDriftTest', () => {
  const cases = loadFixture<DefaultCase[]>('default-test.json');

  it.each(cases.map((c, i) => [i, c.featureType, c.expected, c] as const))(
    'case %i (%s) picks %s like Evidently',
    (_i, _type, expected, c) => {
      expect(
        defaultDriftTest(
          decodeSample(c.reference),
          decodeSample(c.current),
          c.featureType,
        ),
      ).toBe(expected);
    },
  );
});
