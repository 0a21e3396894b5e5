"""Admin views of the board: moderation queue, contributions inbox; and the
public contribution form."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page
from wagtail.rich_text import RichText

from aggov import ratelimit
from aggov.body_limit import body_limit
from home.models import SectionPage, StandardPage
from vietnamese import slugify

from . import queue as moderation
from .forms import ContributionForm, ConvertForm, DeclineForm, ErasureForm
from .models import Contribution, ContributionFile


def moderation_queue(request):
    if not moderation.can_see_queue(request.user):
        raise PermissionDenied
    try:
        section_id = int(request.GET.get("chuyen_muc") or 0) or None
    except ValueError:
        section_id = None
    items = moderation.queue(section_id=section_id)
    finder = AdminURLFinder(request.user)
    for item in items:
        item.edit_url = finder.get_edit_url(item.object)
    from documents.models import TakedownFlag

    flags = TakedownFlag.objects.filter(resolved_at=None).select_related(
        "page", "document"
    )
    return TemplateResponse(
        request,
        "editorial/queue.html",
        {
            "items": items,
            "takedown_flags": flags,
            "sections": moderation.sections(),
            "section_id": section_id,
        },
    )


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def contribution_inbox(request):
    _require(request, "editorial.view_contribution")
    status = request.GET.get("trang_thai", Contribution.STATUS_NEW)
    contributions = Contribution.objects.all()
    if status in dict(Contribution.STATUS_CHOICES):
        contributions = contributions.filter(status=status)
    return TemplateResponse(
        request,
        "editorial/inbox.html",
        {
            "contributions": contributions.prefetch_related("files"),
            "status": status,
            "statuses": Contribution.STATUS_CHOICES,
        },
    )


def contribution_detail(request, pk):
    _require(request, "editorial.view_contribution")
    contribution = get_object_or_404(Contribution, pk=pk)
    convert_form = ConvertForm(request.POST if "convert" in request.POST else None)
    decline_form = DeclineForm(request.POST if "decline" in request.POST else None)
    if request.method == "POST":
        _require(request, "editorial.change_contribution")
        if contribution.status != Contribution.STATUS_NEW:
            messages.error(request, _("Thông tin này đã được xử lý."))
            return redirect("editorial_contribution", pk=pk)
        if "convert" in request.POST and convert_form.is_valid():
            page = convert_to_draft(
                contribution, convert_form.cleaned_data["section"], request.user
            )
            messages.success(
                request, _("Đã tạo bản nháp «%(title)s».") % {"title": page.title}
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
        if "decline" in request.POST and decline_form.is_valid():
            decline(contribution, decline_form.cleaned_data["reason"], request.user)
            messages.success(request, _("Đã từ chối và báo cho người cung cấp."))
            return redirect("editorial_inbox")
    return TemplateResponse(
        request,
        "editorial/contribution.html",
        {
            "contribution": contribution,
            "convert_form": convert_form,
            "decline_form": decline_form,
        },
    )


@transaction.atomic
def convert_to_draft(
    contribution: Contribution, section: SectionPage, user
) -> StandardPage:
    """A draft page in ``section`` carrying the contribution's text and provenance."""
    paragraphs = [p.strip() for p in contribution.content.split("\n\n") if p.strip()]
    base_slug = slugify(contribution.title)[:70] or "thong-tin"
    slug, n = base_slug, 1
    while section.get_children().filter(slug=slug).exists():
        n += 1
        slug = f"{base_slug}-{n}"
    page = StandardPage(
        title=contribution.title,
        slug=slug,
        body=[("paragraph", RichText(f"<p>{_escape(p)}</p>")) for p in paragraphs],
        provenance=contribution.provenance,
        live=False,
        owner=user,
    )
    section.add_child(instance=page)
    page.save_revision(user=user)
    contribution.status = Contribution.STATUS_CONVERTED
    contribution.draft_page = page
    contribution.handled_by = user
    contribution.handled_at = timezone.now()
    contribution.save()
    return page


def decline(contribution: Contribution, reason: str, user) -> None:
    from outbox.service import enqueue

    with transaction.atomic():
        contribution.status = Contribution.STATUS_DECLINED
        contribution.decline_reason = reason
        contribution.handled_by = user
        contribution.handled_at = timezone.now()
        contribution.save()
        # The provider's email, stored with the decision (outbox).
        enqueue("editorial.contribution_declined", {"contribution_id": contribution.pk})


def _escape(text: str) -> str:
    from django.utils.html import escape

    return escape(text).replace("\n", "<br>")


def _max_contribution_body() -> int:
    # The attachments' total, and a megabyte for the text fields and the
    # multipart framing (DATA_UPLOAD_MAX_MEMORY_SIZE bounds the fields too).
    return settings.CONTRIBUTION_MAX_UPLOAD_BYTES + 1024 * 1024


