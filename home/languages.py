"""Foreign-language sections of a portal (Art. 9.3), one schema at a time.

Enabling a language creates its Locale in the current agency's schema and a
copy of the Vietnamese tree that wagtail-localize keeps in sync (aliases until
translators translate each page). Run inside the agency's schema; other
agencies' schemas are never touched.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale, Page

#: The languages a portal may add; Vietnamese is always there.
FOREIGN = [code for code, _name in settings.LANGUAGES if code != "vi"]
#: BCP 47 tags for the lang attribute (Django's codes are lower case).
HTML_LANG = {"zh-hans": "zh-Hans"}


def html_lang(code: str) -> str:
    return HTML_LANG.get(code, code)


def translated(pages):
    """Leave out untranslated copies: in a foreign-language section the pages
    that still mirror a Vietnamese page (aliases) are not listed."""
    from django.db.models import F, Q

    return pages.filter(Q(alias_of__isnull=True) | Q(alias_of__locale=F("locale")))


def enabled() -> list[str]:
    return list(Locale.objects.values_list("language_code", flat=True))


def enable(code: str) -> Locale:
    """Add language ``code`` to the current portal and sync its tree from Vietnamese."""
    if code not in FOREIGN:
        raise ValueError(f"Ngôn ngữ «{code}» không có trong danh sách cho phép.")
    locale, _created = Locale.objects.get_or_create(language_code=code)
    prepare(locale)
    return locale


def home_of(locale: Locale) -> Page | None:
    """The home page of a language's section (the Vietnamese home's translation)."""
    return Page.objects.filter(depth=2, locale=locale).first()


def prepare(locale: Locale) -> None:
    """Make a foreign locale a working section of the portal (idempotent):
    its tree synced from Vietnamese, every role's permissions and the board's
    workflow on its home page, so translations go through the same review."""
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import synchronize_tree

    from editorial.roles import ensure_roles
    from editorial.workflow import extend_to_language

    vietnamese = Locale.objects.get(language_code="vi")
    _sync, created = LocaleSynchronization.objects.get_or_create(
        locale=locale, defaults={"sync_from": vietnamese}
    )
    # A new LocaleSynchronization syncs the tree itself (wagtail-localize's
    # post_save, in process); sync here when it existed already (to catch up
    # with pages added since) or when its job backend has not run yet.
    home = home_of(locale)
    if not created or home is None:
        synchronize_tree(vietnamese, locale)
        home = home_of(locale)
    if home is not None:
        ensure_roles(home)  # the roles' page permissions on this language's home
        extend_to_language(home)


def is_prepared(locale: Locale) -> bool:
    from wagtail.models import WorkflowPage
    from wagtail_localize.models import LocaleSynchronization

    home = home_of(locale)
    return (
        home is not None
        and LocaleSynchronization.objects.filter(locale=locale).exists()
        and WorkflowPage.objects.filter(page=home).exists()
    )


def on_locale_created(sender, instance, created, raw=False, **kwargs):
    """A locale added in the admin (Settings → Locales) becomes a section like
    one added by ``enable``: prepared once the admin's transaction commits, in
    the schema it was created in."""
    if not created or raw or instance.language_code == "vi":
        return
    from tenants.transactions import on_commit_here

    pk = instance.pk

    def _prepare():
        locale = Locale.objects.filter(pk=pk).first()
        if locale is not None and not is_prepared(locale):
            prepare(locale)

    on_commit_here(_prepare)
