"""Portal domains by Art. 7 of Decision 03/2017/QĐ-UBND, as a pure function.

- 7.1a the province: the base domain itself (``angiang.gov.vn``);
- 7.1b departments ``so<name>``, boards ``ban<name>``, the PPC Office
  ``vpubnd``: ``<name>`` is the name in unaccented Vietnamese (đ → d); a name
  of three or more syllables is cut to the initials of its syllables, leaving
  out "và" and punctuation ("Thông tin và Truyền thông" → ``sotttt``);
- 7.1c district level: the full unaccented name (``chaudoc``).

The rule of each kind of agency is data (``tenants.AgencyKind``): this module
only applies it, so a new kind needs a row, not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from vietnamese import nfc, syllables, unaccent

STYLE_BASE = "base"  # the base domain itself (the province)
STYLE_ABBREVIATE = "abbreviate"  # prefix + name, initials from 3 syllables (7.1b)
STYLE_FULL = "full"  # prefix + the whole unaccented name (7.1c)
STYLE_FIXED = "fixed"  # a fixed label (the PPC Office: vpubnd)

#: Words left out when abbreviating (Art. 7.1b: "bỏ chữ 'và'").
SKIPPED_WORDS = frozenset({"và"})
#: A DNS label: lower-case ASCII letters, digits and inner hyphens, 1-63 long.
LABEL_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


class DomainRuleError(ValueError):
    """A name or domain that the rules cannot accept; the message is for the user."""


@dataclass(frozen=True)
class DomainRule:
    """How one kind of agency turns its name into a domain label."""

    style: str
    prefix: str = ""
    fixed_label: str = ""
    #: Leading words removed from the name first ("Sở", "Ủy ban nhân dân", ...).
    strip_prefixes: tuple[str, ...] = field(default_factory=tuple)
    #: From this many syllables on, a name is cut to its initials.
    abbreviate_from: int = 3


def strip_name(name: str, prefixes: tuple[str, ...]) -> str:
    """Remove every leading word group in ``prefixes`` (case-insensitive)."""
    text = " ".join(nfc(name).split())
    ordered = sorted(
        (nfc(p).strip() for p in prefixes if p.strip()), key=len, reverse=True
    )
    changed = True
    while changed:
        changed = False
        for prefix in ordered:
            if text.lower() == prefix.lower():
                return ""
            if text.lower().startswith(prefix.lower() + " "):
                text = text[len(prefix) + 1 :].lstrip()
                changed = True
    return text


def name_part(name: str, rule: DomainRule) -> str:
    """The ``<name>`` of Art. 7: unaccented, initials for long department names."""
    words = syllables(strip_name(name, rule.strip_prefixes))
    if not words:
        raise DomainRuleError(
            _("Không tạo được tên miền từ tên «%(name)s»: tên không còn chữ nào.")
            % {"name": name}
        )
    if rule.style == STYLE_ABBREVIATE:
        counted = [w for w in words if w.lower() not in SKIPPED_WORDS]
        if len(counted) >= rule.abbreviate_from:
            return "".join(unaccent(w)[0] for w in counted).lower()
    return "".join(unaccent(w) for w in words).lower()


def portal_label(name: str, rule: DomainRule) -> str:
    """The domain label of an agency named ``name``; empty for the province.

    >>> portal_label("Sở Y tế", DomainRule(STYLE_ABBREVIATE, "so", strip_prefixes=("Sở",)))
    'soyte'
    """
    if not nfc(name or "").strip():
        raise DomainRuleError(_("Tên cơ quan không được để trống."))
    if rule.style == STYLE_BASE:
        return ""
    if rule.style == STYLE_FIXED:
        label = rule.fixed_label
    elif rule.style in (STYLE_ABBREVIATE, STYLE_FULL):
        label = rule.prefix + name_part(name, rule)
    else:
        raise DomainRuleError(
            _("Kiểu tên miền «%(style)s» không được hỗ trợ.") % {"style": rule.style}
        )
    return validate_label(label)


def validate_label(label: str) -> str:
    """Check a DNS label typed by an operator (an override) or made by the rules."""
    label = (label or "").strip().lower()
    if not LABEL_RE.match(label):
        raise DomainRuleError(
            _(
                "Tên miền «%(label)s» không hợp lệ: chỉ dùng chữ cái không dấu a–z, "
                "chữ số và dấu gạch ngang (không ở đầu hoặc cuối), tối đa 63 ký tự."
            )
            % {"label": label}
        )
    return label


def portal_domain(label: str, base_domain: str) -> str:
    """``sotttt`` + ``angiang.gov.vn`` → ``sotttt.angiang.gov.vn``; '' → the base."""
    return f"{label}.{base_domain}" if label else base_domain


def default_code(name: str, rule: DomainRule) -> str:
    """The agency code (and schema name) when the operator gives none.

    The label when there is one; the province, whose label is empty, takes its
    full unaccented name ("Ủy ban nhân dân tỉnh An Giang" → ``angiang``).
    """
    label = portal_label(name, rule)
    if label:
        return label
    words = syllables(strip_name(name, rule.strip_prefixes))
    if not words:
        raise DomainRuleError(
            _("Không tạo được mã cơ quan từ tên «%(name)s».") % {"name": name}
        )
    return "".join(unaccent(w) for w in words).lower()
