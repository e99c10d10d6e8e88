"""Secret Sauce leaderboard (see README)."""
