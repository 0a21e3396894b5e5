"""The translator's main action in wagtail-localize's editor (issue 11.6).

wagtail-localize's footer makes its last action the main one: "Publish in …"
for whoever may publish, otherwise "Delete" ("Xoá"), which Wagtail grants to
anyone who may add or change a non-live page, so translators saw deleting the
translation as their main action. Translators never delete pages and never
publish: their main action is to send the translation to the board.

For a translator (not on the board) the editor is wagtail-localize's own, with
its props changed: no delete action, and the main button posts ``action=
publish`` to the edit URL as before, which ``send_to_the_board`` turns into
``editorial.translations.submit_for_review`` (a draft revision through the
workflow, never live). ``TranslatorCatalogue`` names that button "Gửi Ban biên
tập duyệt" for them. Deleting a page is refused on the server as well
(``before_delete_page``, bulk delete).
"""

from __future__ import annotations

import html
import json
import re

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.views.i18n import JavaScriptCatalog

from . import roles
from . import workflow_messages as wm

PROPS = re.compile(r'data-props="([^"]*)"')
#: The editor's main button for translators (wagtail-localize builds it as
#: gettext("Publish in ") + the language's name).
SEND_LABEL = "Gửi Ban biên tập duyệt – bản "


def is_translator_only(user) -> bool:
    return roles.is_translator(user) and not roles.is_board(user)


def _translation_of(instance):
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()


def _without_delete(response):
    """wagtail-localize's rendered editor, its props changed for a translator."""
    text = response.content.decode(response.charset or "utf-8")
    found = PROPS.search(text)
    if found is None:
        return response
    props = json.loads(html.unescape(found.group(1)))
    perms = props.setdefault("perms", {})
    perms["canDelete"] = False
    perms["canPublish"] = True  # the main button: sent to the board, see below
    props.setdefault("links", {})["deleteUrl"] = None
    changed = html.escape(json.dumps(props), quote=True)
    response.content = (text[: found.start(1)] + changed + text[found.end(1) :]).encode(
        response.charset or "utf-8"
    )
    return response


def send_to_the_board(request, instance):
    """``before_edit_page`` / ``before_edit_snippet``, before wagtail-localize's."""
    if not is_translator_only(request.user):
        return None
    translation = _translation_of(instance)
    if translation is None:
        return None
    from . import translations

    if request.method == "POST" and request.POST.get("action") == "publish":
        translations.submit_for_review(translation, request.user)
        wm.announce(request, instance, wm.SUBMIT, replace=False)
        return redirect("editorial_translations")
    if request.method == "GET":
        from wagtail_localize.views.edit_translation import edit_translation

        return _without_delete(edit_translation(request, translation, instance))
    return None


def refuse_deleting(request, page):
    """``before_delete_page``: translators delete no page (Wagtail would let
    them delete the non-live translations they own or may change)."""
    if is_translator_only(request.user):
        raise PermissionDenied


def refuse_bulk_deleting(request, action_type, objects, action_class_instance):
    if action_type == "delete" and is_translator_only(request.user):
        raise PermissionDenied


class TranslatorCatalogue(JavaScriptCatalog):
    """wagtail-localize's JavaScript catalogue, with the translator's name for
    the editor's main button (served at its URL, see ``aggov.urls_tenants``)."""

    packages = ["wagtail_localize"]

    def get_catalog(self):
        catalog = super().get_catalog()
        if self.request.user.is_authenticated and is_translator_only(self.request.user):
            catalog["Publish in "] = SEND_LABEL
        return catalog
