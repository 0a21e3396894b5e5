"""A portal's index on the real Elasticsearch node: named with its schema
behind an alias, updated by key, rebuilt by an atomic alias swap, and never
shared with another portal."""

from __future__ import annotations

from search.backends.elastic import client, portal_alias
from search.documents import SearchQuery
from search.tests.elastic_fixtures import (
    DOCS,
    A,
    B,
    doc,
    index_in,
    keys,
    search_in,
)
from tests.portals import inside


def aliases():
    """{index: [aliases]} of this test's indexes."""
    from django.conf import settings

    found = client().indices.get_alias(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*")
    return {name: sorted(body["aliases"]) for name, body in found.items()}


def test_the_index_is_named_with_the_schema_behind_an_alias(backend):
    from django.conf import settings

    index_in(A, DOCS, backend)
    prefix = settings.ELASTICSEARCH_INDEX_PREFIX

    assert aliases() == {f"{prefix}-{A}-v1": [f"{prefix}-{A}"]}
    mapping = client().indices.get_mapping(index=f"{prefix}-{A}")
    properties = mapping[f"{prefix}-{A}-v1"]["mappings"]["properties"]
    assert properties["title_folded"] == {
        "type": "text",
        "analyzer": "standard",
        "copy_to": ["all_folded"],
    }
    assert properties["code"]["type"] == properties["kind"]["type"] == "keyword"


def test_index_stores_the_folded_forms_under_the_key(backend):
    index_in(A, DOCS[:1], backend)
    with inside(A):
        stored = client().get(index=portal_alias(), id="document:1")["_source"]
    assert stored["title"] == DOCS[0].title
    assert stored["title_folded"] == (
        "quyet dinh ban hanh quy che quan li cong thong tin dien tu"  # ly → li
    )
    assert stored["code_folded"] == "03/2017/qd-ubnd"
    assert len(stored["body_folded"]) == len(stored["body"])


def test_indexing_again_replaces_and_delete_removes(backend):
    index_in(A, [doc("page:1", "Lịch công tác tuần")], backend)
    index_in(A, [doc("page:1", "Lịch tiếp công dân")], backend)

    assert keys(search_in(A, backend, "lich cong tac")) == []
    [hit] = search_in(A, backend, "lich tiep cong dan").hits
    assert (hit.key, hit.title) == ("page:1", "Lịch tiếp công dân")

    with inside(A):
        backend.delete(["page:1", "page:never-indexed"])
        backend.refresh()
    assert keys(search_in(A, backend, "lich tiep cong dan")) == []


def test_a_portal_never_finds_another_portals_items(backend):
    # The same key in two portals: two documents, each in its own index.
    index_in(A, [doc("page:5", "Tuyển dụng viên chức Sở Thông tin")], backend)
    index_in(B, [doc("page:5", "Tuyển dụng viên chức Sở Y tế")], backend)

    [a] = search_in(A, backend, "tuyen dung vien chuc").hits
    [b] = search_in(B, backend, "tuyen dung vien chuc").hits
    assert a.title == "Tuyển dụng viên chức Sở Thông tin"
    assert b.title == "Tuyển dụng viên chức Sở Y tế"
    assert keys(search_in(B, backend, "so thong tin")) == []

    with inside(B):
        backend.delete(["page:5"])
        backend.refresh()
    assert keys(search_in(A, backend, "tuyen dung")) == ["page:5"]
    assert keys(search_in(B, backend, "tuyen dung")) == []


def test_rebuild_swaps_the_alias_to_a_new_version(backend):
    from django.conf import settings

    prefix = settings.ELASTICSEARCH_INDEX_PREFIX
    index_in(A, [doc("page:1", "Trang cũ đã gỡ"), doc("page:2", "Giới thiệu")], backend)
    with inside(A):
        name = backend.rebuild([doc("page:2", "Giới thiệu Sở"), doc("page:3", "Sơ đồ")])

    assert name == f"{prefix}-{A}-v2"
    assert aliases() == {name: [f"{prefix}-{A}"]}  # v1 deleted
    assert keys(search_in(A, backend, "trang cu")) == []
    assert keys(search_in(A, backend, "gioi thieu so")) == ["page:2"]
    assert keys(search_in(A, backend, "so do")) == ["page:3"]


def test_the_old_version_serves_until_the_swap(backend):
    index_in(A, [doc("page:1", "Tin cũ về chuyển đổi số")], backend)
    seen_during = []

    def documents():
        # Consumed while the new version is being written, before the swap.
        yield doc("page:2", "Tin mới về chuyển đổi số")
        backend.refresh()
        seen_during.append(keys(backend.search(SearchQuery(text="chuyen doi so"))))
        yield doc("page:3", "Tin mới khác về chuyển đổi số")

    with inside(A):
        backend.rebuild(documents())
        after = keys(backend.search(SearchQuery(text="chuyen doi so")))

    assert seen_during == [["page:1"]]
    assert sorted(after) == ["page:2", "page:3"]


def test_updates_during_a_rebuild_are_kept_after_the_swap(backend):
    index_in(A, [doc("page:1", "Lịch công tác tuần 47")], backend)

    def documents():
        # The rebuild read page:1 before an editor changed it; while it runs,
        # the change and a new page are delivered (the outbox).
        backend.index(
            [
                doc("page:1", "Lịch công tác tuần 48"),
                doc("page:9", "Lịch tiếp công dân mới đăng"),
            ]
        )
        yield doc("page:1", "Lịch công tác tuần 47")

    with inside(A):
        backend.rebuild(documents())
        backend.refresh()
    assert keys(search_in(A, backend, "lich tiep cong dan")) == ["page:9"]
    [hit] = search_in(A, backend, "lich cong tac").hits
    assert hit.title == "Lịch công tác tuần 48"


def test_one_portals_rebuild_leaves_another_untouched(backend):
    from django.conf import settings

    prefix = settings.ELASTICSEARCH_INDEX_PREFIX
    index_in(A, [doc("page:1", "Cổng thông tin Sở Thông tin")], backend)
    index_in(B, [doc("page:1", "Cổng thông tin Sở Y tế")], backend)

    with inside(A):
        backend.rebuild([])  # A's portal emptied

    assert aliases() == {
        f"{prefix}-{A}-v2": [f"{prefix}-{A}"],
        f"{prefix}-{B}-v1": [f"{prefix}-{B}"],
    }
    assert keys(search_in(A, backend, "cong thong tin")) == []
    [hit] = search_in(B, backend, "cong thong tin").hits
    assert hit.title == "Cổng thông tin Sở Y tế"


def test_a_failed_rebuild_keeps_the_serving_index(backend):
    index_in(A, [doc("page:1", "Văn bản chỉ đạo")], backend)

    def documents():
        yield doc("page:2", "Văn bản mới")
        raise RuntimeError("the extraction failed")

    with inside(A):
        try:
            backend.rebuild(documents())
        except RuntimeError:
            pass
    assert list(aliases().values()) == [[portal_alias(A)]]
    assert keys(search_in(A, backend, "van ban")) == ["page:1"]


def test_an_update_during_the_first_rebuild_goes_into_it(backend):
    from django.conf import settings

    prefix = settings.ELASTICSEARCH_INDEX_PREFIX

    def documents():
        backend.index([doc("page:2", "Trang mới đăng trong lúc dựng lại")])
        yield doc("page:1", "Trang chủ của Sở")

    with inside(A):
        backend.rebuild(documents())
    assert aliases() == {f"{prefix}-{A}-v1": [f"{prefix}-{A}"]}
    assert keys(search_in(A, backend, "trang moi dang")) == ["page:2"]
    assert keys(search_in(A, backend, "trang chu")) == ["page:1"]
