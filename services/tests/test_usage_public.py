"""Usage counted through the citizens' real pages: a procedure page read,
a form downloaded, the online submission followed; a crawler not counted."""

import time

import pytest

from services import usage
from services.tests.usage_fixtures import (  # noqa: F401 - fixtures
    BROWSER,
    add_procedure,
    counts,
    fixture_fresh_counters,
    fixture_in_process,
)
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db

BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def test_reading_the_page_and_following_the_submission_link_are_counted(
    client, in_process, monkeypatch
):
    # The buffer flushed a moment ago: it waits USAGE_FLUSH_SECONDS for the next.
    monkeypatch.setattr(usage, "_last_flush", time.monotonic())
    with inside("sotttt"):
        page = add_procedure("1.000080", "Đăng ký nhận cha, mẹ, con", level=3)
        url = page.url
    for user_agent in (BROWSER, BROWSER, BOT):
        response = client.get(url, HTTP_HOST=A_HOST, HTTP_USER_AGENT=user_agent)
        assert response.status_code == 200
    followed = client.get(
        "/thu-tuc/1.000080/nop-truc-tuyen/", HTTP_HOST=A_HOST, HTTP_USER_AGENT=BROWSER
    )
    assert followed.status_code == 302
    # The same path on the other portal is not this procedure's.
    assert client.get(url, HTTP_HOST=B_HOST, HTTP_USER_AGENT=BROWSER).status_code == 404
    with inside("sotttt"):
        assert counts(page.pk) == {}  # nothing written during the requests
        usage.flush_here()
        assert counts(page.pk) == {usage.VIEW: 2, usage.SUBMIT: 1}
    with inside("soyte"):
        usage.flush_here()
        assert counts(page.pk) == {}
