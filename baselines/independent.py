"""Independent baselines (scikit-learn): one estimator per target.

Each target gets its own estimator, tuned by cross-validation on the training
split (grid from the model's config). Dependent knobs are trained only on the
samples where their switch is on. Input: flattened features ``[n, frames * coeffs]``.

    * ``naive``: the training mean (knobs) / the most frequent label (switches);
    * ``knn``: k-nearest neighbours on standardised features, k from the grid;
    * ``tree``: decision / regression tree, max depth from the grid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.dummy import DummyClassifier, DummyRegressor
from sklearn.model_selection import GridSearchCV, KFold, StratifiedKFold
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

from .targets import TargetLayout


def _estimator(kind: str, regression: bool, seed: int) -> BaseEstimator:
    """The untuned estimator of one target."""
    if kind == "naive":
        return DummyRegressor(strategy="mean") if regression else DummyClassifier(strategy="most_frequent")
    if kind == "knn":
        return make_pipeline(StandardScaler(),
                             KNeighborsRegressor() if regression else KNeighborsClassifier())
    if kind == "tree":
        return (DecisionTreeRegressor(random_state=seed) if regression
                else DecisionTreeClassifier(random_state=seed))
    raise ValueError(f"unknown independent model {kind!r}")


@dataclass
class IndependentModel:
    """One fitted estimator per target, with the chosen hyper-parameters."""

    layout: TargetLayout
    knob_models: list[Any]
    switch_models: list[Any]
    chosen: dict[str, Any]

    def predict(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(knob predictions ``[n, K]`` 0-10, switch indices ``[n, S]``)."""
        n = len(x)
        knobs = np.stack([m.predict(x) for m in self.knob_models], 1) if self.knob_models \
            else np.zeros((n, 0))
        switches = np.stack([m.predict(x) for m in self.switch_models], 1).astype(np.int64) \
            if self.switch_models else np.zeros((n, 0), np.int64)
        return knobs, switches


def fit_independent(kind: str, layout: TargetLayout, x: np.ndarray, y_knob: np.ndarray,
                    y_switch: np.ndarray, mask: np.ndarray, grid: list[int] | None = None,
                    folds: int = 3, seed: int = 0, progress: Any = None) -> IndependentModel:
    """Fit ``kind`` (naive / knn / tree) per target on ``x [n, d]``.

    Args:
        grid: values of the tuned hyper-parameter (k, or max depth).
        folds: cross-validation folds on the training split.
        progress: optional tqdm bar advanced once per target.
    """
    knob_models, switch_models, chosen = [], [], {}
    for j, name in enumerate(layout.knobs):
        rows = mask[:, j]
        knob_models.append(_fit_one(kind, True, x[rows], y_knob[rows, j], grid, folds, seed))
        chosen[name] = getattr(knob_models[-1], "chosen", None)
        if progress is not None:
            progress.update(1)
    for j, name in enumerate(layout.switches):
        switch_models.append(_fit_one(kind, False, x, y_switch[:, j], grid, folds, seed))
        chosen[name] = getattr(switch_models[-1], "chosen", None)
        if progress is not None:
            progress.update(1)
    return IndependentModel(layout, knob_models, switch_models, chosen)


def _fit_one(kind: str, regression: bool, x: np.ndarray, y: np.ndarray, grid: list[int] | None,
             folds: int, seed: int) -> Any:
    """One target's estimator, its hyper-parameter tuned by ``folds``-fold CV."""
    est = _estimator(kind, regression, seed)
    if len(y) == 0:  # never active in training: predict the middle of the scale
        est = DummyRegressor(strategy="constant", constant=5.0) if regression else est
        est.fit(np.zeros((1, x.shape[1])), [5.0] if regression else [0])
        est.chosen = None
        return est
    if len(np.unique(y)) < 2 or kind == "naive" or not grid:
        est.fit(x, y)
        est.chosen = None
        return est
    cv = _folds(regression, y, folds)
    if kind == "tree":
        best = _tree_depth_cv(x, y, regression, sorted(grid), cv, seed)
        est.set_params(max_depth=best)
        est.fit(x, y)
        est.chosen = best
        return est
    key = f"{est.steps[-1][0]}__n_neighbors"  # the pipeline's kNN step
    limit = len(y) - -(-len(y) // cv.get_n_splits())  # k cannot exceed the training fold
    values = [v for v in grid if v <= limit] or [1]
    scoring = "neg_mean_absolute_error" if regression else "accuracy"
    search = GridSearchCV(est, {key: values}, scoring=scoring, cv=cv, n_jobs=1)
    search.fit(x, y)
    best_est = search.best_estimator_
    best_est.chosen = search.best_params_[key]
    return best_est


def _folds(regression: bool, y: np.ndarray, folds: int) -> Any:
    if regression:
        return KFold(min(folds, len(y)))
    counts = np.bincount(y)
    smallest = counts[counts > 0].min()
    if smallest >= 2:
        return StratifiedKFold(max(2, min(folds, smallest)))
    return KFold(min(folds, len(y)))


def _tree_depth_cv(x: np.ndarray, y: np.ndarray, regression: bool, depths: list[int], cv: Any,
                   seed: int) -> int:
    """Best ``max_depth`` in ``depths`` by CV, growing one tree per fold.

    A tree grown to the largest depth contains every shallower tree (the
    greedy splits of a node do not depend on ``max_depth``), so the
    prediction of depth ``d`` is the value of the deepest node at depth
    <= ``d`` on each sample's path: one fit per fold instead of one per depth.
    Ties go to the shallower tree.
    """
    scores = np.zeros(len(depths))
    for train, test in cv.split(x, y):
        cls = DecisionTreeRegressor if regression else DecisionTreeClassifier
        tree = cls(max_depth=max(depths), random_state=seed).fit(x[train], y[train])
        t = tree.tree_
        node_depth = np.zeros(t.node_count, np.int64)
        for node in range(t.node_count):  # children come after their parent
            for child in (t.children_left[node], t.children_right[node]):
                if child >= 0:
                    node_depth[child] = node_depth[node] + 1
        value = t.value[:, 0, 0] if regression else tree.classes_[t.value[:, 0, :].argmax(1)]
        path = tree.decision_path(x[test]).tocsr()
        for k, d in enumerate(depths):
            pred = np.empty(len(test), dtype=value.dtype)
            for r in range(len(test)):
                nodes = path.indices[path.indptr[r]:path.indptr[r + 1]]
                nodes = nodes[node_depth[nodes] <= d]
                pred[r] = value[nodes[np.argmax(node_depth[nodes])]]
            scores[k] += (-np.abs(pred - y[test]).mean() if regression
                          else (pred == y[test]).mean())
    return depths[int(np.argmax(scores))]  # argmax takes the first (shallowest) of ties
