"""Tests of ``benchmark``."""
