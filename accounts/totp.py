"""Time-based one-time passwords (RFC 6238) for two-step sign-in."""

import pyotp
import segno

ISSUER = "Cổng TTĐT An Giang"


def new_secret() -> str:
    return pyotp.random_base32()


def verify(secret: str, code: str) -> bool:
    code = "".join(ch for ch in (code or "") if ch.isdigit())
    return (
        bool(secret)
        and len(code) == 6
        and pyotp.TOTP(secret).verify(code, valid_window=1)
    )


def provisioning_uri(secret: str, account: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=ISSUER)


def qr_svg(uri: str) -> str:
    """An inline SVG QR code: no image service, no external request."""
    return segno.make(uri, error="m").svg_inline(
        scale=5, title="Mã QR xác thực hai bước"
    )
