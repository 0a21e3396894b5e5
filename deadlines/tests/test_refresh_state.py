"""The console dashboard's text follows the state of its figures (issue 11,
point 6b): "being refreshed" only while they are, never after."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone

from deadlines.models import PortalDeadlineStats
from deadlines.tasks import refresh_dashboard
from tests.portals import CONSOLE_HOST

pytestmark = pytest.mark.django_db

PASSWORD = "Bang-Theo-Doi-2026"
UNDERWAY = "Đang cập nhật theo yêu cầu lúc"


@pytest.fixture
def console(client):
    get_user_model().objects.create_superuser("dic", password=PASSWORD)
    client.post(
        "/dang-nhap/", {"username": "dic", "password": PASSWORD}, HTTP_HOST=CONSOLE_HOST
    )
    return client


def page(console):
    response = console.get("/bang-theo-doi/", HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 200
    return response.text


def test_a_refresh_run_at_once_says_it_is_done(console):
    # Without a broker (make run's demo) the refresh runs in the request.
    response = console.post("/bang-theo-doi/", HTTP_HOST=CONSOLE_HOST, follow=True)
    assert response.status_code == 200
    assert "Đã cập nhật số liệu của mọi cổng." in response.text
    assert UNDERWAY not in response.text and "tải lại trang" not in response.text
    latest = PortalDeadlineStats.objects.latest("refreshed_at").refreshed_at
    stamp = timezone.localtime(latest).strftime("%H:%M %d/%m/%Y")
    assert f"Số liệu cập nhật lúc {stamp}." in response.text


@pytest.fixture
def broker_without_worker():
    """The real app sending to an in-memory broker nobody consumes: the
    refresh is queued, not run, as when the worker is busy."""
    from aggov.celery import app
    from tests.broker import _reset_pools

    saved = {key: app.conf[key] for key in ("task_always_eager", "broker_url")}
    app.conf.update(task_always_eager=False, broker_url="memory://")
    _reset_pools(app)
    try:
        yield
    finally:
        app.conf.update(saved)
        _reset_pools(app)


def test_a_queued_refresh_is_underway_until_the_figures_are_newer(
    console, broker_without_worker
):
    refresh_dashboard.apply()  # yesterday's figures, say
    response = console.post("/bang-theo-doi/", HTTP_HOST=CONSOLE_HOST, follow=True)
    assert response.status_code == 200
    assert UNDERWAY in response.text
    assert UNDERWAY in page(console)

    # The worker gets to it: the page no longer says it is underway.
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        refresh_dashboard.apply()
        html = page(console)
    assert UNDERWAY not in html and "tải lại trang" not in html.lower()


def test_a_queued_refresh_not_done_after_a_quarter_of_an_hour_is_said_to_be_late(
    console, broker_without_worker
):
    console.post("/bang-theo-doi/", HTTP_HOST=CONSOLE_HOST)
    with time_machine.travel(timezone.now() + timedelta(minutes=16)):
        html = page(console)
    assert UNDERWAY not in html
    assert "chưa được thực hiện: hàng đợi tác vụ có thể đang dừng" in html
