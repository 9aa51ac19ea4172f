"""The model's data: what train.py learns from and evaluate.py measures on.

As generated it synthesises a dataset (scikit-learn's make_classification, a fixed
seed) so that the tests, the evaluation and the CI run from the first commit. Replace
load_dataset with your data source, and keep FEATURES and GROUP_FIELD in step with
catalog-info.yaml: the portal's drift and bias checks read the same names.
"""
import numpy as np
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split

FEATURES = [f"feature_{i}" for i in range(1, 7)]
GROUP_FIELD = "${{ values.groupField }}"
SEED = 7


def load_dataset(rows=4000, seed=SEED):
    """Features (rows × FEATURES), labels (0/1) and each row's group."""
    features, labels = make_classification(
        n_samples=rows,
        n_features=len(FEATURES),
        n_informative=4,
        n_redundant=1,
        random_state=seed,
    )
    groups = np.random.default_rng(seed).choice(["group_a", "group_b"], size=rows)
    return features, labels, groups


def split(features, labels, groups, seed=SEED):
    """Three quarters to train on, a quarter held out for the evaluation."""
    return train_test_split(
        features, labels, groups, test_size=0.25, random_state=seed, stratify=labels
    )
