"""Example model submissions (see ``benchmark/run.py`` for the API)."""
