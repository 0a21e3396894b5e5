"""Page slugs: the project's one slug rule (``vietnamese.slugify``, đ → d) for
every page, typed in the admin's browser or saved on the server.

Wagtail keeps Unicode in slugs by default and its admin slugifies in the
browser, with a transliteration table that knows no Vietnamese ("Sở" became
"s" or stayed "sở"). Three pieces make every path agree:

- ``AsciiSlugInput``: the admin's slug widget, whose client-side formatters
  are generated from the server rule itself, so what the slug field shows
  while a title is typed is exactly what the server would store;
- ``AsciiSlugPageMixin``: every page model folds its slug when it is cleaned
  or saved (admin, ORM, imports, wagtail-localize's translations and aliases),
  and a page whose title has no Latin letter or digit (Chinese, Khmer) gets
  ``trang-<8 hex digits of its translation key>``;
- ``fold_posted_slug``: the page form folds a posted slug before Django's
  slug validator refuses it.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from wagtail.admin.widgets.slug import SlugInput

from . import fold, fold_letters, nfc, slugify, unaccent

#: Wagtail's ``Page.slug`` is 255 characters; the browser cuts there too.
MAX_LENGTH = 255
#: The start of a slug made for a title without a Latin letter or digit.
FALLBACK_PREFIX = "trang"


def page_slug(text: str) -> str:
    """The slug of ``text`` as every page gets it: the project's rule, cut to
    the field's length like the admin's browser cuts it."""
    return slugify(text or "")[:MAX_LENGTH].rstrip("-")


def fallback_slug(page) -> str:
    """An ASCII slug for a page whose title folds to nothing (a Chinese or
    Khmer title): stable, as the translation key does not change."""
    key = getattr(page, "translation_key", None)
    return f"{FALLBACK_PREFIX}-{key.hex[:8]}" if key else FALLBACK_PREFIX


def _folds_to(char: str) -> str:
    """What the server rule makes of one character alone."""
    return unaccent(nfc(char)).lower()


@lru_cache(maxsize=1)
def formatters() -> tuple[tuple[str, str], ...]:
    """Regular expressions and replacements that turn any text into the
    server's slug in the browser (Wagtail's ``w-slug`` controller applies them,
    in order, before its own ``urlify``, which then changes nothing).

    1. combining marks vanish (a letter typed decomposed keeps its base);
    2. each character the rule folds to ASCII letters or digits becomes them
       ("ắ" → "a", "Đ" → "d"), one character class per result;
    3. everything else is a separator, and separators at the ends go.
    """
    combining = []
    folded: dict[str, list[str]] = {}
    for code in range(0x80, 0x10000):
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", char)
        if all(unicodedata.combining(part) for part in decomposed):
            # A combining mark, or a sign made only of them (Tibetan ཱི).
            combining.append(code)
            continue
        result = _folds_to(char)
        if result and result.isascii() and result.isalnum():
            folded.setdefault(result, []).append(char)
    rules = [(_class(combining), "")]
    for result in sorted(folded):
        rules.append(("[" + "".join(folded[result]) + "]", result))
    rules.append(("[^A-Za-z0-9]+", "-"))
    rules.append(("^-+|-+$", ""))
    return tuple(rules)


def _class(codes: list[int]) -> str:
    """A character class of ``codes`` written as ``\\uXXXX`` ranges (both
    Python's and JavaScript's ``u`` regular expressions read them)."""
    ranges = []
    start = prev = codes[0]
    for code in codes[1:]:
        if code != prev + 1:
            ranges.append((start, prev))
            start = code
        prev = code
    ranges.append((start, prev))
    parts = [f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges]
    return "[" + "".join(parts) + "]"


class AsciiSlugInput(SlugInput):
    """Wagtail's slug widget with the project's rule in the browser."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(
            attrs=attrs,
            formatters=list(formatters or _formatters_for_widget()),
            locale=locale,
        )


def _formatters_for_widget():
    return [(pattern, replacement) for pattern, replacement in formatters()]


@cache
def ascii_slug_copy_form():
    """Wagtail's "copy page" form with the project's slug rule: its own slug
    field (built by the form, not by the model's form) gets the same widget,
    and a posted slug is folded before Django's validator sees it."""
    from wagtail.admin.forms.pages import CopyForm

    class AsciiSlugCopyForm(CopyForm):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["new_slug"].widget = AsciiSlugInput(locale=self.page.locale)
            # No title fills an empty slug here: one that folds to nothing is
            # left for the validator to refuse.
            fold_posted_slug(self, "new_slug", keep_empty=False)

    return AsciiSlugCopyForm


