"""Published questions and answers (Art. 12.1d: answers of general interest)."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from home.languages import translated
from home.models import paginate
from search.page_index import PAGE_SEARCH_FIELDS
from vietnamese import nfc, unaccent
from vietnamese.admin_forms import VietnamesePageForm
from vietnamese.slugs import AsciiSlugPageMixin

from .models import FIELD_CHOICES


class AnswersFilterForm(forms.Form):
    """The list's query parameters: a known field and a search of reasonable
    length (Django's CharField refuses NUL); an invalid one is ignored and
    shown beside the filters."""

    q = forms.CharField(label=_("Từ khoá"), required=False, max_length=200)
    linh_vuc = forms.ChoiceField(
        label=_("Lĩnh vực"), required=False, choices=[("", "")] + FIELD_CHOICES
    )


class QAIndexPage(AsciiSlugPageMixin, Page):
    """The "Trao đổi – Hỏi đáp" section: published answers by field, with search,
    and the links to ask a question and to follow one."""

    base_form_class = VietnamesePageForm

    intro = models.TextField(_("giới thiệu"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = PAGE_SEARCH_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = ["qa.QAPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("chuyên mục hỏi đáp")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = translated(QAPage.objects.live().child_of(self))
        form = AnswersFilterForm(request.GET)
        form.is_valid()
        valid = {k: v for k, v in getattr(form, "cleaned_data", {}).items() if v}
        if "linh_vuc" in valid:
            items = items.filter(field=valid["linh_vuc"])
        for word in unaccent(nfc(valid.get("q", ""))).lower().split()[:8]:
            items = items.filter(search_text__contains=word)
        context["items"] = paginate(request, items.order_by("-answered_on", "-pk"))
        context["field_choices"] = FIELD_CHOICES
        context["form"] = form
        # What the filters show as chosen: only values that were valid.
        context["params"] = valid
        return context


class QAPage(AsciiSlugPageMixin, Page):
    """One answered question, edited to carry no personal data."""

    base_form_class = VietnamesePageForm

    question_text = models.TextField(
        _("câu hỏi"),
        help_text=_(
            "Đã biên tập, bỏ mọi thông tin cá nhân (tên, địa chỉ, số điện thoại)."
        ),
    )
    asker = models.CharField(
        _("người hỏi"),
        max_length=30,
        blank=True,
        help_text=_("Chỉ chữ cái đầu của họ tên (ví dụ T.V.B.), hoặc để trống."),
    )
    field = models.CharField(_("lĩnh vực"), max_length=40, choices=FIELD_CHOICES)
    answer = models.TextField(_("trả lời"))
    asked_on = models.DateField(_("ngày hỏi"))
    answered_on = models.DateField(_("ngày trả lời"))
    source_question = models.ForeignKey(
        "qa.Question",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pages",
    )
    search_text = models.TextField(editable=False, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("question_text"),
        FieldPanel("asker"),
        FieldPanel("field"),
        FieldPanel("answer"),
        FieldPanel("asked_on"),
        FieldPanel("answered_on"),
    ]
    search_fields = PAGE_SEARCH_FIELDS + [
        index.SearchField("question_text"),
        index.SearchField("answer"),
    ]
    parent_page_types = ["qa.QAIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("hỏi đáp")
        verbose_name_plural = _("hỏi đáp")

    def save(self, *args, **kwargs):
        self.search_text = unaccent(
            f"{self.title} {self.question_text} {self.answer}"
        ).lower()
        super().save(*args, **kwargs)
