"""Translations go through the board like any page (Art. 9.3, 24.1).

wagtail-localize publishes a translation at once from its editor, which only
someone with publish permission may do. A translator instead sends the
translation to the board: the translated text becomes a draft revision of the
page (or snippet) and the portal's workflow starts on it, exactly as when an
editor submits a Vietnamese page. The live page is not touched until the head
or a deputy gives final approval.

A page that was an untranslated alias and is converted into a translation is
taken offline until that approval, so a half-translated copy never goes live
under a foreign-language address.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.models import Page, WorkflowState


def can_submit(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    from wagtail.permission_policies import ModelPermissionPolicy

    return ModelPermissionPolicy(type(instance)).user_has_permission(user, "change")


@transaction.atomic
def submit_for_review(translation, user):
    """Save the translation's current text as a draft revision of the target
    and start (or resume) the workflow on it. Returns the workflow state."""
    from wagtail_localize.fields import copy_synchronised_fields
    from wagtail_localize.segments.ingest import ingest_segments

    target = translation.get_target_instance()
    if isinstance(target, Page):
        target = target.specific
    if not can_submit(user, target):
        raise PermissionDenied
    workflow = target.get_workflow()
    if workflow is None:
        raise PermissionDenied("Chưa có quy trình duyệt cho nội dung này.")

    source = translation.source
    original = source.as_instance()
    draft = target.get_latest_revision_as_object()
    copy_synchronised_fields(original, draft)
    segments = source._get_segments_for_translation(
        translation.target_locale, fallback=True
    )
    ingest_segments(original, draft, source.locale, translation.target_locale, segments)
    # save_revision writes only the revision and the draft markers: what is
    # live stays as it is until the workflow publishes this revision.
    draft.save_revision(user=user)

    state = target.current_workflow_state
    if state is None:
        return workflow.start(target, user)
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        # Already in review: the current step restarts on the new text.
        state.update(user=user, next_task=state.current_task_state.task)
    return state


def take_converted_alias_offline(sender, instance, created, **kwargs):
    """A PageLogEntry 'wagtail.convert_alias': the page stops mirroring the
    Vietnamese page and becomes a translation, so it is unpublished until the
    board approves its translated text (run after wagtail-localize's own
    save, in the schema it happened in)."""
    if not created or instance.action != "wagtail.convert_alias":
        return
    from wagtail.actions.unpublish_page import UnpublishPageAction

    from tenants.transactions import on_commit_here

    page_id = instance.page_id
    user = instance.user

    def _unpublish():
        page = (
            Page.objects.filter(pk=page_id, live=True)
            .exclude(locale__language_code="vi")
            .first()
        )
        # Never published as a translation: no live revision of its own. An
        # alias carries its source's live revision (Wagtail copies the field
        # when it makes and updates aliases), so any live revision that is
        # not this page's own is the Vietnamese page's, not an approval.
        own_live = (
            page is not None
            and page.live_revision_id is not None
            and page.live_revision.object_id == str(page.pk)
        )
        if page is not None and not own_live:
            # The system's doing, on the translator's action: no
            # unpublish permission of theirs is needed.
            UnpublishPageAction(page.specific, user=user, log_action=True).execute(
                skip_permission_checks=True
            )

    on_commit_here(_unpublish)


def refresh_source(sender, instance, **kwargs):
    """A Vietnamese page or snippet that has translations is published: its
    translation source is refreshed, so translators see the new and changed
    text at once (on the desk, progress drops below 100 %). The translations
    that are live stay as the board approved them until a new translation is
    approved. Keeps the translated sections in step with the source."""
    from wagtail_localize.models import TranslationSource

    if isinstance(instance, Page):
        instance = instance.specific
    locale = getattr(instance, "locale", None)
    if locale is None or locale.language_code != "vi":
        return
    if TranslationSource.objects.filter(
        object_id=instance.translation_key, locale=locale
    ).exists():
        TranslationSource.update_or_create_from_instance(instance)
