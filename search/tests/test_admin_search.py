"""The Wagtail admin's page search finds Vietnamese titles typed without
diacritics (issue 14.1): the folded title is indexed with the page
(search.page_index)."""

import pytest

from editorial import roles
from search.tests.factory import news
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db


def test_an_editor_finds_a_title_typed_without_diacritics(
    client_class, django_capture_on_commit_callbacks
):
    make_staff("sotttt", "bientap", roles.MEMBER)
    with inside("sotttt"), django_capture_on_commit_callbacks(execute=True):
        news("Thông báo tuyển dụng viên chức năm 2026")
        news("Hội nghị chuyển đổi số")
    editor = signed_in(client_class, A_HOST, "bientap")
    for query in ("tuyen dung", "Tuyển dụng", "TUYEN DUNG VIEN", "tuyen dun"):
        response = editor.get("/admin/pages/search/", {"q": query}, HTTP_HOST=A_HOST)
        assert response.status_code == 200
        assert "Thông báo tuyển dụng viên chức năm 2026" in response.text, query
        assert "Hội nghị chuyển đổi số" not in response.text, query


def test_both_spellings_of_i_y_find_the_title(
    client_class, django_capture_on_commit_callbacks
):
    make_staff("sotttt", "bientap", roles.MEMBER)
    with inside("sotttt"), django_capture_on_commit_callbacks(execute=True):
        news("Hướng dẫn đăng ký kết hôn trực tuyến")
    editor = signed_in(client_class, A_HOST, "bientap")
    # (Typed with diacritics in the other spelling, "đăng kí", it is not:
    # Wagtail does not fold the editor's query.)
    for query in ("dang ky ket hon", "dang ki ket hon", "Đăng ký kết hôn"):
        response = editor.get("/admin/pages/search/", {"q": query}, HTTP_HOST=A_HOST)
        assert "Hướng dẫn đăng ký kết hôn trực tuyến" in response.text, query


def test_the_admin_search_of_another_portal_does_not_find_it(
    client_class, django_capture_on_commit_callbacks
):
    make_staff("soyte", "bientap_yte", roles.MEMBER)
    with inside("sotttt"), django_capture_on_commit_callbacks(execute=True):
        news("Thông báo tuyển dụng của Sở Thông tin")
    editor = signed_in(client_class, B_HOST, "bientap_yte")
    response = editor.get("/admin/pages/search/", {"q": "tuyen dung"}, HTTP_HOST=B_HOST)
    assert response.status_code == 200
    assert "Thông báo tuyển dụng của Sở Thông tin" not in response.text
