"""The legal and administrative documents register of one portal.

``LegalDocumentIndexPage`` is the public register (the "Văn bản" section) with
filters and search; each ``LegalDocumentPage`` is one document, a Wagtail page
so that it goes through the board's workflow like any page. Posting deadlines
(Art. 12.1c) are computed by deadlines.rules from the date issued.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from deadlines import rules as deadline_rules
from home.languages import translated
from home.models import paginate
from search.page_index import PAGE_SEARCH_FIELDS
from vietnamese import nfc, slugify, unaccent
from vietnamese.admin_forms import VietnamesePageForm
from vietnamese.slugs import AsciiSlugPageMixin

from .filters import RegisterFilterForm
from .numbering import TYPE_CODES, NumberError, parse

STATUS_IN_FORCE = "in_force"
STATUS_PARTLY = "partly_in_force"
STATUS_EXPIRED = "expired"
STATUS_REPEALED = "repealed"
STATUS_REPLACED = "replaced"
STATUS_CHOICES = [
    (STATUS_IN_FORCE, _("Còn hiệu lực")),
    (STATUS_PARTLY, _("Hết hiệu lực một phần")),
    (STATUS_EXPIRED, _("Hết hiệu lực")),
    (STATUS_REPEALED, _("Bị bãi bỏ")),
    (STATUS_REPLACED, _("Bị thay thế")),
]
#: Statuses that take down the articles citing a document (Art. 25.2).
WITHDRAWN = {STATUS_REPEALED, STATUS_REPLACED}

FIELD_CHOICES = [
    ("hanh-chinh", _("Hành chính")),
    ("thong-tin-truyen-thong", _("Thông tin – Truyền thông")),
    ("y-te", _("Y tế")),
    ("giao-duc", _("Giáo dục – Đào tạo")),
    ("dau-tu", _("Đầu tư – Kế hoạch")),
    ("tai-chinh", _("Tài chính")),
    ("tu-phap", _("Tư pháp")),
    ("dan-toc", _("Dân tộc – Tôn giáo")),
    ("khac", _("Khác")),
]
DEADLINE_CHOICES = [
    ("issuing_agency", _("Cơ quan ban hành: 2 ngày làm việc")),
    ("governed_agency", _("Cơ quan chịu sự điều chỉnh: 10 ngày làm việc")),
]


class LegalDocumentIndexPage(AsciiSlugPageMixin, Page):
    """The public register: filters by type, field, issuing body, year and status,
    and search of number, title and abstract (with or without diacritics)."""

    base_form_class = VietnamesePageForm

    intro = models.TextField(_("giới thiệu"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = PAGE_SEARCH_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = ["documents.LegalDocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sổ văn bản")

    def documents(self):
        return translated(LegalDocumentPage.objects.live().child_of(self))

    def filtered(self, params):
        """The live documents matching the query parameters ``params`` (a
        QueryDict or dict), each read through RegisterFilterForm."""
        return self._filtered(RegisterFilterForm(params).filters())

    def _filtered(self, valid: dict):
        docs = self.documents()
        if "loai" in valid:
            docs = docs.filter(type_code=valid["loai"])
        if "linh_vuc" in valid:
            docs = docs.filter(field=valid["linh_vuc"])
        if "co_quan" in valid:
            docs = docs.filter(issuing_body=valid["co_quan"])
        if "nam" in valid:
            docs = docs.filter(issued_on__year=valid["nam"])
        if "hieu_luc" in valid:
            docs = docs.filter(legal_status=valid["hieu_luc"])
        for word in unaccent(nfc(valid.get("q", ""))).lower().split()[:8]:
            docs = docs.filter(search_text__contains=word)
        return docs.order_by("-issued_on", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = self.documents()
        form = RegisterFilterForm(request.GET)
        valid = form.filters()
        context["items"] = paginate(request, self._filtered(valid), per_page=20)
        context["form"] = form
        # What the filters show as chosen: only values that were valid.
        context["params"] = {k: str(v) for k, v in valid.items()}
        context["type_choices"] = [
            (code, TYPE_CODES[code])
            for code in sorted(set(documents.values_list("type_code", flat=True)))
        ]
        context["field_choices"] = FIELD_CHOICES
        context["bodies"] = sorted(
            set(documents.values_list("issuing_body", flat=True))
        )
        context["years"] = sorted(
            {d.year for d in documents.values_list("issued_on", flat=True)},
            reverse=True,
        )
        context["status_choices"] = STATUS_CHOICES
        return context


class LegalDocumentPage(AsciiSlugPageMixin, Page):
    """One legal or administrative document, with its metadata, files and relations."""

    base_form_class = VietnamesePageForm

    number_symbol = models.CharField(
        _("số, ký hiệu"),
        max_length=60,
        help_text=_(
            "Ví dụ: 03/2017/QĐ-UBND. Năm, loại và cơ quan ban hành được tách tự động."
        ),
    )
    type_code = models.CharField(_("loại văn bản"), max_length=8, editable=False)
    year = models.PositiveSmallIntegerField(
        _("năm"), null=True, blank=True, editable=False
    )
    issuing_body = models.CharField(
        _("cơ quan ban hành"), max_length=60, editable=False
    )
    issuing_body_name = models.CharField(
        _("tên cơ quan ban hành"),
        max_length=255,
        help_text=_("Ví dụ: Ủy ban nhân dân tỉnh An Giang."),
    )
    signer = models.CharField(_("người ký"), max_length=150, blank=True)
    issued_on = models.DateField(_("ngày ban hành"))
    effective_on = models.DateField(_("ngày có hiệu lực"), null=True, blank=True)
    expires_on = models.DateField(_("ngày hết hiệu lực"), null=True, blank=True)
    legal_status = models.CharField(
        _("tình trạng hiệu lực"),
        max_length=20,
        choices=STATUS_CHOICES,
        default=STATUS_IN_FORCE,
    )
    field = models.CharField(
        _("lĩnh vực"), max_length=40, choices=FIELD_CHOICES, default="hanh-chinh"
    )
    abstract = models.TextField(_("trích yếu"))
    deadline_rule = models.CharField(
        _("thời hạn đăng tải"),
        max_length=40,
        choices=DEADLINE_CHOICES,
        default="issuing_agency",
        help_text=_(
            "Điều 12.1c: 2 ngày làm việc nếu cơ quan này ban hành, 10 ngày nếu chịu sự điều chỉnh."
        ),
    )
    deadline_due = models.DateField(
        _("hạn đăng tải"), null=True, blank=True, editable=False
    )
    source_url = models.URLField(
        _("bản gốc"),
        blank=True,
        help_text=_("Khi đăng lại văn bản của cơ quan khác: địa chỉ bản gốc."),
    )
    search_text = models.TextField(editable=False, blank=True)
    # The province.DistributionTarget this copy answers (Art. 12.2), if any.
    distribution_target_id = models.PositiveIntegerField(
        null=True, blank=True, editable=False
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("number_symbol"),
                FieldPanel("issuing_body_name"),
                FieldRowPanel(
                    [
                        FieldPanel("issued_on"),
                        FieldPanel("effective_on"),
                        FieldPanel("expires_on"),
                    ]
                ),
                FieldRowPanel([FieldPanel("legal_status"), FieldPanel("field")]),
                FieldPanel("signer"),
                FieldPanel("deadline_rule"),
                FieldPanel("source_url"),
            ],
            heading=_("Thông tin văn bản"),
        ),
        FieldPanel("abstract"),
        InlinePanel("files", label=_("Tệp văn bản")),
        InlinePanel("relations", label=_("Văn bản liên quan")),
    ]
    search_fields = PAGE_SEARCH_FIELDS + [
        index.SearchField("abstract"),
        index.SearchField("number_symbol"),
        index.FilterField("legal_status"),
    ]
    parent_page_types = ["documents.LegalDocumentIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")

    def clean(self):
        super().clean()
        try:
            parse(self.number_symbol)
        except NumberError as error:
            raise ValidationError({"number_symbol": str(error)}) from None
        if (
            self.effective_on
            and self.expires_on
            and self.expires_on < self.effective_on
        ):
            raise ValidationError(
                {"expires_on": _("Ngày hết hiệu lực trước ngày có hiệu lực.")}
            )

    def save(self, *args, **kwargs):
        parsed = parse(self.number_symbol)
        self.number_symbol = parsed.text
        self.type_code, self.year, self.issuing_body = (
            parsed.type_code,
            parsed.year,
            parsed.issuing_body,
        )
        self.abstract = nfc(self.abstract)
        if not self.slug:
            self.slug = slugify(parsed.text)
        self.deadline_due = deadline_rules.due_date(self.issued_on, self.deadline_rule)
        self.search_text = unaccent(
            f"{parsed.text} {self.title} {self.abstract}"
        ).lower()
        super().save(*args, **kwargs)

    @property
    def type_name(self) -> str:
        return TYPE_CODES.get(self.type_code, "")

    @property
    def deadline(self) -> deadline_rules.Status:
        return deadline_rules.status(self.deadline_due, self.first_published_at)


class LegalDocumentFile(Orderable):
    """A file of the document (PDF, DOC, DOCX), served by Wagtail's document view."""

    page = ParentalKey(
        LegalDocumentPage, on_delete=models.CASCADE, related_name="files"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("document")]


