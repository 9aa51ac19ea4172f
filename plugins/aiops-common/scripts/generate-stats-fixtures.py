#!/usr/bin/env python3
"""Writes the JSON fixtures that pin the drift statistics to SciPy/NumPy.

Run with the Debian interpreter (`/usr/bin/python3`, python3-scipy and python3-numpy)
through `yarn fixtures:stats`. The output is deterministic: samples come from a seeded
xorshift32 generator that src/stats/__fixtures__/generatedSample.ts reproduces bit for bit,
so large samples are stored as a recipe instead of as numbers.
The Evidently drift rules are restated here on plain Python lists (pandas is not needed).
"""
import json
import math
import os
import shutil
import subprocess
import sys

import numpy as np
import scipy
from scipy import special, stats
from scipy.spatial import distance
from scipy.stats._stats_py import _compute_prob_outside_square
from scipy.stats._stats_pythran import _compute_outer_prob_inside_method

OUT_DIR = os.path.join(os.path.dirname(__file__), '..', 'src', 'stats', '__fixtures__')
MASK = 0xFFFFFFFF


# ---------------------------------------------------------------- samples
def xorshift32(seed):
    state = seed & MASK or 1
    while True:
        state ^= (state << 13) & MASK
        state ^= state >> 17
        state ^= (state << 5) & MASK
        yield state


def generated(spec):
    """Irwin-Hall(4) values, shifted, scaled and optionally rounded: only + - * / floor,
    which are correctly rounded in IEEE 754, so TypeScript gets the same doubles."""
    rng = xorshift32(spec['seed'])
    scale, shift, decimals = spec['scale'], spec['shift'], spec.get('decimals')
    out = np.empty(spec['n'])
    for i in range(spec['n']):
        s = (next(rng) / 4294967296.0 + next(rng) / 4294967296.0) + (
            next(rng) / 4294967296.0 + next(rng) / 4294967296.0)
        v = (s - 2.0) * scale + shift
        if decimals is not None:
            p = 10.0 ** decimals
            v = math.floor(v * p + 0.5) / p
        out[i] = v
    return out


def decode(values):
    if isinstance(values, dict):
        return list(generated(values['generate']))
    return [float(v) if v in ('NaN', 'Infinity', '-Infinity') else v for v in values]


def is_missing(v):
    return v is None or (isinstance(v, float) and not math.isfinite(v))


def enc_label(v):
    """A label or decision for JSON: NaN as the string the TypeScript side decodes."""
    return 'NaN' if isinstance(v, float) and math.isnan(v) else v


def clean(values):
    return [v for v in decode(values) if not is_missing(v)]


def enc(x):
    """JSON has no NaN/Infinity: write them as strings."""
    if x is None:
        return None
    x = float(x)
    if math.isnan(x):
        return 'NaN'
    if math.isinf(x):
        return 'Infinity' if x > 0 else '-Infinity'
    return x


# ---------------------------------------------------------------- Evidently rules
DEFAULT_THRESHOLDS = {'ks': 0.05, 'chisquare': 0.05, 'z': 0.05,
                      'wasserstein': 0.1, 'psi': 0.1, 'jensenshannon': 0.1}


def default_test(ref, cur, feature_type):
    n_values = len(set(ref) | set(cur))
    if len(ref) <= 1000:
        if feature_type == 'numerical' and n_values > 5:
            return 'ks'
        return 'chisquare' if n_values > 2 else 'z'
    if feature_type == 'numerical' and n_values > 5:
        return 'wasserstein'
    return 'jensenshannon'


