"""Saved models: a trained baseline in a folder, loaded offline by ``baselines.match``.

``python -m baselines.run ... --save DIR`` writes::

    DIR/model.json     the manifest (below)
    DIR/model.ckpt     joint networks: a Lightning checkpoint (weights only; ``state_dict``
                       keys ``net.*``), read back with ``torch.load(weights_only=True)``
    DIR/model.skops    independent models: the scikit-learn estimators, one per target
                       (skops format; only scikit-learn and numpy types are loaded)

The manifest (``format`` ``secret-sauce/model``, ``format_version`` 1) holds the
model name and kind, its config and topology, the feature settings and their
fingerprint (:func:`benchmark.features.feature_fingerprint`), the instrument
declaration and its fingerprint (:func:`generators.dataset.fingerprint.instrument_fingerprint`:
declaration, DSP or plug-in digest, audio-relevant package versions), the dataset
it was trained on and the package versions. :func:`load_model` refuses, with
one line, a folder that is not a saved model, a newer format, or a model whose
instrument or feature fingerprint is not what the installed software gives.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime, UTC
from pathlib import Path
from typing import Any
from collections.abc import Callable, Mapping

import numpy as np

from benchmark.errors import BenchmarkError
from benchmark.features import Extractor, FeatureSettings, feature_fingerprint
from generators.core.atomic import write_dir_atomic
from generators.core.reading import ReadError, brief, read_json
from generators.model.declaration import Instrument
from generators.dataset.fingerprint import AUDIO_VERSIONS, instrument_fingerprint, source_digest, versions

from .targets import TargetLayout

MODEL_FORMAT = "secret-sauce/model"
MODEL_FORMAT_VERSION = 1
MANIFEST = "model.json"
CHECKPOINT = "model.ckpt"
ESTIMATORS = "model.skops"
SAVABLE_FEATURES = {"mfcc": "mfcc", "mel": "logmel", "cqt": "cqt"}
"""Feature sets a saved model can be made from and matched with -> the
:mod:`benchmark.features` kind each is computed as."""
WEIGHTS = {"joint": CHECKPOINT, "independent": ESTIMATORS}
"""A saved model's kind -> its weights file."""


class ModelError(BenchmarkError):
    """A saved model cannot be written or used (one line)."""


def model_input(arrays: Mapping[str, np.ndarray], features: str) -> np.ndarray:
    """A baseline's input: ``[n, frames, coeffs]`` float32 frames of the feature set
    ``features`` (``mfcc``, ``mel`` or ``cqt``) as time series, from ``arrays``: feature
    kind (``mfcc``, ``logmel``, ``cqt``) -> ``[n, coeffs, frames]``."""
    arr = arrays[SAVABLE_FEATURES[features]]
    return np.ascontiguousarray(np.asarray(arr).transpose(0, 2, 1))


@dataclass
class SavedModel:
    """A loaded model: what it predicts, from which features.

    Attributes:
        path: the folder.
        manifest: ``model.json``.
        instrument: the declaration it was trained on (checked against the installed one).
        layout: the targets.
        settings: the feature settings.
        features: ``mfcc``, ``mel`` or ``cqt`` (:data:`SAVABLE_FEATURES`).
        predict_arrays: model input ``[n, frames, coeffs]`` -> (knobs ``[n, K]`` 0-10,
            switch indices ``[n, S]``).
    """

    path: Path
    manifest: dict[str, Any]
    instrument: Instrument
    layout: TargetLayout
    settings: FeatureSettings
    features: str
    predict_arrays: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]

    @property
    def name(self) -> str:
        return str(self.manifest["name"])

    def predict(self, audio: np.ndarray) -> list[dict[str, float | str]]:
        """Settings of each clip.

        Args:
            audio: float32 ``[n, n_samples]`` in [-1, 1] at the instrument's sample rate.

        Returns:
            per clip, the label of every parameter (knobs 0-10, switch labels).
        """
        arrays = Extractor(self.settings).features(audio, self.instrument.sample_rate,
                                                   kinds=(SAVABLE_FEATURES[self.features],))
        knobs, switches = self.predict_arrays(model_input(arrays, self.features))
        cols = self.layout.decode(knobs, switches)
        return [{k: v[i] for k, v in cols.items()} for i in range(len(audio))]


