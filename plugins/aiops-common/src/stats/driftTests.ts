import { binnedShares, categoryShares } from './binnedShares';
import { CategoryCounts, totalOf } from './categoryCounts';
import { Category } from './cleanSample';
import { chiSquareFromCounts, chiSquareTest } from './chiSquareTest';
import { jensenShannonDistance } from './jensenShannon';
import { ksTwoSample } from './ksTwoSample';
import { populationStabilityIndex } from './psi';
import { DriftTestName, FeatureType } from './types';
import { normedWasserstein } from './wasserstein';
import { zTest, zTestFromCounts } from './zTest';

/** What a test measured; `note` when the data left it nothing to measure. */
export interface TestOutcome {
  statistic: number;
  pValue?: number;
  note?: string;
}

/** How one drift test runs and decides, with Evidently's defaults. */
export interface DriftTestDefinition {
  /** Hypothesis tests decide on the p-value, distances on the statistic. */
  decidesOn: 'pValue' | 'statistic';
  defaultThreshold: number;
  /** Drift when the decisive number is on this side of the threshold. */
  isDrift(value: number, threshold: number): boolean;
  /** Tests on ordered values take sorted Float64Arrays and refuse categorical data. */
  needsSortedNumbers: boolean;
  run(
    reference: ArrayLike<Category>,
    current: ArrayLike<Category>,
    featureType: FeatureType,
  ): TestOutcome;
  /**
   * The same test on counts per value (one bin per value), for tests that need no
   * order; absent for KS and Wasserstein.
   */
  runOnCounts?(counts: CategoryCounts): TestOutcome;
}

const sharesOf = (counts: CategoryCounts) =>
  categoryShares(counts, totalOf(counts.reference), totalOf(counts.current));

const atMost = (value: number, threshold: number) => value <= threshold;
const below = (value: number, threshold: number) => value < threshold;
const atLeast = (value: number, threshold: number) => value >= threshold;

/** The supported tests by name. */
export const DRIFT_TESTS: Record<DriftTestName, DriftTestDefinition> = {
  ks: {
    decidesOn: 'pValue',
    defaultThreshold: 0.05,
    isDrift: atMost,
    needsSortedNumbers: true,
    run: (r, c) => ksTwoSample(r as Float64Array, c as Float64Array),
  },
  wasserstein: {
    decidesOn: 'statistic',
    defaultThreshold: 0.1,
    isDrift: atLeast,
    needsSortedNumbers: true,
    run: (r, c) => ({
      statistic: normedWasserstein(r as Float64Array, c as Float64Array),
    }),
  },
  psi: {
    decidesOn: 'statistic',
    defaultThreshold: 0.1,
    isDrift: atLeast,
    needsSortedNumbers: false,
    run: (r, c, featureType) => ({
      statistic: populationStabilityIndex(binnedShares(r, c, featureType)),
    }),
    runOnCounts: counts => ({
      statistic: populationStabilityIndex(sharesOf(counts)),
    }),
  },
  jensenshannon: {
    decidesOn: 'statistic',
    defaultThreshold: 0.1,
    isDrift: atLeast,
    needsSortedNumbers: false,
    run: (r, c, featureType) => ({
      statistic: jensenShannonDistance(binnedShares(r, c, featureType)),
    }),
    runOnCounts: counts => ({
      statistic: jensenShannonDistance(sharesOf(counts)),
    }),
  },
  chisquare: {
    decidesOn: 'pValue',
    defaultThreshold: 0.05,
    isDrift: below,
    needsSortedNumbers: false,
    run: chiSquareTest,
    runOnCounts: chiSquareFromCounts,
  },
  z: {
    decidesOn: 'pValue',
    defaultThreshold: 0.05,
    isDrift: below,
    needsSortedNumbers: false,
    run: zTest,
    runOnCounts: zTestFromCounts,
  },
};
