"""The PostgreSQL backend finds a portal's pages with and without diacritics
(issue 14.1), after the index followed publishing through the outbox."""

import pytest

from search.tests.factory import drain, news, search, titles
from tests.portals import inside

pytestmark = pytest.mark.django_db


def test_without_diacritics_and_with():
    with inside("sotttt"):
        news("Thông báo tuyển dụng viên chức năm 2026", "Sở tuyển 12 chỉ tiêu.")
        news("Hội nghị chuyển đổi số", "Đường truyền mới.")
        drain()
        assert titles(search("tuyen dung")) == [
            "Thông báo tuyển dụng viên chức năm 2026"
        ]
        assert titles(search("Tuyển Dụng")) == [
            "Thông báo tuyển dụng viên chức năm 2026"
        ]
        assert titles(search("duong truyen")) == ["Hội nghị chuyển đổi số"]
        assert titles(search("đuong truyền")) == ["Hội nghị chuyển đổi số"]
