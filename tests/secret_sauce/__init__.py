"""Tests of ``secret_sauce``."""
