"""Time-based one-time passwords (RFC 6238) for two-step sign-in.

A code is accepted once: the time step of the last accepted code is stored on
the user (``totp_last_step``) and a code of that step or an earlier one is
refused, so a code read over someone's shoulder, or replayed from a captured
request, does not sign in a second time within its window.
"""

from __future__ import annotations

import hmac
import time

import pyotp
import segno

ISSUER = "Cổng TTĐT An Giang"
#: Codes one step before or after the server's clock are accepted (clock drift).
VALID_WINDOW = 1


def new_secret() -> str:
    return pyotp.random_base32()


def _digits(code: str) -> str:
    return "".join(ch for ch in (code or "") if ch in "0123456789")


def matching_step(secret: str, code: str, after: int | None = None) -> int | None:
    """The time step ``code`` belongs to, if it is valid now and later than
    ``after`` (the last step accepted), else None."""
    code = _digits(code)
    if not secret or len(code) != 6:
        return None
    otp = pyotp.TOTP(secret)
    now = int(time.time() // otp.interval)
    for step in range(now - VALID_WINDOW, now + VALID_WINDOW + 1):
        if after is not None and step <= after:
            continue
        if hmac.compare_digest(otp.generate_otp(step), code):
            return step
    return None


def verify(secret: str, code: str) -> bool:
    """A valid code for ``secret`` (enrolment: nothing to replay yet)."""
    return matching_step(secret, code) is not None


def use_code(user, code: str) -> bool:
    """Accept ``code`` for ``user`` once: True if it is valid and not used before.

    The step is recorded with a conditional UPDATE, so two requests racing with
    the same code cannot both succeed.
    """
    from django.db.models import Q

    step = matching_step(user.totp_secret, code, after=user.totp_last_step)
    if step is None:
        return False
    updated = (
        type(user)
        .objects.filter(pk=user.pk)
        .filter(Q(totp_last_step__isnull=True) | Q(totp_last_step__lt=step))
        .update(totp_last_step=step)
    )
    if updated:
        user.totp_last_step = step
    return bool(updated)


def provisioning_uri(secret: str, account: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=ISSUER)


def qr_svg(uri: str) -> str:
    """An inline SVG QR code: no image service, no external request."""
    return segno.make(uri, error="m").svg_inline(
        scale=5, title="Mã QR xác thực hai bước"
    )
