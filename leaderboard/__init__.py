"""Secret Sauce leaderboard (see the README's "Leaderboard" section).

* :mod:`leaderboard.store`: entries (``leaderboard/entries/<benchmark>/<name>/``),
  safe names, metadata, ranked by :func:`benchmark.metrics.rank`;
* :mod:`leaderboard.submit`: validate, score and record a predictions file;
* :mod:`leaderboard.verify`: re-score every entry and compare;
* :mod:`leaderboard.board` (also ``python -m leaderboard.render``): ``leaderboard/README.md``
  and the static site, from :mod:`~leaderboard.sections` (the ranked board),
  :mod:`~leaderboard.markdown`, :mod:`~leaderboard.page` (Jinja2 templates in
  ``templates/``), :mod:`~leaderboard.examples` (listening examples);
* :mod:`leaderboard.import_baselines`: the baselines' runs as entries;
* :mod:`leaderboard.models` (model submissions), :mod:`leaderboard.sandbox` (bubblewrap
  and limits; :mod:`~leaderboard.model_runner` runs inside), :mod:`leaderboard.hidden`
  (the secret, hidden splits and their pins) and :mod:`leaderboard.evaluate`
  (``--hidden``: model entries on the hidden split).
"""

import generators  # noqa: F401 (first: its Ctrl-C hook covers this package's imports)