# ------------------------------------------------------------------ writing
def manifest(name: str, model: str, kind: str, features: str, cfg: dict[str, Any],
             details: dict[str, Any], instrument: Instrument, settings: FeatureSettings,
             dataset: dict[str, Any], weights: str, extra: dict[str, Any] | None = None
             ) -> dict[str, Any]:
    """The content of ``model.json`` (see the module docs)."""
    v = versions()
    return json.loads(json.dumps({
        "format": MODEL_FORMAT,
        "format_version": MODEL_FORMAT_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "name": name, "model": model, "kind": kind, "features": features,
        "weights": weights, "config": cfg, "details": details, **(extra or {}),
        "feature_settings": dataclasses.asdict(settings),
        "feature_fingerprint": feature_fingerprint(settings),
        "instrument": instrument.to_dict(),
        "instrument_fingerprint": instrument_fingerprint(instrument, v),
        "instrument_source_sha256": source_digest(instrument),
        "trained_on": dataset,
        "versions": v,
    }, default=str))


def write_model_dir(out: Path, write: Callable[[Path], None]) -> Path:
    """Fill a temp folder with ``write(tmp)`` and move it to ``out`` (replacing a saved
    model there, refusing any other non-empty folder): an interruption leaves
    ``out`` as it was."""
    return write_dir_atomic(Path(out), write, kind="model", what="--save", legacy=MANIFEST)


def save_estimators(path: Path, knob_models: list[Any], switch_models: list[Any]) -> None:
    """Independent models' estimators -> ``path`` (skops)."""
    import skops.io as sio

    sio.dump({"knob_models": list(knob_models), "switch_models": list(switch_models)}, path)


# ------------------------------------------------------------------ reading
def _read_manifest(path: Path) -> dict[str, Any]:
    m = path / MANIFEST
    if not path.is_dir() or not m.exists():
        raise ModelError(f"{path}: not a saved model (no {MANIFEST}; write one with "
                         "python -m baselines.run ... --save DIR)")
    try:
        doc = read_json(m, "model manifest")
    except ReadError as e:
        raise ModelError(*e.problems) from None
    if doc.get("format") != MODEL_FORMAT:
        raise ModelError(f"{m}: not a Secret Sauce model manifest")
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ModelError(f"{m}: format_version {brief(version)} is not a version number")
    if version > MODEL_FORMAT_VERSION:
        raise ModelError(f"{m}: format version {version} is newer than this "
                         f"software reads ({MODEL_FORMAT_VERSION}); upgrade secret-sauce")
    return doc


def check_fingerprints(path: Path, doc: dict[str, Any], instrument: Instrument,
                       settings: FeatureSettings) -> None:
    """Refuse a model whose instrument or features the installed software does not reproduce."""
    v = versions()
    fp = instrument_fingerprint(instrument, v)
    if fp != doc.get("instrument_fingerprint"):
        why = []
        digest = source_digest(instrument)
        if digest is None:
            why.append("its plug-in file is missing")
        elif digest != doc.get("instrument_source_sha256"):
            why.append("its DSP source or plug-in binary changed")
        saved = doc.get("versions", {})
        why += [f"{d} {saved.get(d)} -> {v.get(d)}" for d in AUDIO_VERSIONS if saved.get(d) != v.get(d)]
        raise ModelError(
            f"{path}: model for instrument {instrument.name} fingerprint "
            f"{str(doc.get('instrument_fingerprint'))[:16]}..., the installed software gives "
            f"{fp[:16]}... ({'; '.join(why) or 'declaration differs'}): retrain it")
    if feature_fingerprint(settings) != doc.get("feature_fingerprint"):
        raise ModelError(f"{path}: model's feature fingerprint differs from what the installed "
                         "benchmark.features computes (feature code or settings changed): retrain it")


