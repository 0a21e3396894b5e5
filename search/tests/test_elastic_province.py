"""The province index on the real Elasticsearch node: every portal's items,
one id per agency and key, a facet by agency, rebuilt by an alias swap."""

from __future__ import annotations

from search.backends.elastic import client, province_alias
from search.documents import SearchQuery
from search.tests.elastic_fixtures import doc, keys
from tests.portals import agency


def province_search(backend, text, **options):
    return backend.search(SearchQuery(text=text, province=True, **options))


def two_agencies():
    return agency("sotttt").id, agency("soyte").id


def test_items_of_every_agency_with_a_facet_by_agency(backend):
    a, b = two_agencies()
    backend.index_province(
        [
            doc(
                "procedure:1", "Cấp giấy phép bưu chính", kind="procedure", agency_id=a
            ),
            doc("news:2", "Cấp phép hoạt động in", kind="news", agency_id=a),
            doc(
                "procedure:1",
                "Cấp giấy phép hành nghề y",
                kind="procedure",
                agency_id=b,
            ),
        ]
    )
    backend.refresh(province=True)

    results = province_search(backend, "cap giay phep")
    assert results.total == 2  # "cấp phép hoạt động in": not every word
    assert {(hit.agency_id, hit.key) for hit in results.hits} == {
        (a, "procedure:1"),
        (b, "procedure:1"),
    }
    assert results.facets["agency"] == {a: 1, b: 1}

    only_b = province_search(backend, "cap giay phep", agency=b)
    assert [(hit.agency_id, hit.title) for hit in only_b.hits] == [
        (b, "Cấp giấy phép hành nghề y")
    ]
    assert only_b.facets["agency"] == {a: 1, b: 1}  # to switch agency


def test_one_agencys_delete_leaves_the_same_key_of_another(backend):
    a, b = two_agencies()
    backend.index_province(
        [
            doc("page:3", "Giới thiệu Sở", agency_id=a),
            doc("page:3", "Giới thiệu Sở", agency_id=b),
        ]
    )
    backend.delete_province(a, ["page:3"])
    backend.refresh(province=True)

    assert [hit.agency_id for hit in province_search(backend, "gioi thieu").hits] == [b]
    stored = client().get(index=province_alias(), id=f"{b}:page:3")["_source"]
    assert stored["agency_id"] == b


def test_the_portal_indexes_do_not_answer_province_searches(backend):
    from tests.portals import inside

    a, _ = two_agencies()
    with inside("sotttt"):
        backend.index([doc("page:1", "Chỉ trên cổng của Sở")])
        backend.refresh()
    backend.index_province([doc("page:2", "Trên cổng tỉnh", agency_id=a)])
    backend.refresh(province=True)

    assert keys(province_search(backend, "cong")) == ["page:2"]


def test_rebuild_the_province_index(backend):
    a, b = two_agencies()
    backend.index_province([doc("page:1", "Tin cũ", agency_id=a)])
    backend.rebuild_province(
        [doc("page:1", "Tin mới", agency_id=a), doc("page:1", "Tin mới", agency_id=b)]
    )

    assert keys(province_search(backend, "tin cu")) == []
    assert province_search(backend, "tin moi").facets["agency"] == {a: 1, b: 1}
    assert list(client().indices.get_alias(name=province_alias())) == [
        f"{province_alias()}-v2"
    ]


def test_one_agency_replaced_leaves_the_others(backend):
    a, b = two_agencies()
    backend.index_province(
        [
            doc("page:1", "Tin tuyển dụng cũ", agency_id=a),
            doc("page:2", "Tin tuyển dụng giữ lại", agency_id=a),
            doc("page:1", "Tin tuyển dụng của Sở Y tế", agency_id=b),
        ]
    )
    removed = backend.replace_province_agency(
        a, [doc("page:2", "Tin tuyển dụng đã sửa", agency_id=a)]
    )
    backend.refresh(province=True)

    assert removed == 1
    found = province_search(backend, "tin tuyen dung")
    assert sorted((hit.agency_id, hit.title) for hit in found.hits) == sorted(
        [(a, "Tin tuyển dụng đã sửa"), (b, "Tin tuyển dụng của Sở Y tế")]
    )
