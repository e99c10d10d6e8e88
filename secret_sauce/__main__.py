"""``python -m secret_sauce <verb>``: the same as ``secret-sauce <verb>``."""

from secret_sauce.cli import main

main()
