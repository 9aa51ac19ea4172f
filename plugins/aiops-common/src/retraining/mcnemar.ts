import { InputError } from '@backstage/errors';
import { logGamma } from '../stats/incompleteGamma';

/** McNemar's exact test of two classifiers on the same examples. */
export interface McNemarResult {
  /** Examples only the champion got right. */
  championOnly: number;
  /** Examples only the challenger got right. */
  challengerOnly: number;
  /** min(championOnly, challengerOnly), as statsmodels reports it. */
  statistic: number;
  /** Two-sided exact p-value: 2·P(X ≤ statistic), X ~ Binomial(disagreements, ½), at most 1. */
  pValue: number;
}

/** log(e^a + e^b) without overflow. */
function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  const hi = Math.max(a, b);
  return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
}

/** P(X ≤ k) for X ~ Binomial(n, ½), summed in log space so n in the millions stays exact. */
function binomialHalfCdf(k: number, n: number): number {
  if (k >= n) return 1;
  const logChoose = (i: number) =>
    logGamma(n + 1) - logGamma(i + 1) - logGamma(n - i + 1);
  let log = -Infinity;
  for (let i = 0; i <= k; i++) log = logAddExp(log, logChoose(i));
  return Math.exp(log - n * Math.LN2);
}

/**
 * McNemar's exact test (statsmodels `mcnemar(table, exact=True)`): whether two
 * classifiers that disagree on some examples differ more than chance would make them.
 * `champion[i]` and `challenger[i]` say whether each model was right on example i.
 */
export function mcnemarExact(
  champion: ArrayLike<boolean>,
  challenger: ArrayLike<boolean>,
): McNemarResult {
  if (champion.length !== challenger.length) {
    throw new InputError(
      `McNemar's test needs the same examples for both models: ${champion.length} champion and ${challenger.length} challenger outcomes`,
    );
  }
  let championOnly = 0;
  let challengerOnly = 0;
  for (let i = 0; i < champion.length; i++) {
    if (champion[i] && !challenger[i]) championOnly++;
    else if (!champion[i] && challenger[i]) challengerOnly++;
  }
  const statistic = Math.min(championOnly, challengerOnly);
  const pValue = Math.min(
    1,
    2 * binomialHalfCdf(statistic, championOnly + challengerOnly),
  );
  return { championOnly, challengerOnly, statistic, pValue };
}
