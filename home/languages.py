"""Foreign-language sections of a portal (Art. 9.3), one schema at a time.

Enabling a language creates its Locale in the current agency's schema and a
copy of the Vietnamese tree that wagtail-localize keeps in sync (aliases until
translators translate each page). Run inside the agency's schema; other
agencies' schemas are never touched.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale

#: The languages a portal may add; Vietnamese is always there.
FOREIGN = [code for code, _name in settings.LANGUAGES if code != "vi"]
#: BCP 47 tags for the lang attribute (Django's codes are lower case).
HTML_LANG = {"zh-hans": "zh-Hans"}


def html_lang(code: str) -> str:
    return HTML_LANG.get(code, code)


def enabled() -> list[str]:
    return list(Locale.objects.values_list("language_code", flat=True))


def enable(code: str) -> Locale:
    """Add language ``code`` to the current portal and sync its tree from Vietnamese."""
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import synchronize_tree

    if code not in FOREIGN:
        raise ValueError(f"Ngôn ngữ «{code}» không có trong danh sách cho phép.")
    vietnamese = Locale.objects.get(language_code="vi")
    locale, _created = Locale.objects.get_or_create(language_code=code)
    LocaleSynchronization.objects.get_or_create(
        locale=locale, defaults={"sync_from": vietnamese}
    )
    synchronize_tree(vietnamese, locale)
    return locale