@body_limit(_max_contribution_body)
def submit_contribution(request):
    """Public: send information to this portal's board (Art. 24.2).

    The same defences as the question form: the shared captcha, the shared
    per-address rate limit, and a body limit checked before anything is read.
    """
    if request.method == "POST" and ratelimit.exceeded(
        request, "contribution", settings.CONTRIBUTIONS_PER_HOUR
    ):
        return render(
            request,
            "editorial/contribution_form.html",
            {
                "form": ContributionForm(),
                "limited": True,
                "retention_days": settings.CONTRIBUTION_RETENTION_DAYS,
            },
            status=429,
        )
    form = ContributionForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            contribution = form.save()
            for upload in form.cleaned_data["attachments"]:
                ContributionFile.objects.create(contribution=contribution, file=upload)
        ratelimit.record(request, "contribution")
        return render(
            request,
            "editorial/contribution_sent.html",
            {"contribution": contribution},
        )
    return render(
        request,
        "editorial/contribution_form.html",
        {"form": form, "retention_days": settings.CONTRIBUTION_RETENTION_DAYS},
    )


def erase_contribution(request):
    """Public: the provider erases their name, contacts and files with the code
    given on submission (POST only; each attempt counts towards a limit)."""
    if request.method != "POST":
        return render(
            request, "editorial/contribution_erase.html", {"form": ErasureForm()}
        )
    if ratelimit.hit(request, "contribution-erase", settings.QA_LOOKUPS_PER_HOUR):
        return render(
            request,
            "editorial/contribution_erase.html",
            {"form": ErasureForm(), "limited": True},
            status=429,
        )
    form = ErasureForm(request.POST)
    context = {"form": form}
    if form.is_valid():
        with transaction.atomic():
            contribution = (
                Contribution.objects.select_for_update()
                .filter(tracking_code=form.cleaned_data["code"])
                .first()
            )
            if contribution is None:
                context["not_found"] = True
            elif contribution.erased_at is not None:
                context["already"] = True
            else:
                contribution.erase_personal_data()
                context["erased"] = True
                context["form"] = ErasureForm()
    return render(request, "editorial/contribution_erase.html", context)


# --- Translations (Art. 9.3) ------------------------------------------------


def _translations_for(user):
    """The translations this user may work on, in this portal's schema."""
    from wagtail_localize.models import Translation

    from . import translations

    finder = AdminURLFinder(user)
    rows = []
    for translation in (
        Translation.objects.filter(enabled=True)
        .exclude(target_locale__language_code="vi")
        .select_related("source", "target_locale")
        .order_by("target_locale__language_code", "source__object_repr")
    ):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:  # the translated page was deleted since
            continue
        if isinstance(target, Page):
            target = target.specific
        if not translations.can_submit(user, target):
            continue
        total, done = translation.get_progress()
        state = target.current_workflow_state
        rows.append(
            {
                "translation": translation,
                "target": target,
                "edit_url": finder.get_edit_url(target),
                "total": total,
                "done": done,
                "in_review": state is not None and state.is_active,
                "live": getattr(target, "live", False),
            }
        )
    return rows


def translation_desk(request):
    """The translator's desk: every translation in progress, its progress,
    PO export and import, and sending it to the board."""
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    query = request.GET.get("q", "").strip()
    return TemplateResponse(
        request,
        "editorial/translations.html",
        {
            "rows": _translations_for(request.user),
            "to_translate": _still_to_translate(query),
            "query": query,
        },
    )


def _submit_url(item) -> str:
    from django.urls import reverse

    if isinstance(item, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[item.pk])
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[item._meta.app_label, item._meta.model_name, item.pk],
    )


def _still_to_translate(query: str, limit: int = 50):
    """Vietnamese pages and announcements not yet translated into every
    language of the portal (an alias is not a translation), newest first:
    where a translator starts, since the Vietnamese tree is not theirs to
    browse in the admin."""
    from wagtail.models import Locale

    from home.models import Announcement
    from vietnamese import unaccent

    foreign = list(Locale.objects.exclude(language_code="vi").order_by("pk"))
    if not foreign:
        return []
    vietnamese = Locale.objects.get(language_code="vi")
    needle = unaccent(query).lower()
    items = []
    candidates = list(
        Page.objects.filter(locale=vietnamese, depth__gt=1)
        .live()
        .order_by("-last_published_at")
        .only("pk", "title", "translation_key")
    ) + list(Announcement.objects.filter(locale=vietnamese, live=True))
    # (translation key, locale) of every real translation, in two queries.
    translated = set(
        Page.objects.exclude(locale=vietnamese)
        .filter(alias_of__isnull=True)
        .values_list("translation_key", "locale_id")
    ) | set(
        Announcement.objects.exclude(locale=vietnamese).values_list(
            "translation_key", "locale_id"
        )
    )
    for item in candidates:
        if needle and needle not in unaccent(str(item)).lower():
            continue
        missing = [
            locale
            for locale in foreign
            if (item.translation_key, locale.pk) not in translated
        ]
        if missing:
            items.append({"item": item, "missing": missing, "url": _submit_url(item)})
        if len(items) >= limit:
            break
    return items


def submit_translation(request, translation_id):
    """POST: send a translation to the board's workflow (never publishes)."""
    from wagtail_localize.models import Translation

    from . import translations

    if request.method != "POST":
        return redirect("editorial_translations")
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    translations.submit_for_review(translation, request.user)
    messages.success(
        request,
        _("Đã gửi bản dịch «%(title)s» (%(language)s) cho Ban biên tập duyệt.")
        % {
            "title": translation.source.object_repr,
            "language": translation.target_locale.get_display_name(),
        },
    )
    return redirect("editorial_translations")