def counts(values):
    out = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def binned(ref, cur, feature_type, fill_zeroes):
    if feature_type == 'numerical' and len(set(ref)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([ref, cur]), bins='sturges')
        rp = np.histogram(ref, edges)[0] / len(ref)
        cp = np.histogram(cur, edges)[0] / len(cur)
    else:
        rc, cc = counts(ref), counts(cur)
        keys = list(set(rc) | set(cc))
        rp = np.array([rc.get(k, 0) for k in keys]) / len(ref)
        cp = np.array([cc.get(k, 0) for k in keys]) / len(cur)
    if fill_zeroes:
        for p in (rp, cp):
            smallest = min(p[p != 0])
            np.place(p, p == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return rp, cp


def run_test(test, ref, cur, feature_type):
    r, c = np.array(ref), np.array(cur)
    if test == 'ks':
        res = stats.ks_2samp(r, c)
        return float(res.statistic), float(res.pvalue)
    if test == 'wasserstein':
        norm = max(np.std(r), 0.001)
        return stats.wasserstein_distance(r, c) / norm, None
    if test == 'psi':
        rp, cp = binned(r if feature_type == 'numerical' else ref, c if feature_type == 'numerical' else cur,
                        feature_type, True)
        return float(np.sum((rp - cp) * np.log(rp / cp))), None
    if test == 'jensenshannon':
        rp, cp = binned(r if feature_type == 'numerical' else ref, c if feature_type == 'numerical' else cur,
                        feature_type, False)
        return float(distance.jensenshannon(rp, cp)), None
    if test == 'chisquare':
        rc, cc = counts(ref), counts(cur)
        keys = list(set(rc) | set(cc))
        k_norm = len(cur) / len(ref)
        with np.errstate(divide='ignore', invalid='ignore'):
            res = stats.chisquare([cc.get(k, 0) for k in keys], [rc.get(k, 0) * k_norm for k in keys])
        return float(res.statistic), float(res.pvalue)
    if test == 'z':
        key = sorted(set(ref) | set(cur))[0]
        a = [0 if x == key else 1 for x in ref]
        b = [0 if x == key else 1 for x in cur]
        n1, n2 = len(a), len(b)
        p1, p2 = float(sum(a)) / n1, float(sum(b)) / n2
        big_p = float(p1 * n1 + p2 * n2) / (n1 + n2)
        with np.errstate(divide='ignore', invalid='ignore'):
            z = np.float64(p1 - p2) / np.sqrt(big_p * (1 - big_p) * (1.0 / n1 + 1.0 / n2))
        return float(z), float(2 * (1 - stats.norm.cdf(np.abs(z))))
    raise ValueError(test)


def single_category(test, ref, cur):
    """Chi-square and z on one category over both sides: SciPy's chisquare has zero
    degrees of freedom (statistic 0, p NaN) and Evidently's z is 0 / 0 (NaN). JSON cannot
    carry NaN and there is nothing to detect, so the library answers statistic 0, p = 1
    (no drift) with a note; the fixture keeps SciPy's raw answer beside it."""
    return test in ('chisquare', 'z') and len(set(ref) | set(cur)) == 1


def drifted(test, statistic, p_value, threshold):
    if test == 'ks':
        return bool(p_value <= threshold)
    if test in ('chisquare', 'z'):
        return bool(p_value < threshold)
    return bool(statistic >= threshold)


def drift_case(name, reference, current, feature_type, test=None, threshold=None):
    ref, cur = clean(reference), clean(current)
    chosen = test or default_test(ref, cur, feature_type)
    t = DEFAULT_THRESHOLDS[chosen] if threshold is None else threshold
    statistic, p_value = run_test(chosen, ref, cur, feature_type)
    raw = None
    if single_category(chosen, ref, cur):
        raw = {'statistic': enc(statistic), 'pValue': enc(p_value)}
        statistic, p_value = 0.0, 1.0
    options = {'featureType': feature_type}
    if test:
        options['test'] = test
    if threshold is not None:
        options['threshold'] = threshold
    expected = {'test': chosen, 'statistic': enc(statistic), 'pValue': enc(p_value),
                'threshold': t, 'drift': drifted(chosen, statistic, p_value, t)}
    if raw is not None:
        expected['singleCategory'] = {'scipy': raw}
    return {'name': name, 'reference': reference, 'current': current, 'options': options,
            'expected': expected}


def gen(seed, n, shift=0.0, scale=1.0, decimals=None):
    spec = {'seed': seed, 'n': n, 'shift': shift, 'scale': scale}
    if decimals is not None:
        spec['decimals'] = decimals
    return {'generate': spec}


# ---------------------------------------------------------------- cases
def numeric_pairs():
    """(name, reference, current) pairs exercised by every numerical test."""
    return [
        ('identical', [1.0, 2.0, 3.0, 4.0, 5.0], [1.0, 2.0, 3.0, 4.0, 5.0]),
        ('n=1 each', [1.5], [2.5]),
        ('n=1 same value', [3.0], [3.0]),
        ('n=2 vs n=3', [0.1, 0.4], [0.2, 0.9, 1.7]),
        ('n=3 vs n=2', [1.0, 2.0, 3.0], [10.0, 11.0]),
        ('ties', [1, 1, 2, 2, 2, 3, 3, 4], [2, 2, 3, 3, 3, 3, 4, 5, 5]),
        ('constant reference', [7.0] * 12, [7.0] * 6 + [8.0] * 6),
        ('constant both', [4.0] * 10, [4.0] * 7),
        ('non-finite dropped', [1.0, 'NaN', 2.0, None, 3.0, 'Infinity', 4.0, '-Infinity', 5.0],
         [2.0, 3.0, 'NaN', 4.0, 6.0, 7.0]),
        ('negative and zero', [-3.2, -1.0, 0.0, 0.0, 2.5, 9.75], [-0.5, 0.0, 1.25, 3.5]),
        ('small shifted', gen(11, 40), gen(12, 35, shift=0.6)),
        ('small same', gen(13, 60), gen(14, 50)),
        ('rounded ties 200 vs 300', gen(15, 200, decimals=1), gen(16, 300, shift=0.1, decimals=1)),
        ('equal sizes 500', gen(17, 500), gen(18, 500, shift=0.15)),
        ('unequal 999 vs 1000', gen(19, 999, scale=2.0), gen(20, 1000, scale=2.2)),
        ('reference over 1000', gen(21, 1500), gen(22, 1200, shift=0.05)),
        ('wide values', gen(23, 800, shift=1e6, scale=1e5), gen(24, 700, shift=1.01e6, scale=1e5)),
        ('few distinct large', gen(25, 3000, scale=2.0, decimals=0), gen(26, 2500, scale=2.0, decimals=0)),
    ]


def ks_cases():
    return [
        ('exact equal n 2000 shifted', gen(31, 2000), gen(32, 2000, shift=0.08)),
        ('exact 3000 vs 5000', gen(33, 3000), gen(34, 5000, shift=0.03)),
        ('exact 10000 vs 9999', gen(35, 10000), gen(36, 9999, shift=0.02)),
        ('exact 10000 vs 10000 far', gen(37, 10000), gen(38, 10000, shift=1.0)),
        ('exact 1 vs 10000', [0.3], gen(39, 10000)),
        ('exact 7 vs 13', gen(40, 7), gen(41, 13, shift=1.5)),
        ('asymp 10001 vs 10001', gen(42, 10001), gen(43, 10001, shift=0.01)),
        ('asymp 12000 vs 15000 shifted', gen(44, 12000), gen(45, 15000, shift=0.05)),
        ('asymp 20000 vs 30 (small n)', gen(46, 20000), gen(47, 30, shift=0.3)),
        ('asymp 20000 vs 3', gen(48, 20000), [0.9, 1.1, 1.4]),
        ('asymp 15000 vs 120 far', gen(49, 15000), gen(50, 120, shift=0.9)),
        ('asymp 30000 vs 25000 far', gen(51, 30000), gen(52, 25000, shift=0.4)),
        ('asymp 30000 vs 25000 same', gen(53, 30000), gen(54, 25000)),
        ('asymp en over 1e5', gen(55, 250000), gen(56, 220000, shift=0.004)),
        ('asymp en over 1e5 large D', gen(57, 250000), gen(58, 220000, shift=0.02)),
        ('asymp rounded ties', gen(59, 40000, decimals=2), gen(60, 30000, shift=0.01, decimals=2)),
    ]


def categorical_pairs():
    return [
        ('identical', ['a', 'b', 'b', 'c'], ['a', 'b', 'b', 'c']),
        ('shifted mix', ['a'] * 50 + ['b'] * 30 + ['c'] * 20, ['a'] * 30 + ['b'] * 30 + ['c'] * 40),
        ('unseen category', ['a', 'a', 'b', 'b', 'b'], ['a', 'b', 'c', 'c']),
        ('vanished category', ['a', 'b', 'c', 'c', 'd'], ['a', 'a', 'b', 'c']),
        ('binary strings', ['yes'] * 40 + ['no'] * 60, ['yes'] * 55 + ['no'] * 45),
        ('binary numbers', [0] * 70 + [1] * 30, [0] * 62 + [1] * 38),
        ('booleans', [True] * 10 + [False] * 15, [True] * 14 + [False] * 9),
        ('single category', ['x'] * 5, ['x'] * 3),
        ('single category, one record each', ['x'], ['x']),
        ('single category after dropping missing', ['x', None, 'x', 'NaN'], [None, 'x', 'Infinity']),
        ('single number category', [0] * 40, [0] * 25),
        ('single boolean category', [True] * 12, [True] * 30),
        ('single category on one side only', ['a'] * 20, ['a'] * 15 + ['b'] * 5),
        ('single category on current only', ['a'] * 15 + ['b'] * 5, ['a'] * 20),
        ('single vs other', ['x'] * 5, ['y'] * 3),
        ('n=1 each', ['a'], ['b']),
        ('missing dropped', ['a', None, 'b', 'NaN', 'a', 'Infinity'], ['b', None, 'b', 'a']),
        ('many categories', [f'c{i % 7}' for i in range(300)], [f'c{(i * i) % 9}' for i in range(250)]),
        ('large reference', [f'k{i % 4}' for i in range(1200)] + ['k0'] * 300, [f'k{i % 5}' for i in range(900)]),
    ]


def build_drift():
    cases = []
    for name, ref, cur in numeric_pairs():
        cases.append(drift_case(f'numerical default: {name}', ref, cur, 'numerical'))
        for test in ('ks', 'wasserstein', 'psi', 'jensenshannon'):
            cases.append(drift_case(f'numerical {test}: {name}', ref, cur, 'numerical', test))
    for name, ref, cur in ks_cases():
        cases.append(drift_case(f'ks {name}', ref, cur, 'numerical', 'ks'))
    for name, ref, cur in categorical_pairs():
        cases.append(drift_case(f'categorical default: {name}', ref, cur, 'categorical'))
        for test in ('chisquare', 'z', 'psi', 'jensenshannon'):
            cases.append(drift_case(f'categorical {test}: {name}', ref, cur, 'categorical', test))
    cases.append(drift_case('numerical chisquare on binary', [0.0] * 30 + [1.0] * 10,
                            [0.0] * 20 + [1.0] * 20, 'numerical', 'chisquare'))
    cases.append(drift_case('numerical z on binary', [0.0] * 30 + [1.0] * 10,
                            [0.0] * 20 + [1.0] * 20, 'numerical', 'z'))
    cases.append(drift_case('custom threshold ks', gen(61, 300), gen(62, 300, shift=0.1),
                            'numerical', 'ks', 0.5))
    cases.append(drift_case('custom threshold psi', gen(63, 300), gen(64, 300, shift=0.1),
                            'numerical', 'psi', 0.01))
    cases.append(drift_case('psi sturges on 30000 (fill rule for tiny bins)', gen(65, 30000),
                            gen(66, 30000, shift=0.3), 'numerical', 'psi'))
    cases.append(drift_case('js sturges on 30000', gen(65, 30000), gen(66, 30000, shift=0.3),
                            'numerical', 'jensenshannon'))
    cases.append(drift_case('wasserstein 30000', gen(65, 30000), gen(66, 30000, shift=0.3),
                            'numerical', 'wasserstein'))
    return cases


def build_default_tests():
    out = []
    samples = [
        ('numerical', gen(71, 1000), gen(72, 10)),
        ('numerical', gen(73, 1001), gen(74, 10)),
        ('numerical', [1, 2, 3, 4, 5] * 10, [1, 2, 3] * 5),
        ('numerical', [1, 2, 3, 4, 5] * 10, [6] * 5),
        ('numerical', [0, 1] * 20, [0, 1]),
        ('numerical', [0, 1] * 20, [0, 2]),
        ('numerical', [0, 1, 2, 3, 4, 5] * 300, [0]),
        ('numerical', [0, 1, 2, 3, 4] * 300, [0]),
        ('categorical', ['a', 'b'] * 20, ['a']),
        ('categorical', ['a', 'b'] * 20, ['c']),
        ('categorical', ['a', 'b', 'c'] * 600, ['a']),
        ('categorical', ['a'] * 1001, ['a']),
        ('numerical', [1.0, 'NaN', None] * 400 + [2.0], [3.0]),
    ]
    for ft, ref, cur in samples:
        out.append({'reference': ref, 'current': cur, 'featureType': ft,
                    'expected': default_test(clean(ref), clean(cur), ft)})
    return out


def build_percentiles():
    out = []
    specs = [
        ([5.0], [0, 50, 100]),
        ([1.0, 2.0], [0, 25, 50, 75, 100]),
        ([3.0, 1.0, 2.0], [50, 95, 99]),
        ([1, 'NaN', 2, None, 3, 'Infinity', 4], [50, 95, 99]),
        ([0.1 * i for i in range(11)], [10, 33.3, 50, 66.6, 90, 99.9]),
        (gen(81, 1001), [50, 95, 99]),
        (gen(82, 1000, decimals=1), [0, 1, 12.5, 50, 87.5, 95, 99, 100]),
        (gen(83, 54321, scale=1e3), [50, 95, 99]),
        ([2.0] * 9, [50, 95, 99]),
    ]
    for values, q in specs:
        out.append({'values': values, 'q': q, 'expected': [float(v) for v in np.percentile(clean(values), q)]})
    return out


def build_fairness():
    nan = float('nan')
    cases = [
        (['a', 'a', 'b', 'b', 'b'], [1, 0, 1, 1, 0]),
        (['m', 'f', 'm', 'f', 'm', 'f', 'x'], [True, False, True, True, False, False, True]),
        # nobody selected: min / max is 0 / 0, so the ratio is undefined (null), no violation
        (['g1'] * 4 + ['g2'] * 4, [0] * 8),
        (['g1'] * 4 + ['g2'] * 4, [1, 1, 1, 1, 1, 0, 1, 1]),
        (['only'] * 3, [1, 0, 1]),
        (['only'] * 3, [0, 0, 0]),
        ([f'g{i % 3}' for i in range(90)], [1 if (i * 7) % 5 < 2 + i % 3 else 0 for i in range(90)]),
        # production rows lose fields: a missing group or prediction drops the row
        (['a', None, 'a', 'b', 'b', 'b', 'a'], [1, 1, 0, nan, 1, 0, None]),
        ([None, 'a', 'b', 'b', 'a'], [True, None, False, False, None]),
        (['a', 'a', 'b', 'b', nan, 'c'], [0, 0, 0, 0, 1, None]),
        ([1, 1, 2, 2, 2, nan], [1, 0, 1, 1, 1, 0]),
    ]
    out = []
    for groups, preds in cases:
        missing = np.array([is_missing(g) or is_missing(p) for g, p in zip(groups, preds)])
        keys = np.array([str(g) for g in groups], dtype=object)[~missing]
        selected = np.array([1.0 if p is True or p == 1 else 0.0 for p in preds])[~missing]
        rates = {str(k): float(np.mean(selected[keys == k])) for k in dict.fromkeys(keys)}
        hi, lo = max(rates.values()), min(rates.values())
        ratio = None if hi == 0 else lo / hi
        out.append({'groups': [enc_label(g) for g in groups], 'predictions': [enc_label(p) for p in preds],
                    'expected': {'selectionRates': rates, 'demographicParityDifference': hi - lo,
                                 'disparateImpactRatio': ratio,
                                 'fourFifthsViolation': ratio is not None and ratio < 0.8,
                                 'dropped': int(missing.sum())}})
    return out


def build_equalized_odds():
    """Equalized odds as Fairlearn defines it (equalized_odds_difference, between groups):
    the larger spread across groups of the true-positive rate and of the false-positive
    rate, each rate taken with NumPy over the group's actual positives or negatives."""
    nan = float('nan')
    rng = np.random.default_rng(20261204)
    big_groups = [['consumer', 'business', 'enterprise'][i] for i in rng.choice(3, 600, p=[0.6, 0.3, 0.1])]
    big_labels = [int(v) for v in rng.random(600) < 0.3]
    tpr = {'consumer': 0.9, 'business': 0.7, 'enterprise': 0.8}
    fpr = {'consumer': 0.05, 'business': 0.2, 'enterprise': 0.1}
    big_preds = [int(u < (tpr[g] if y else fpr[g])) for g, y, u in zip(big_groups, big_labels, rng.random(600))]
    cases = [
        (['a', 'a', 'a', 'b', 'b', 'b'], [1, 1, 0, 1, 0, 0], [1, 0, 0, 1, 1, 0]),
        # a perfect classifier: no spread at all
        (['a', 'a', 'b', 'b'], [1, 0, 1, 0], [1, 0, 1, 0]),
        # group c has no actual positive: no true-positive rate for it
        (['a', 'a', 'b', 'b', 'c', 'c'], [1, 0, 1, 0, 0, 0], [1, 1, 0, 0, 1, 0]),
        # no actual negative anywhere: only true-positive rates
        (['a', 'a', 'b', 'b'], [1, 1, 1, 1], [True, False, True, True]),
        # one group has negatives: a false-positive rate, but no spread of it
        (['a', 'a', 'b', 'b'], [1, 0, 1, 1], [1, 1, 0, 1]),
        # one group alone: rates, no spread
        (['only'] * 4, [1, 0, 1, 0], [1, 0, 0, 0]),
        # production rows lose fields: a missing group, label or prediction drops the row
        (['a', None, 'a', 'b', 'b', 'b', 'a'], [1, 1, 0, nan, 1, 0, None], [1, 1, 0, 1, 1, 1, 0]),
        ([1, 1, 2, 2, 2, nan], [True, False, True, False, False, True], [1, 1, 0, 0, 1, 1]),
        (big_groups, big_labels, big_preds),
    ]
    out = []
    for groups, labels, preds in cases:
        missing = np.array([is_missing(g) or is_missing(y) or is_missing(p)
                            for g, y, p in zip(groups, labels, preds)])
        keys = np.array([str(g) for g in groups], dtype=object)[~missing]
        y = np.array([1.0 if v is True or v == 1 else 0.0 for v in labels])[~missing]
        p = np.array([1.0 if v is True or v == 1 else 0.0 for v in preds])[~missing]
        tprs, fprs = {}, {}
        for k in dict.fromkeys(keys):
            in_group = keys == k
            if np.any(in_group & (y == 1)):
                tprs[str(k)] = float(np.mean(p[in_group & (y == 1)]))
            if np.any(in_group & (y == 0)):
                fprs[str(k)] = float(np.mean(p[in_group & (y == 0)]))
        # a spread needs two groups: one group's rate differs from nothing
        spread = lambda rates: float(np.ptp(list(rates.values()))) if len(rates) >= 2 else None
        t, f = spread(tprs), spread(fprs)
        expected = None if t is None and f is None else {
            'truePositiveRates': tprs, 'falsePositiveRates': fprs,
            'truePositiveRateDifference': t, 'falsePositiveRateDifference': f,
            'difference': max(t or 0.0, f or 0.0)}
        out.append({'groups': [enc_label(g) for g in groups], 'labels': [enc_label(v) for v in labels],
                    'predictions': [enc_label(v) for v in preds],
                    'expected': expected, 'dropped': int(missing.sum())})
    return out


def build_special():
    kolmogorov = []
    ns = [1, 2, 3, 5, 10, 40, 100, 140, 141, 500, 1000, 5000, 10000, 99999, 100000, 100001, 250000, 1000000]
    for n in ns:
        xs = {0.3 / n, 0.5 / n, 0.75 / n, 1.0 / n, 1.5 / n, 0.5, 0.6, 0.97, 1.0, 1 - 1.0 / n}
        for nx2 in (0.05, 0.2, 0.5, 0.75, 0.76, 1.0, 1.5, 2.19, 2.21, 3.0, 4.0, 4.1, 8.0, 17.9, 18.1, 60.0, 369.0, 371.0):
            xs.add(math.sqrt(nx2 / n))
        for x in sorted(xs):
            if 0 < x <= 1:
                kolmogorov.append([n, x, enc(stats.kstwo.sf(x, n))])
    smirnov = []
    for n in (1, 2, 5, 9, 10, 11, 50, 141, 1000, 20000, 500000, 1000001):
        for x in (0.001, 0.5 / n, 1.0 / n, 2.0 / n, 0.01, 0.05, 0.1, 0.2, 0.5, 0.7, 1 - 1.0 / n, 1 - 0.5 / n):
            if 0 <= x <= 1:
                smirnov.append([n, x, enc(special.smirnov(n, x))])
    gammaincc = []
    for a in (0.5, 1.0, 1.5, 2.0, 3.5, 10.0, 25.0, 50.0, 150.5, 199.5, 250.0, 1000.0, 5000.5):
        for r in (0.001, 0.1, 0.5, 0.9, 0.95, 1.0, 1.05, 1.2, 2.0, 5.0):
            x = a * r
            gammaincc.append([a, x, enc(special.gammaincc(a, x))])
        for x in (0.3, 0.6, 1.0, 30.0):
            gammaincc.append([a, x, enc(special.gammaincc(a, x))])
    ndtr = [[x, enc(special.ndtr(x))] for x in
            (-40.0, -10.0, -5.0, -2.5, -1.0, -0.7, -0.1, 0.0, 1e-8, 0.3, 0.70710678, 1.0, 1.5, 2.0, 3.0, 5.0, 8.0, 9.0, 12.0)]
    inside = []
    for m, n in ((5, 3), (10, 7), (100, 64), (300, 450), (1000, 999), (2000, 3000), (9999, 10000), (10000, 1)):
        g = math.gcd(m, n)
        lcm = m // g * n
        for frac in (0.02, 0.05, 0.1, 0.2, 0.5, 0.9):
            h = max(1, int(round(frac * lcm)))
            inside.append([m, n, h, enc(_compute_outer_prob_inside_method(m, n, g, h))])
    square = []
    for n in (1, 2, 10, 500, 10000):
        for h in sorted({1, max(1, n // 20), max(1, n // 4), n // 2 or 1, n}):
            square.append([n, h, enc(_compute_prob_outside_square(n, h))])
    return {'kstwoSf': kolmogorov, 'smirnov': smirnov, 'gammaincc': gammaincc, 'ndtr': ndtr,
            'outerProbInside': inside, 'probOutsideSquare': square}


def write(name, payload):
    path = os.path.join(OUT_DIR, name)
    with open(path, 'w') as f:
        json.dump({'generator': 'scripts/generate-stats-fixtures.py',
                   'scipy': scipy.__version__, 'numpy': np.__version__, 'cases': payload},
                  f, separators=(',', ':'), allow_nan=False)
        f.write('\n')
    print(f'wrote {path} ({os.path.getsize(path)} bytes)', file=sys.stderr)


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    names = ['drift.json', 'default-test.json', 'percentiles.json', 'fairness.json',
             'equalized-odds.json', 'special-functions.json']
    builders = [build_drift, build_default_tests, build_percentiles, build_fairness,
                build_equalized_odds, build_special]
    for name, build in zip(names, builders):
        write(name, build())
    # The repository is prettier-formatted; `yarn fixtures:stats` puts prettier on PATH.
    prettier = shutil.which('prettier')
    if prettier:
        subprocess.run([prettier, '--write', *[os.path.join(OUT_DIR, n) for n in names]], check=True)
    else:
        print('prettier not found: run `yarn prettier --write` on the fixtures', file=sys.stderr)


if __name__ == '__main__':
    main()
