"""Tests of ``generators.model``."""
