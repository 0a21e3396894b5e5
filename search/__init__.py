"""Search over a portal's published content (issue 14).

- ``documents``: what is searched (``SearchDoc``), the query and its results.
- ``backends``: where they are indexed and searched (PostgreSQL by default,
  Elasticsearch when ``ELASTICSEARCH_URL`` is set), behind one interface.
"""
