"""Service levels of an online public service, in both vocabularies, and the
rules that follow from a level (Art. 14 of Decision 03/2017/QĐ-UBND).

Decree 43/2011/NĐ-CP counted levels 1–4; Decree 42/2022/NĐ-CP replaced them by
"cung cấp thông tin trực tuyến", "dịch vụ công trực tuyến một phần" and
"... toàn trình". A procedure stores its level in the 1–4 scale (the one the
Decision's Art. 14.3 speaks of); the 2022 kind is derived from it, and an
import given the 2022 kind maps back (information only is level 2 when the
procedure has a downloadable form, else 1).
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

LEVEL_CHOICES = [
    (1, _("Mức độ 1")),
    (2, _("Mức độ 2")),
    (3, _("Mức độ 3")),
    (4, _("Mức độ 4")),
]
#: What each Decree 43/2011 level offers, as a citizen reads it.
LEVEL_MEANING = {
    1: _("Cung cấp đầy đủ thông tin về thủ tục"),
    2: _("Cho phép tải về mẫu đơn, tờ khai"),
    3: _("Nộp hồ sơ trực tuyến, nhận kết quả trực tiếp"),
    4: _("Nộp hồ sơ, thanh toán và nhận kết quả trực tuyến"),
}

INFORMATION = "thong_tin"
PARTIAL = "mot_phan"
FULL = "toan_trinh"
KIND_CHOICES = [
    (INFORMATION, _("Cung cấp thông tin trực tuyến")),
    (PARTIAL, _("Dịch vụ công trực tuyến một phần")),
    (FULL, _("Dịch vụ công trực tuyến toàn trình")),
]
_KIND_LABELS = dict(KIND_CHOICES)


def kind_of(level: int) -> str:
    """Decree 42/2022's kind for a Decree 43/2011 level."""
    if level >= 4:
        return FULL
    if level == 3:
        return PARTIAL
    return INFORMATION


def level_of(kind: str, has_forms: bool) -> int:
    """The Decree 43/2011 level for a Decree 42/2022 kind."""
    if kind == FULL:
        return 4
    if kind == PARTIAL:
        return 3
    return 2 if has_forms else 1


def kind_label(level: int) -> str:
    return str(_KIND_LABELS[kind_of(level)])


def forms_downloadable(level: int) -> bool:
    """Forms are offered for download from level 2."""
    return level >= 2


def online_submission(level: int) -> bool:
    """The one-stop-shop's submission link is offered from level 3 ("một phần")."""
    return level >= 3


def postal_delivery(level: int) -> bool:
    """Delivery of the result by post is offered from level 3 (Art. 14.3)."""
    return level >= 3


def derived_level(channels: list[dict], dossier: list[dict]) -> int:
    """The level of an imported procedure whose source does not say it.

    The national records carry no level (mức độ), so the importer infers the
    lowest level the record proves: an online channel (a ``channel`` block
    whose channel is online, or an unparsed ``original`` text naming "trực
    tuyến") makes it level 3 ("một phần"); else a dossier component with a
    form (a form name, address or file) makes it level 2; else level 1. It is
    never 4: full online service (payment and result online) is not something
    the records show, so an editor raises it by hand.
    """
    for block in channels or []:
        value = block.get("value")
        if block.get("type") == "channel" and isinstance(value, dict):
            if value.get("channel") == "online":
                return 3
        elif block.get("type") == "original" and "trực tuyến" in str(value).lower():
            return 3
    for block in dossier or []:
        value = block.get("value")
        if block.get("type") != "case" or not isinstance(value, dict):
            continue
        for document in value.get("documents") or []:
            if any(document.get(k) for k in ("form_name", "form_url", "form_document")):
                return 2
    return 1
