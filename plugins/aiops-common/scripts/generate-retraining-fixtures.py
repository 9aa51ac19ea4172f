#!/usr/bin/env python3
"""Writes the JSON fixtures that pin the champion/challenger statistics to SciPy,
statsmodels and NumPy.

Run with the Debian interpreter (`/usr/bin/python3`, python3-scipy, python3-statsmodels)
through `yarn fixtures:retraining`. Scores come from the seeded xorshift32 generator of
generate-stats-fixtures.py (reproduced bit for bit in TypeScript), and the bootstrap's
resample indices from the same generator, so NumPy's percentiles of exactly the same
resampled means are the reference; SciPy's own paired percentile bootstrap (other random
resamples) is kept beside them as a check of the method, to a looser tolerance.
"""
import importlib.util
import json
import math
import os
import shutil
import subprocess
import sys

import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, '..', 'src', 'retraining', '__fixtures__', 'validation.json')

_spec = importlib.util.spec_from_file_location(
    'stats_fixtures', os.path.join(HERE, 'generate-stats-fixtures.py'))
_stats = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_stats)
generated, xorshift32 = _stats.generated, _stats.xorshift32


def build_mcnemar():
    # (both right, only champion right, only challenger right, both wrong)
    tables = [(10, 0, 0, 5), (3, 1, 0, 2), (50, 5, 5, 40), (70, 3, 12, 15),
              (500, 40, 60, 100), (9000, 1000, 1100, 400), (1, 25000, 24500, 1)]
    cases = []
    for both, champion_only, challenger_only, neither in tables:
        # statsmodels' table: rows champion right/wrong, columns challenger right/wrong
        result = mcnemar([[both, champion_only], [challenger_only, neither]], exact=True)
        cases.append({'both': both, 'championOnly': champion_only,
                      'challengerOnly': challenger_only, 'neither': neither,
                      'statistic': float(result.statistic), 'pValue': float(result.pvalue)})
    return cases


def bootstrap_reference(champion, challenger, resamples, confidence, seed):
    n = len(champion)
    differences = [float(b) - float(a) for a, b in zip(champion, challenger)]
    rng = xorshift32(seed)
    means = np.empty(resamples)
    for r in range(resamples):
        total = 0.0
        for _ in range(n):
            total += differences[math.floor((next(rng) / 4294967296.0) * n)]
        means[r] = total / n
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    scipy_ci = stats.bootstrap(
        (np.asarray(champion), np.asarray(challenger)),
        lambda a, b, axis=-1: np.mean(b - a, axis=axis),
        paired=True, vectorized=True, n_resamples=20000, confidence_level=confidence,
        method='percentile', random_state=np.random.default_rng(7)).confidence_interval
    total = 0.0
    for d in differences:
        total += d
    return {'meanDifference': total / n, 'low': float(low), 'high': float(high),
            'scipyLow': float(scipy_ci.low), 'scipyHigh': float(scipy_ci.high)}


def build_bootstrap():
    cases = []
    for n, gain, resamples, confidence, seed in [(200, 0.02, 2000, 0.95, 1),
                                                 (500, 0.0, 2000, 0.9, 42),
                                                 (1000, -0.01, 1000, 0.99, 7)]:
        champion_spec = {'seed': 11 + n, 'n': n, 'shift': 0.7, 'scale': 0.1}
        challenger_spec = {'seed': 13 + n, 'n': n, 'shift': 0.7 + gain, 'scale': 0.1}
        champion = generated(champion_spec)
        challenger = generated(challenger_spec)
        cases.append({'champion': {'generate': champion_spec},
                      'challenger': {'generate': challenger_spec},
                      'resamples': resamples, 'confidence': confidence, 'seed': seed,
                      **bootstrap_reference(champion, challenger, resamples, confidence, seed)})
    return cases


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        json.dump({'generator': 'scripts/generate-retraining-fixtures.py',
                   'scipy': scipy.__version__, 'statsmodels': statsmodels.__version__,
                   'numpy': np.__version__,
                   'cases': {'mcnemar': build_mcnemar(), 'bootstrap': build_bootstrap()}},
                  f, separators=(',', ':'), allow_nan=False)
        f.write('\n')
    print(f'wrote {OUT}', file=sys.stderr)
    prettier = shutil.which('prettier')
    if prettier:
        subprocess.run([prettier, '--write', OUT], check=True)


if __name__ == '__main__':
    main()