class _CopyFormClass:
    """``copy_form_class`` of the page models, built on first use (Wagtail's
    admin forms cannot be imported while the models load)."""

    def __get__(self, instance, owner):
        return ascii_slug_copy_form()


class AsciiSlugPageMixin:
    """For every page model: the slug is folded by the project's rule whatever
    path stores it, and made from the title when empty."""

    copy_form_class = _CopyFormClass()

    def folded_title(self) -> str:
        """The title as search folds it (search.page_index: the admin's
        page search finds "Tuyển dụng" typed "tuyen dung"). Wagtail does not
        fold the editor's query, so both spellings of i/y are indexed:
        "Đăng ký" is found typed "dang ky" and "dang ki"."""
        folded = fold(self.title or "")
        letters = fold_letters(self.title or "")
        return folded if letters == folded else f"{folded} {letters}"

    def _fold_slug(self) -> None:
        if self.slug:
            folded = page_slug(self.slug)
            # A slug of Chinese or Khmer letters folds to nothing: the title
            # is tried next, then the fallback.
            self.slug = folded

    def _parent_is_known(self) -> bool:
        return bool(self.path or getattr(self, "_cached_parent_obj", None))

    def _slug_from_title(self) -> str:
        return self._get_autogenerated_slug(
            page_slug(self.title) or fallback_slug(self)
        )

    def _set_core_field_defaults(self):
        self._fold_slug()
        if not self.slug and self._parent_is_known():
            self.slug = self._slug_from_title()
        super()._set_core_field_defaults()

    def save(self, *args, **kwargs):
        # ``save(clean=False)`` skips the cleaning above; fold here too.
        before = self.slug
        self._fold_slug()
        if before and not self.slug and self._parent_is_known():
            self.slug = self._slug_from_title()
        return super().save(*args, **kwargs)


def fold_posted_slug(form, field: str = "slug", keep_empty: bool = True) -> None:
    """Fold the slug a bound form was posted with, before Django's slug
    validator sees it: "Sở TT&TT" is stored as "so-tt-tt", not refused.
    ``keep_empty=False`` leaves a slug that folds to nothing as posted."""
    if not form.is_bound or field not in form.fields:
        return
    key = form.add_prefix(field)
    posted = form.data.get(key)
    if not posted:
        return
    folded = page_slug(posted)
    if folded != posted and (folded or keep_empty):
        data = form.data.copy()
        data[key] = folded
        form.data = data


def fold_existing_slugs() -> list[tuple[str, str]]:
    """Fold the slugs of this schema's pages that are not the rule's ASCII
    (pages made in the admin before the rule reached the browser).

    Each page is saved through its model, so Wagtail updates the URL paths of
    the page and its descendants and, on commit, its redirects app records
    the old addresses (``WAGTAILREDIRECTS_AUTO_CREATE``): an old link answers
    with a permanent redirect to the new address, not a 404. Returns
    ``(old slug, new slug)`` pairs. Shallow pages first, so a parent's new
    path is in place before its children's."""
    from django.db import transaction
    from wagtail.models import Page

    changed = []
    # Only slugs with letters outside ASCII: an ASCII slug already serves
    # (it is folded, if at all, the next time its page is saved).
    ids = [
        pk
        for pk, slug in Page.objects.exclude(depth=1).values_list("pk", "slug")
        if not slug.isascii()
    ]
    for page in Page.objects.filter(pk__in=ids).order_by("depth", "path"):
        page = page.specific
        old = page.slug
        with transaction.atomic():
            page.slug = page_slug(old)
            # Not ``clean``: an old page may not pass today's validation, and
            # only its address changes here.
            page.save(clean=False)
            latest = page.latest_revision
            if latest is not None and latest.content.get("slug") != page.slug:
                # A later publish of that revision must not bring the old slug
                # back (the mixin would fold it again; this keeps the editor's
                # draft showing what is stored).
                latest.content["slug"] = page.slug
                latest.save(update_fields=["content"])
        changed.append((old, page.slug))
    return changed
