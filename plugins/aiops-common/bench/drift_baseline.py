"""SciPy/NumPy side of `yarn bench:drift`: times the same statistics on the same data.

Usage: /usr/bin/python3 drift_baseline.py <file of 2n float64> <n> <runs>
Prints one JSON object: {"scipy": ..., "numpy": ..., "ms": {...}, "values": {...}}.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance


def median_ms(fn, runs):
    fn()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return float(np.median(times))


def sturges_shares(ref, cur):
    # Evidently's numerical path of get_binned_data (its pandas nunique() > 20 check is
    # left out, which only makes this baseline faster).
    edges = np.histogram_bin_edges(np.concatenate([ref, cur]), bins='sturges')
    return (np.histogram(ref, edges)[0] / len(ref), np.histogram(cur, edges)[0] / len(cur))


def psi(ref, cur):
    r, c = sturges_shares(ref, cur)
    for p in (r, c):
        smallest = min(p[p != 0])
        np.place(p, p == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return float(np.sum((r - c) * np.log(r / c)))


def js(ref, cur):
    r, c = sturges_shares(ref, cur)
    return float(distance.jensenshannon(r, c))


def main():
    path, n, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    data = np.fromfile(path, dtype='<f8')
    ref, cur = data[:n], data[n:]
    cases = {
        'ks': lambda: stats.ks_2samp(ref, cur),
        'wasserstein': lambda: stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001),
        'psi': lambda: psi(ref, cur),
        'jensenshannon': lambda: js(ref, cur),
        'percentiles': lambda: np.percentile(cur, [50, 95, 99]),
    }
    ms = {name: median_ms(fn, runs) for name, fn in cases.items()}
    ks = stats.ks_2samp(ref, cur)
    values = {
        'ks': [float(ks.statistic), float(ks.pvalue)],
        'wasserstein': [float(cases['wasserstein']())],
        'psi': [psi(ref, cur)],
        'jensenshannon': [js(ref, cur)],
        'percentiles': [float(v) for v in cases['percentiles']()],
    }
    print(json.dumps({'scipy': scipy.__version__, 'numpy': np.__version__, 'ms': ms, 'values': values}))


if __name__ == '__main__':
    main()
