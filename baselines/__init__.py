"""Secret Sauce baselines (see README)."""
