"""The console lists the last reconciliations with their counts (operators only)."""

from io import StringIO

import pytest
from django.core.management import call_command

from province.tests.readmodel_factory import published_news
from tests.portals import A_HOST, CONSOLE_HOST, inside
from tests.staff import console_operator

pytestmark = pytest.mark.django_db

URL = "/du-lieu-tong-hop/"


def test_an_operator_sees_the_runs_with_their_counts_and_errors(client_class):
    with inside("sotttt"):
        published_news("Tin chưa có trong dữ liệu tổng hợp")
    call_command("rebuild_province", "--portal", "sotttt", stdout=StringIO())
    response = console_operator(client_class, "view_agency").get(
        URL, HTTP_HOST=CONSOLE_HOST
    )
    assert response.status_code == 200
    html = response.text
    assert "Lệnh rebuild_province" in html
    assert "sotttt: thêm 1, cập nhật 0, xoá 0, giữ nguyên 0" in html
    assert '<th scope="row">Sở Thông tin và Truyền thông</th><td>1</td>' in html


def test_others_cannot_see_it(client, client_class):
    assert client.get(URL, HTTP_HOST=CONSOLE_HOST).status_code == 302
    assert (
        console_operator(client_class).get(URL, HTTP_HOST=CONSOLE_HOST).status_code
        == 403
    )
    assert client.get(URL, HTTP_HOST=A_HOST).status_code == 404
