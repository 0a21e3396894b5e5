"""Test helper: solve the public forms' captcha as a person would, by reading
the question on the page; the answer is looked up where the server keeps it."""

from __future__ import annotations

import re

from qa.models import CaptchaChallenge

from .portals import inside

ID = re.compile(r'name="captcha_id" value="([^"]+)"')


def challenge_id(html: str) -> str:
    found = ID.search(html)
    assert found, "no captcha on the page"
    return found.group(1)


def answer_of(code: str, key: str) -> str:
    with inside(code):
        return str(CaptchaChallenge.objects.get(key=key).answer)


def solved(code: str, html: str | None = None) -> dict:
    """The captcha fields for a form of portal ``code``: the challenge on the
    page ``html`` (or a new one, as a GET of the form would give), answered."""
    from aggov import captcha

    if html is None:
        with inside(code):
            _text, key = captcha.challenge()
    else:
        key = challenge_id(html)
    return {"captcha_id": key, "captcha_answer": answer_of(code, key)}
