"""Tests of ``baselines``."""
