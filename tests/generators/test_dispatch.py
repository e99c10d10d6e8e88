"""Every source kind is registered in every per-kind dispatch (issue 22): a new kind
cannot be forgotten in one of them."""

from __future__ import annotations

import dataclasses
import typing

import pytest

from generators.dataset import card, fingerprint
from generators.model import declaration
from generators.model.declaration import ChainHead, ChainSource, PluginSource, Source
from generators.plugins import chain, spec
from generators.sources import renderers

SOURCES = typing.get_args(Source)
HEADS = typing.get_args(ChainHead)
SPEC_SOURCES = (PluginSource, ChainSource)
"""What a plug-in spec declares (built-ins are Faust instruments of the package)."""

DISPATCHES = [
    (fingerprint.digest_of, SOURCES),
    (fingerprint.head_digest, HEADS),
    (card.source_words, SOURCES),
    (card.source_section, SOURCES),
    (card.head_lines, HEADS),
    (renderers.renderer_for, SOURCES),
    (chain.head_files, HEADS),
    (chain.head_name, HEADS),
    (vars(chain.ChainRenderer)["_init_head"].dispatcher, HEADS),
    (vars(chain.ChainRenderer)["_reset_head"].dispatcher, HEADS),
    (vars(chain.ChainRenderer)["_play_head"].dispatcher, HEADS),
    (spec.plugin_parameter_names, SPEC_SOURCES),
    (spec.spec_renderer_class, SPEC_SOURCES),
    (spec.renderer_words, SPEC_SOURCES),
    (spec.head_parameter_names, HEADS),
]


def test_the_kinds_are_every_source_dataclass() -> None:
    """``Source`` and ``ChainHead`` name every ``*Source`` dataclass of the declaration."""
    kinds = {obj for name, obj in vars(declaration).items()
             if name.endswith("Source") and dataclasses.is_dataclass(obj)}
    assert kinds == set(SOURCES) | set(HEADS)
    assert all(hasattr(kind, "check") for kind in kinds)


@pytest.mark.parametrize("dispatch, kinds", DISPATCHES,
                         ids=[d.__name__ for d, _ in DISPATCHES])
def test_every_kind_is_registered(dispatch: typing.Any, kinds: tuple[type, ...]) -> None:
    default = dispatch.registry[object]
    missing = [k.__name__ for k in kinds if dispatch.dispatch(k) is default]
    assert not missing, f"{missing} have no entry"


def test_an_unregistered_kind_is_refused() -> None:
    @dataclasses.dataclass(frozen=True)
    class NewSource:
        kind: str = "new"

    with pytest.raises(TypeError, match="NewSource"):
        fingerprint.digest_of(NewSource())
