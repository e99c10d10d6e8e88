"""Tests of ``generators.instruments``."""
