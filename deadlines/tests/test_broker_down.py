"""The console's "refresh now" with the broker down: a message, not a 500."""

import pytest
from django.contrib.auth import get_user_model

from tests.broker import broker_unreachable
from tests.portals import CONSOLE_HOST

pytestmark = pytest.mark.django_db

PASSWORD = "Bang-Theo-Doi-2026"


def test_refresh_with_the_broker_down_says_so(client):
    get_user_model().objects.create_superuser("dic", password=PASSWORD)
    client.post(
        "/dang-nhap/", {"username": "dic", "password": PASSWORD}, HTTP_HOST=CONSOLE_HOST
    )
    with broker_unreachable():
        response = client.post("/bang-theo-doi/", HTTP_HOST=CONSOLE_HOST, follow=True)
    assert response.status_code == 200
    assert "Chưa gửi được yêu cầu cập nhật" in response.text
