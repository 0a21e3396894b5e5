"""A captcha that needs no third-party service and no image: a small sum in
Vietnamese words, its answer signed into the form (readable by screen readers)."""

from __future__ import annotations

import secrets

from django.core import signing

WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
SALT = "aggov.qa.captcha"
MAX_AGE = 3600


def challenge() -> tuple[str, str]:
    a, b = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    token = signing.dumps({"sum": a + b}, salt=SALT)
    return f"{WORDS[a].capitalize()} cộng {WORDS[b]} bằng mấy? (nhập số)", token


def verify(token: str, answer: str) -> bool:
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return False
    return str(answer).strip() == str(data.get("sum"))
