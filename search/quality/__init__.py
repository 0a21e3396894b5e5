"""Search quality, measured (issue 14.5): a judged set of citizens' queries
over the real procedures of ``data/tthc`` and a few documents and news items,
and recall@3 and MRR of a backend on it (``search/tests/test_judged.py``
asserts them; ``make bench`` prints them for both backends)."""
