"""Secret Sauce benchmark (see README)."""

import generators  # noqa: F401 (first: its Ctrl-C hook covers this package's imports)
