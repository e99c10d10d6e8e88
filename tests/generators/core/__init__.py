"""Tests of ``generators.core``."""