def load_model(path: str | Path) -> SavedModel:
    """Read a saved model, checking its fingerprints (see the module docs).

    Raises:
        ModelError: not a model, unreadable or damaged (manifest or weights), or
            fingerprints that do not match (one line).
    """
    path = Path(path)
    doc = _read_manifest(path)
    where = path / MANIFEST
    try:
        instrument = Instrument.from_dict(doc["instrument"])
        settings = FeatureSettings(**doc["feature_settings"])
        features = doc["features"]
        kind = doc["kind"]
    except Exception as e:  # noqa: BLE001 (any damage to the manifest: one line)
        raise ModelError(f"{where}: cannot be read ({type(e).__name__}: {brief(str(e), 160)})"
                         ) from None
    check_fingerprints(path, doc, instrument, settings)
    weights_name = WEIGHTS.get(kind) if isinstance(kind, str) else None
    if (weights_name is None or doc.get("weights") != weights_name
            or features not in SAVABLE_FEATURES):
        raise ModelError(f"{where}: kind {brief(kind)}, features {brief(features)} and weights "
                         f"{brief(doc.get('weights'))} are not a saved model's (kind and "
                         f"weights: {', '.join(f'{k} {w}' for k, w in WEIGHTS.items())}; "
                         f"features: {', '.join(SAVABLE_FEATURES)})")
    layout = TargetLayout.of(instrument)
    weights = path / weights_name
    if not weights.is_file():
        raise ModelError(f"{path}: weights file {weights_name} is missing")
    try:
        predict = (_load_joint(weights, doc, layout) if kind == "joint"
                   else _load_independent(weights))
    except ModelError:
        raise
    except Exception as e:  # noqa: BLE001 (a damaged or foreign weights file: one line)
        raise ModelError(f"{weights}: not the weights of this model ({type(e).__name__}: "
                         f"{brief(str(e), 160)})") from None
    return SavedModel(path, doc, instrument, layout, settings, str(features), predict)


def _load_joint(weights: Path, doc: dict[str, Any], layout: TargetLayout
                ) -> Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]:
    import torch

    from .joint import JointNet, Topology, predict_joint

    t = doc["topology"]
    top = Topology(doc["model"], int(t["units"]), int(t["layers"]))
    k, c = len(layout.knobs), int(t["coeffs"])
    net = JointNet(layout, top, int(t["frames"]), c, np.zeros(k), np.ones(k), np.zeros(c), np.ones(c))
    try:
        ckpt = torch.load(weights, map_location="cpu", weights_only=True)
        state = {key[len("net."):]: v for key, v in ckpt["state_dict"].items()
                 if key.startswith("net.")}
        net.load_state_dict(state)
    except Exception as e:  # noqa: BLE001 (a damaged or foreign checkpoint: user-facing)
        raise ModelError(f"{weights}: not a checkpoint of this model "
                         f"({type(e).__name__}: {str(e).splitlines()[0][:200]})") from None
    net.eval()
    return lambda x: predict_joint(net, x)


def _load_independent(weights: Path) -> Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]:
    import skops.io as sio

    from .independent import IndependentModel

    untrusted = sio.get_untrusted_types(file=weights)  # a damaged file raises: load_model says so
    foreign = [t for t in untrusted if not t.startswith(("sklearn.", "numpy."))]
    if foreign:
        raise ModelError(f"{weights}: holds types other than scikit-learn's and numpy's "
                         f"({', '.join(foreign[:3])}); refusing to load it")
    try:
        obj = sio.load(weights, trusted=untrusted)
    except Exception as e:  # noqa: BLE001 (a damaged skops file raises anything: one line)
        raise ModelError(f"{weights}: cannot be loaded ({type(e).__name__}: {e})") from None
    m = IndependentModel(None, obj["knob_models"], obj["switch_models"], {})  # type: ignore[arg-type]
    return lambda x: m.predict(x.reshape(len(x), -1))
