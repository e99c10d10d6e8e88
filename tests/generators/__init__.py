"""Tests of ``generators``."""
