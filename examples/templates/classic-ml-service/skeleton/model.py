"""The model: a scaled logistic regression, saved with joblib."""
import joblib
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

MODEL_PATH = "model/model.joblib"


def fit(features, labels):
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    return model.fit(features, labels)


def save(model, path=MODEL_PATH):
    import os

    os.makedirs(os.path.dirname(path), exist_ok=True)
    joblib.dump(model, path)


def load(path=MODEL_PATH):
    return joblib.load(path)
