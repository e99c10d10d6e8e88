"""Tests of ``generators.plugins``."""
