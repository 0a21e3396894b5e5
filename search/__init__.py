"""Search over a portal's published content (issue 14).

- ``documents``: what is searched (``SearchDoc``), the query and its results.
- ``items``: the documents of the current portal, built from its live, public pages.
- ``backends``: where they are indexed and searched (PostgreSQL by default,
  Elasticsearch when ``ELASTICSEARCH_URL`` is set), behind one interface.
- ``sync`` / ``signal_handlers`` / ``outbox_handlers``: the index follows
  publishing (signals → one outbox row per transaction → index after commit).
- ``views`` / ``forms`` / ``urls_public``: the results page ``/tim-kiem/``.
"""
