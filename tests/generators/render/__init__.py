"""Tests of ``generators.render``."""
