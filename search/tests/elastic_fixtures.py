"""Shared by the Elasticsearch tests: documents of two portals, a backend."""

from __future__ import annotations

import datetime

import pytest

from search.documents import SearchDoc
from tests.portals import inside

#: Two real portals of the session (tests/portals.py): Department of
#: Information and Communications, Department of Health.
A, B = "sotttt", "soyte"


def doc(key, title, body="", kind="page", **fields) -> SearchDoc:
    fields.setdefault("language", "vi")
    fields.setdefault("url", f"/{key.replace(':', '-')}/")
    return SearchDoc(key=key, kind=kind, title=title, body=body, **fields)


DOCS = [
    doc(
        "document:1",
        "Quyết định ban hành Quy chế quản lý cổng thông tin điện tử",
        "Quyết định số 03/2017/QĐ-UBND của Ủy ban nhân dân tỉnh An Giang "
        "ban hành Quy chế quản lý, vận hành cổng thông tin điện tử.",
        kind="document",
        code="03/2017/QĐ-UBND",
        section="Văn bản pháp luật",
        date=datetime.date(2017, 3, 1),
    ),
    doc(
        "procedure:7",
        "Thủ tục đăng ký hộ kinh doanh",
        "Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh và bản sao căn cước.",
        kind="procedure",
        code="1.000080",
        section="Thủ tục hành chính",
    ),
    doc(
        "news:3",
        "Tập huấn cán bộ một cửa",
        "Buổi tập huấn hướng dẫn thủ tục đăng ký hộ kinh doanh trực tuyến "
        "cho cán bộ phường Châu Phú A, thành phố Châu Đốc.",
        kind="news",
        section="Tin tức",
        date=datetime.date(2026, 11, 20),
    ),
    doc(
        "page:12",
        "Đường dây nóng",
        "Số điện thoại đường dây nóng của Sở: 0296 3852 000.",
        section="Giới thiệu",
    ),
    doc(
        "page:13",
        "Hotline",
        "The hotline of the Department: 0296 3852 000 (đường dây nóng).",
        language="en",
        section="About",
    ),
]


@pytest.fixture
def backend(elasticsearch, db):
    """The Elasticsearch backend on the real node, this test's own indexes."""
    from search.backends.elastic import ElasticBackend

    return ElasticBackend()


def index_in(code, docs, backend):
    """Index ``docs`` into the portal ``code``'s index, searchable at once."""
    with inside(code):
        backend.index(docs)
        backend.refresh()


def search_in(code, backend, text, **options):
    from search.documents import SearchQuery

    with inside(code):
        return backend.search(SearchQuery(text=text, **options))


def keys(results):
    return [hit.key for hit in results.hits]
