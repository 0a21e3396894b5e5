"""The console shows each portal's pending and failed deliveries and retries them."""

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from editorial import roles
from outbox import service
from outbox.models import Delivery
from tests.portals import B_HOST, CONSOLE_HOST, inside
from tests.staff import console_operator, make_staff, signed_in

pytestmark = pytest.mark.django_db


def waiting_mail(code, subject, *, failed=False):
    with inside(code):
        row = service.enqueue(
            "mail", {"subject": subject, "body": ".", "to": ["x@x.vn"]}, kick=False
        )
        Delivery.objects.filter(pk=row.pk).update(
            attempts=service.MAX_ATTEMPTS if failed else 2,
            status=Delivery.FAILED if failed else Delivery.PENDING,
            last_error="SMTPServerDisconnected: máy chủ thư không trả lời",
            next_attempt_at=timezone.now() + service.backoff(2),
        )
    return row


def test_the_console_counts_pending_and_failed_per_portal(client_class):
    waiting_mail("sotttt", "Chờ 1")
    waiting_mail("sotttt", "Hỏng 1", failed=True)
    waiting_mail("soyte", "Chờ ở B")
    client = console_operator(client_class, "view_agency")
    response = client.get("/hang-doi-gui/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 200
    rows = {row["agency"].schema_name: row for row in response.context["rows"]}
    assert (rows["sotttt"]["pending"], rows["sotttt"]["failed"]) == (1, 1)
    assert (rows["soyte"]["pending"], rows["soyte"]["failed"]) == (1, 0)
    assert (rows["angiang"]["pending"], rows["angiang"]["failed"]) == (0, 0)
    assert "Sở Thông tin và Truyền thông" in response.text


def test_a_portal_s_page_lists_its_rows_only_with_error_attempts_next_try(
    client_class,
):
    mine = waiting_mail("sotttt", "Của A", failed=True)
    other = waiting_mail("soyte", "Của B")
    client = console_operator(client_class, "view_agency")
    response = client.get("/hang-doi-gui/sotttt/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 200
    assert [d.pk for d in response.context["deliveries"]] == [mine.pk]
    assert "máy chủ thư không trả lời" in response.text
    assert "Gửi không được" in response.text and "Thư điện tử" in response.text
    response = client.get("/hang-doi-gui/soyte/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 200
    assert [d.pk for d in response.context["deliveries"]] == [other.pk]


def test_an_operator_retries_a_failed_delivery(
    client_class, django_capture_on_commit_callbacks
):
    row = waiting_mail("sotttt", "Thư gửi lại", failed=True)
    client = console_operator(client_class, "view_agency", "change_agency")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/hang-doi-gui/sotttt/gui-lai/", {"all": "1"}, HTTP_HOST=CONSOLE_HOST
        )
    assert response.status_code == 302
    assert response["Location"] == "/hang-doi-gui/sotttt/"
    # Kicked after the commit: delivered at once (the broker is up here).
    assert [m.subject for m in mail.outbox] == ["Thư gửi lại"]
    with inside("sotttt"):
        row.refresh_from_db()
    assert row.status == Delivery.DONE
    page = client.get("/hang-doi-gui/sotttt/", HTTP_HOST=CONSOLE_HOST)
    assert page.status_code == 200 and page.context["deliveries"] == []


def test_one_row_is_retried_now_even_before_its_next_try(
    client_class, django_capture_on_commit_callbacks
):
    row = waiting_mail("soyte", "Thư chờ", failed=False)
    other = waiting_mail("soyte", "Thư khác", failed=False)
    client = console_operator(client_class, "view_agency", "change_agency")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/hang-doi-gui/soyte/gui-lai/",
            {"delivery": str(row.pk)},
            HTTP_HOST=CONSOLE_HOST,
        )
    assert response.status_code == 302
    assert [m.subject for m in mail.outbox] == ["Thư chờ"]
    with inside("soyte"):
        other.refresh_from_db()
    assert other.status == Delivery.PENDING


def test_bad_retry_input_is_not_a_500(client_class):
    client = console_operator(client_class, "view_agency", "change_agency")
    for data in ({"delivery": "abc"}, {"delivery": "9" * 40}, {}):
        response = client.post(
            "/hang-doi-gui/sotttt/gui-lai/", data, HTTP_HOST=CONSOLE_HOST
        )
        assert response.status_code == 302
    # A NUL is refused by the request guard (aggov.bad_input) with its 400 page.
    response = client.post(
        "/hang-doi-gui/sotttt/gui-lai/", {"delivery": "\x00"}, HTTP_HOST=CONSOLE_HOST
    )
    assert response.status_code == 400
    assert (
        client.post(
            "/hang-doi-gui/khong-co/gui-lai/", {}, HTTP_HOST=CONSOLE_HOST
        ).status_code
        == 404
    )


def test_only_operators_with_the_permission_see_or_retry(client_class):
    row = waiting_mail("sotttt", "Riêng", failed=True)
    anonymous = client_class()
    response = anonymous.get("/hang-doi-gui/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 302
    assert response["Location"].startswith("/dang-nhap/")
    nobody = console_operator(client_class)
    assert nobody.get("/hang-doi-gui/", HTTP_HOST=CONSOLE_HOST).status_code == 403
    viewer = console_operator(client_class, "view_agency")
    assert (
        viewer.get("/hang-doi-gui/sotttt/", HTTP_HOST=CONSOLE_HOST).status_code == 200
    )
    response = viewer.post(
        "/hang-doi-gui/sotttt/gui-lai/", {"all": "1"}, HTTP_HOST=CONSOLE_HOST
    )
    assert response.status_code == 403
    with inside("sotttt"):
        row.refresh_from_db()
    assert row.status == Delivery.FAILED and mail.outbox == []


def test_portal_b_s_staff_cannot_see_a_s_rows(client_class):
    waiting_mail("sotttt", "Của A", failed=True)
    make_staff("soyte", "truongban_b", roles.HEAD)
    staff_b = signed_in(client_class, B_HOST, "truongban_b")
    # Not on B's host (no such page there)...
    assert staff_b.get("/hang-doi-gui/sotttt/", HTTP_HOST=B_HOST).status_code == 404
    # ...and B's session is nobody on the console's host.
    response = staff_b.get("/hang-doi-gui/sotttt/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 302
    assert response["Location"].startswith("/dang-nhap/")


def test_a_broken_schema_is_shown_not_a_500(client_class):
    waiting_mail("soyte", "Của B")
    with inside("sotttt"):
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE outbox_delivery CASCADE")
    client = console_operator(client_class, "view_agency", "change_agency")
    response = client.get("/hang-doi-gui/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 200
    rows = {row["agency"].schema_name: row for row in response.context["rows"]}
    assert "outbox_delivery" in rows["sotttt"]["error"]
    assert rows["soyte"]["pending"] == 1
    assert "Không đọc được hàng đợi" in response.text
    response = client.get("/hang-doi-gui/sotttt/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 200 and "Không đọc được" in response.text
    response = client.post(
        "/hang-doi-gui/sotttt/gui-lai/", {"all": "1"}, HTTP_HOST=CONSOLE_HOST
    )
    assert response.status_code == 302
