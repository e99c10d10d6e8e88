"""Joint neural baselines (PyTorch Lightning): one network predicts every target.

Output design of the original work: a softmax head with cross-entropy per
switch, a linear head with MSE per knob on standardised targets, and a
dependent knob's output multiplied by the predicted probability that its
switch is on (so it goes to 0 when the network believes the effect is off).
Knob loss is computed only where the knob is active in the truth.

Bodies (input ``[batch, frames, coefficients]``):
    * ``mlp``: flatten -> ``layers`` x (Linear(``units``) + ReLU);
    * ``lstm``: ``layers``-layer LSTM with ``units`` hidden units, last step;
    * ``conv``: ``layers`` x (Conv1d over time, kernel 4, stride 1, ``filters * i``
      filters at layer i, ReLU, MaxPool1d(4, stride 2)), flattened;
    * ``learned``: a model that learns its own features from the log-power STFT
      (``[batch, 39 frames, 1025 bins]``): a learned filterbank, one Linear(1025 ->
      ``filters``) + ReLU applied to every frame (it replaces Mel filters + log + DCT, which
      are fixed linear maps of the spectrum, by one fitted to the targets), then the
      ``conv`` body on those ``filters`` channels.

Why the STFT magnitude and not the waveform: the STFT is one FFT per frame (~1,000
clips/s on 2 cores with decoding), keeps every frequency bin the Mel and MFCC
features merge (fine pitch, resonance peaks, the filter's slope), and loses only the
phase, which for one held note says little about the settings; a waveform front end
(SincNet, LEAF) must first learn such a filterbank through convolutions over 19,845
samples a clip, 10-100x the arithmetic per clip on the CPU, which would not fit
100,000 clips in an hour on 2 cores.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

from .targets import TargetLayout


@dataclass(frozen=True)
class Topology:
    """Network shape: ``kind`` in mlp/lstm/conv/learned; ``units`` (MLP/LSTM hidden
    units, or conv filters of the first layer), ``layers``, and ``filters`` (the
    learned filterbank's width, ``learned`` only)."""

    kind: str
    units: int
    layers: int
    filters: int = 0


@dataclass(frozen=True)
class TrainSettings:
    """Training loop settings (Adam with Keras' defaults: lr 1e-3)."""

    max_epochs: int = 50
    patience: int = 5
    batch_size: int = 32
    lr: float = 1e-3
    seed: int = 0


def make_body(top: Topology, frames: int, coeffs: int) -> tuple[nn.Module, int]:
    """The network body and its output width."""
    if top.kind == "mlp":
        layers: list[nn.Module] = [nn.Flatten()]
        width = frames * coeffs
        for _ in range(top.layers):
            layers += [nn.Linear(width, top.units), nn.ReLU()]
            width = top.units
        return nn.Sequential(*layers), width
    if top.kind == "learned":
        if top.filters <= 0:
            raise ValueError("a learned-filterbank body needs filters > 0")
        conv, width = make_body(Topology("conv", top.units, top.layers), frames, top.filters)
        return nn.Sequential(nn.Linear(coeffs, top.filters), nn.ReLU(), conv), width
    if top.kind == "lstm":
        return _LSTMBody(coeffs, top.units, top.layers), top.units
    if top.kind == "conv":
        layers = [_Transpose()]
        channels, length = coeffs, frames
        for i in range(1, top.layers + 1):
            out = top.units * i
            layers += [nn.Conv1d(channels, out, kernel_size=4, stride=1), nn.ReLU(),
                       nn.MaxPool1d(kernel_size=4, stride=2)]
            channels, length = out, ((length - 3) - 4) // 2 + 1
            if length < 1:
                raise ValueError(f"too many conv layers ({top.layers}) for {frames} frames")
        layers.append(nn.Flatten())
        return nn.Sequential(*layers), channels * length
    raise ValueError(f"unknown network kind {top.kind!r}")


class _Transpose(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:  # [b, t, f] -> [b, f, t]
        return x.transpose(1, 2)


class _LSTMBody(nn.Module):
    def __init__(self, coeffs: int, units: int, layers: int) -> None:
        super().__init__()
        self.lstm = nn.LSTM(coeffs, units, num_layers=layers, batch_first=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, _ = self.lstm(x)
        return out[:, -1]


class JointNet(nn.Module):
    """Body + switch softmax heads + knob linear head with dependency gating.

    Args:
        layout: the targets.
        top: network shape.
        frames, coeffs: input shape ``[frames, coeffs]``.
        knob_mean, knob_std: per-knob statistics of the training targets
            (0-10 scale) used to standardise the knob outputs.
    """

    def __init__(self, layout: TargetLayout, top: Topology, frames: int, coeffs: int,
                 knob_mean: np.ndarray, knob_std: np.ndarray,
                 x_mean: np.ndarray, x_std: np.ndarray) -> None:
        super().__init__()
        self.layout = layout
        self.body, width = make_body(top, frames, coeffs)
        self.switch_heads = nn.ModuleList(nn.Linear(width, len(lab)) for lab in layout.labels)
        self.n_knobs = len(layout.knobs)
        self.knob_head = nn.Linear(width, max(1, self.n_knobs))  # sliced: switch-only sets
        self.register_buffer("knob_mean", torch.as_tensor(knob_mean, dtype=torch.float32))
        self.register_buffer("knob_std", torch.as_tensor(knob_std, dtype=torch.float32))
        self.register_buffer("x_mean", torch.as_tensor(x_mean, dtype=torch.float32))
        self.register_buffer("x_std", torch.as_tensor(x_std, dtype=torch.float32))
        on = torch.zeros(len(layout.knobs), max([len(x) for x in layout.labels] or [1]))
        for j, mask in enumerate(layout.knob_on):
            on[j, : len(mask)] = torch.tensor(mask, dtype=torch.float32)
        self.register_buffer("knob_on", on)

    def forward(self, x: torch.Tensor) -> tuple[list[torch.Tensor], torch.Tensor]:
        """``x [b, frames, coeffs]`` -> (switch logits per switch ``[b, k]``,
        knob predictions ``[b, K]`` on the 0-10 scale, gated)."""
        h = self.body((x - self.x_mean) / self.x_std)
        logits = [head(h) for head in self.switch_heads]
        knobs = self.knob_mean + self.knob_std * self.knob_head(h)[:, : self.n_knobs]
        return logits, self.gate(logits, knobs)

    def gate(self, logits: list[torch.Tensor], knobs: torch.Tensor) -> torch.Tensor:
        """Multiply each dependent knob by P(its switch is on)."""
        cols = []
        for j, s in enumerate(self.layout.knob_switch):
            if s < 0:
                cols.append(knobs[:, j])
            else:
                prob = torch.softmax(logits[s], dim=1)
                p_on = (prob * self.knob_on[j, : prob.shape[1]]).sum(dim=1)
                cols.append(knobs[:, j] * p_on)
        return torch.stack(cols, dim=1) if cols else knobs


def joint_loss(net: JointNet, x: torch.Tensor, y_knob: torch.Tensor, y_switch: torch.Tensor,
               mask: torch.Tensor) -> torch.Tensor:
    """Mean cross-entropy over switches + masked MSE on standardised knobs."""
    logits, knobs = net(x)
    loss = x.new_zeros(())
    for j, lg in enumerate(logits):
        loss = loss + nn.functional.cross_entropy(lg, y_switch[:, j]) / max(1, len(logits))
    if knobs.shape[1]:
        err = ((knobs - y_knob) / net.knob_std) ** 2 * mask
        loss = loss + err.sum() / mask.sum().clamp(min=1)
    return loss


def _lightning_module(net: JointNet, lr: float):
    import lightning as L

    class Module(L.LightningModule):
        def __init__(self) -> None:
            super().__init__()
            self.net = net

        def training_step(self, batch, _):
            loss = joint_loss(self.net, *batch)
            self.log("train_loss", loss, prog_bar=True, on_epoch=True, on_step=False)
            return loss

        def validation_step(self, batch, _):
            self.log("val_loss", joint_loss(self.net, *batch), prog_bar=True)

        def configure_optimizers(self):
            return torch.optim.Adam(self.parameters(), lr=lr)

    return Module()


def _keep_best():
    """A Lightning callback that keeps the weights of the best validation epoch."""
    import lightning as L

    class KeepBest(L.Callback):
        def __init__(self) -> None:
            self.best = float("inf")
            self.state: dict[str, Any] | None = None

        def on_validation_epoch_end(self, trainer, module) -> None:
            val = float(trainer.callback_metrics.get("val_loss", float("inf")))
            if val < self.best:
                self.best = val
                self.state = copy.deepcopy(module.net.state_dict())

    return KeepBest()


Arrays = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
"""(x ``[n, frames, coeffs]``, y_knob ``[n, K]``, y_switch ``[n, S]``, mask ``[n, K]``)."""


def train_joint(layout: TargetLayout, top: Topology, settings: TrainSettings, train: Arrays,
                val: Arrays, progress: bool = True) -> JointNet:
    """Train a :class:`JointNet` on arrays in memory; return the weights of the best
    validation epoch.

    Adam, up to ``max_epochs``, early stopping after ``patience`` epochs
    without improvement of the validation loss. Seeded: the same call gives
    the same weights on the same machine.
    """
    from torch.utils.data import DataLoader, TensorDataset

    _seed(settings.seed)
    x, y_knob = train[0], train[1]
    knob_mean, knob_std = _knob_stats(y_knob)
    x_mean, x_std = x.mean((0, 1)), x.std((0, 1)) + 1e-6
    net = JointNet(layout, top, x.shape[1], x.shape[2], knob_mean, knob_std, x_mean, x_std)

    def tensors(a: Arrays) -> TensorDataset:
        return TensorDataset(*_tensors(a))

    train_dl = DataLoader(tensors(train), batch_size=settings.batch_size, shuffle=True,
                          generator=torch.Generator().manual_seed(settings.seed))
    val_dl = DataLoader(tensors(val), batch_size=1024)
    return _fit(net, settings, train_dl, val_dl, progress)


def train_stream(layout: TargetLayout, top: Topology, settings: TrainSettings, train: Any,
                 val: Any, progress: bool = True) -> JointNet:
    """Train a :class:`JointNet` on :class:`baselines.stream.ShardStream` s, one shard at a
    time (memory flat in the training-set size); as :func:`train_joint` otherwise.

    Input standardisation comes from the first 2,000 training clips, the knob statistics
    from every training label (labels only). Each epoch visits the shards in a new
    order (seeded by ``settings.seed`` and the epoch), rows shuffled within pairs of shards.
    ``net.epoch_seconds`` holds each epoch's time, s (``net.epoch_train_seconds`` its
    training batches alone, without the validation pass).
    """
    from torch.utils.data import DataLoader, IterableDataset

    _seed(settings.seed)
    y_knob = train.labels()[0]
    knob_mean, knob_std = _knob_stats(y_knob)
    x_mean, x_std = train.x_stats()
    frames, coeffs = train.shape
    net = JointNet(layout, top, frames, coeffs, knob_mean, knob_std, x_mean, x_std)

    class Batches(IterableDataset):
        def __init__(self, stream: Any, batch_size: int, shuffle: bool) -> None:
            self.stream, self.batch_size, self.shuffle, self.epoch = stream, batch_size, shuffle, 0

        def __iter__(self):
            rng = np.random.default_rng([settings.seed, self.epoch]) if self.shuffle else None
            self.epoch += 1
            for batch in self.stream.batches(self.batch_size, rng):
                yield _tensors(batch)

    return _fit(net, settings, DataLoader(Batches(train, settings.batch_size, True), batch_size=None),
                DataLoader(Batches(val, 1024, False), batch_size=None), progress)


def _seed(seed: int) -> None:
    import logging

    import lightning as L

    for name in ("lightning.pytorch", "lightning.fabric", "lightning"):
        logging.getLogger(name).setLevel(logging.ERROR)
    L.seed_everything(seed, workers=True, verbose=False)


def _knob_stats(y_knob: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if not y_knob.shape[1]:
        return np.zeros(0), np.ones(0)
    return y_knob.mean(0), y_knob.std(0) + 1e-3


def _tensors(a: Arrays) -> tuple[torch.Tensor, ...]:
    return tuple(torch.as_tensor(np.asarray(v).astype(t, copy=False)) for v, t in
                 zip(a, (np.float32, np.float32, np.int64, np.float32)))


def _epoch_timer():
    """A Lightning callback recording each training epoch's wall time (s)."""
    import time

    import lightning as L

    class EpochTimer(L.Callback):
        """``seconds``: each epoch's whole time; ``train_seconds``: its training batches
        only (until validation starts); the difference is the validation pass."""

        def __init__(self) -> None:
            self.seconds: list[float] = []
            self.train_seconds: list[float] = []
            self.t0 = 0.0

        def on_train_epoch_start(self, trainer, module) -> None:
            self.t0 = time.perf_counter()

        def on_validation_epoch_start(self, trainer, module) -> None:
            if trainer.training or len(self.train_seconds) == len(self.seconds):
                self.train_seconds.append(time.perf_counter() - self.t0)

        def on_train_epoch_end(self, trainer, module) -> None:
            self.seconds.append(time.perf_counter() - self.t0)

    return EpochTimer()


def _fit(net: JointNet, settings: TrainSettings, train_dl: Any, val_dl: Any,
         progress: bool) -> JointNet:
    """The training loop shared by :func:`train_joint` and :func:`train_stream`."""
    import lightning as L
    from lightning.pytorch.callbacks import EarlyStopping

    keep, timer = _keep_best(), _epoch_timer()
    trainer = L.Trainer(
        max_epochs=settings.max_epochs, accelerator="cpu", devices=1, deterministic=True,
        callbacks=[EarlyStopping("val_loss", patience=settings.patience), keep, timer],
        logger=False, enable_checkpointing=False, enable_model_summary=False,
        enable_progress_bar=progress, num_sanity_val_steps=0,
    )
    trainer.fit(_lightning_module(net, settings.lr), train_dl, val_dl)
    if keep.state is not None:
        net.load_state_dict(keep.state)
    net.epochs_trained = trainer.current_epoch  # type: ignore[assignment]
    # a Lightning checkpoint of the kept weights (module.net is ``net``): see save_checkpoint
    net.write_checkpoint = lambda path: trainer.save_checkpoint(path, weights_only=True)  # type: ignore[assignment]
    net.epoch_seconds = list(timer.seconds)  # type: ignore[assignment]
    net.epoch_train_seconds = list(timer.train_seconds)  # type: ignore[assignment]
    net.best_val_loss = float(keep.best)  # type: ignore[assignment]
    return net.eval()


def save_checkpoint(net: JointNet, path: str) -> None:
    """Write ``net`` (as returned by :func:`train_joint`) as a Lightning checkpoint
    (weights only; ``state_dict`` keys ``net.*``)."""
    net.write_checkpoint(path)  # type: ignore[operator]


@torch.no_grad()
def predict_joint(net: JointNet, x: Any, batch_size: int = 1024) -> tuple[np.ndarray, np.ndarray]:
    """(knob predictions ``[n, K]`` 0-10, switch indices ``[n, S]``) of ``x``: an array
    ``[n, frames, coeffs]``, or a :class:`baselines.stream.ShardStream` (its ids in order)."""
    chunks = (b[0] for b in x.batches(batch_size)) if hasattr(x, "batches") else \
        (x[start:start + batch_size] for start in range(0, len(x), batch_size))
    knobs, switches = [], []
    for chunk in chunks:
        logits, k = net(torch.as_tensor(chunk, dtype=torch.float32))
        knobs.append(k.numpy())
        switches.append(np.stack([lg.argmax(1).numpy() for lg in logits], 1)
                        if logits else np.zeros((len(k), 0), np.int64))
    return np.concatenate(knobs), np.concatenate(switches)
