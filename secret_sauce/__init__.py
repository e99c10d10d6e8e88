"""``secret-sauce <verb>``: one command for every tool of the suite (see :mod:`secret_sauce.cli`).

The top of the layers: it names the commands of ``generators``, ``benchmark``, ``baselines``
and ``leaderboard`` by module path and imports only the one a verb runs.
"""
