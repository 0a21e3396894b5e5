"""The read model's deliveries (outbox.registry): ``province.sync``.

Payload: ``{"pages": [page ids], "announcements": [announcement ids]}`` of
the schema the row was written in. The handler runs in that schema and
rebuilds those items from what is true there now (province.sync.apply), so a
late, repeated or reordered delivery writes the current state; the rows'
agency is the schema's agency, never read from the payload.
"""

from outbox.registry import handler

from . import sync


@handler(sync.KIND, "Cập nhật dữ liệu tổng hợp của cổng tỉnh")
def sync_items(delivery) -> None:
    payload = delivery.payload or {}
    sync.apply(
        pages=[int(pk) for pk in payload.get("pages", [])],
        announcements=[int(pk) for pk in payload.get("announcements", [])],
    )
