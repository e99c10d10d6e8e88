"""Secret Sauce leaderboard (see the README's "Leaderboard" section).

* :mod:`leaderboard.store`: entries (``leaderboard/entries/<benchmark>/<name>/``),
  safe names, metadata, ranking by :data:`benchmark.metrics.RANKING`;
* :mod:`leaderboard.submit`: validate, score and record a predictions file;
* :mod:`leaderboard.verify`: re-score every entry and compare;
* :mod:`leaderboard.render`: ``leaderboard/README.md`` and the static site;
* :mod:`leaderboard.import_baselines`: the baselines' runs as entries.
"""
