"""Secret Sauce benchmark (see README)."""