class DocumentRelation(Orderable):
    """This document replaces, amends, repeals or guides another."""

    KIND_CHOICES = [
        ("replaces", _("Thay thế")),
        ("amends", _("Sửa đổi, bổ sung")),
        ("repeals", _("Bãi bỏ")),
        ("guides", _("Hướng dẫn")),
    ]
    page = ParentalKey(
        LegalDocumentPage, on_delete=models.CASCADE, related_name="relations"
    )
    kind = models.CharField(_("quan hệ"), max_length=20, choices=KIND_CHOICES)
    target = models.ForeignKey(
        LegalDocumentPage,
        verbose_name=_("văn bản trong sổ này"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="related_from",
    )
    target_number = models.CharField(
        _("hoặc số, ký hiệu"),
        max_length=60,
        blank=True,
        help_text=_("Văn bản chưa có trong sổ này."),
    )

    panels = [FieldPanel("kind"), FieldPanel("target"), FieldPanel("target_number")]

    @property
    def label(self) -> str:
        return self.target.number_symbol if self.target_id else self.target_number


class TakedownFlag(models.Model):
    """A published page citing a document that was repealed or replaced (Art. 25.2).

    Shown in the board's queue until someone reviews or unpublishes the page.
    Nothing is deleted: an unpublished page keeps its history (Art. 25.1).
    """

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="takedown_flags"
    )
    document = models.ForeignKey(
        LegalDocumentPage,
        on_delete=models.CASCADE,
        related_name="takedown_flags_raised",
    )
    reason = models.CharField(_("lý do"), max_length=255)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        unique_together = [("page", "document")]
        verbose_name = _("bài cần gỡ xuống")
        verbose_name_plural = _("bài cần gỡ xuống")
