"""The browser-test harness itself: the demo portal answers in Chromium."""

import pytest

pytestmark = pytest.mark.browser


def test_a_citizen_opens_the_portal_home_on_a_phone(live_portal, phone):
    response = phone.goto(live_portal.url("/"))
    assert response.status == 200
    assert "Sở Ngoại vụ" in phone.title()
    assert phone.locator("h1").first.is_visible()


def test_staff_sign_in_through_the_admin_form(live_portal, desktop, sign_in):
    sign_in(desktop, live_portal.staff("bien_tap_vien"))
    assert desktop.url.rstrip("/").endswith("/admin")
