"""Tests of ``leaderboard``."""
