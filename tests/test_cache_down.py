"""With Redis stopped, public pages still serve and forms still store.

The caches are configured as in production (``caches_for``: every alias on
Redis) against a redis-server this test starts on its own port, then stops.
"""

import time

import pytest
from django.core.cache import caches
from django.test import override_settings

from aggov.settings.base import caches_for
from editorial.models import Contribution
from qa.models import Question
from tests.portals import A_HOST, PROVINCE_HOST, inside
from tests.redis_server import own_redis  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

PAGES = ["/", "/hoi-dap/", "/hoi-dap/gui-cau-hoi/", "/gui-thong-tin/", "/van-ban/"]


@pytest.fixture
def redis_then_down(own_redis):  # noqa: F811
    with override_settings(CACHES=caches_for(own_redis.url)):
        yield own_redis


def test_the_configured_caches_use_that_redis(redis_then_down):
    for alias in ("default", "renditions"):
        caches[alias].set("sống", "có", 30)
        assert caches[alias].get("sống") == "có"
    import redis

    assert redis.Redis.from_url(redis_then_down.url).dbsize() == 2


def test_pages_serve_with_redis_stopped(client, redis_then_down):
    for path in PAGES:  # warm: the caches are used
        assert client.get(path, HTTP_HOST=A_HOST).status_code == 200, path
    redis_then_down.stop()
    started = time.monotonic()
    for path in PAGES:
        assert client.get(path, HTTP_HOST=A_HOST).status_code == 200, path
    assert client.get("/", HTTP_HOST=PROVINCE_HOST).status_code == 200
    # A dead server is not waited on for every cache call.
    assert time.monotonic() - started < 30


def test_questions_and_contributions_are_stored_with_redis_stopped(
    client, redis_then_down, django_capture_on_commit_callbacks
):
    from editorial.tests.test_contributions import form_data
    from qa.tests.test_questions import form
    from tests.captcha import solved

    redis_then_down.stop()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/hoi-dap/gui-cau-hoi/",
            form(**solved("sotttt")),
            HTTP_HOST=A_HOST,
            REMOTE_ADDR="10.9.9.9",
        )
    assert response.status_code == 200
    with inside("sotttt"):
        question = Question.objects.get()
    assert question.tracking_code in response.text
    response = client.post(
        "/gui-thong-tin/", form_data(**solved("sotttt")), HTTP_HOST=A_HOST
    )
    assert response.status_code == 200
    with inside("sotttt"):
        assert Contribution.objects.filter(provider_name="Nguyễn Thị Lan").exists()
