"""The search index's deliveries (outbox.registry): ``search.sync``.

Payload: ``{"pages": [page ids]}`` of the schema the row was written in. The
handler rebuilds those pages' documents from what is true there now
(``search.sync.apply``), so a late or repeated delivery writes the current
state. ``search.elastic``: the same pages sent on to Elasticsearch (a row of
its own, retried while the cluster is down). ``search.province``:
``{"keys": ["news:12", …]}`` or ``{"all": true}``, the agency's read-model
rows to send to the province index (search.province.apply).
"""

from outbox.registry import handler

from . import province, sync


@handler(sync.KIND, "Cập nhật chỉ mục tìm kiếm của cổng")
def sync_search(delivery) -> None:
    payload = delivery.payload or {}
    sync.apply([int(pk) for pk in payload.get("pages", [])])


@handler(sync.ELASTIC_KIND, "Cập nhật chỉ mục Elasticsearch của cổng")
def sync_elastic(delivery) -> None:
    payload = delivery.payload or {}
    sync.apply([int(pk) for pk in payload.get("pages", [])], elastic=True)


@handler(province.KIND, "Cập nhật chỉ mục tìm kiếm toàn tỉnh")
def sync_province(delivery) -> None:
    payload = delivery.payload or {}
    province.apply(None if payload.get("all") else payload.get("keys", []))
