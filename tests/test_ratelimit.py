"""The shared rate limit (aggov.ratelimit): per client address behind trusted
proxies, per portal, and never an error when the cache is down."""

import socket

import pytest
from django.test import RequestFactory

from aggov import ratelimit
from qa.models import Question
from tests.captcha import solved
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db


def question(**extra):
    return {
        "name": "Huỳnh Thị Nga",
        "email": "nga@example.vn",
        "phone": "",
        "field": "khac",
        "title": "Hỏi về giờ tiếp dân",
        "question": "Xin hỏi giờ tiếp công dân của Sở vào buổi chiều?",
        "consent": "on",
        "website": "",
        **extra,
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cache_down(settings):
    """The default cache pointed at a Redis that is not running (a closed port)."""
    url = f"redis://127.0.0.1:{free_port()}/0"
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_FUNCTION": "django_tenants.cache.make_key",
        },
    }


def test_with_the_cache_down_the_limit_lets_requests_through(cache_down, caplog):
    request = RequestFactory().post("/", REMOTE_ADDR="10.1.1.1")
    assert ratelimit.hit(request, "test", 1) is False
    ratelimit.record(request, "test")
    assert ratelimit.exceeded(request, "test", 1) is False
    assert "cache unavailable" in caplog.text


def test_behind_a_trusted_proxy_each_citizen_has_their_own_count(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.QA_SUBMISSIONS_PER_HOUR = 1

    def ask(forwarded, host=A_HOST):
        code = "sotttt" if host == A_HOST else "soyte"
        return client.post(
            "/hoi-dap/gui-cau-hoi/",
            {**solved(code), **question()},
            HTTP_HOST=host,
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    assert ask("203.0.113.5").status_code == 200
    assert ask("203.0.113.5").status_code == 429
    # A spoofed left-hand entry does not give a new count.
    assert ask("198.51.100.1, 203.0.113.5").status_code == 429
    assert ask("203.0.113.6").status_code == 200
    # Another portal counts on its own.
    assert ask("203.0.113.5", host=B_HOST).status_code == 200
    with inside("sotttt"):
        assert Question.objects.count() == 2
