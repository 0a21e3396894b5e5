"""The catalogue of administrative procedures of one portal (Art. 14.1).

``ProcedureIndexPage`` is the portal's "Thủ tục hành chính – Dịch vụ công
trực tuyến" section; each ``ProcedurePage`` is one procedure, a Wagtail page so
that it goes through the board's workflow like any page. Procedures come from
the national database (services.importer); editors complete them (the forms as
the portal's own files, the level), and a re-import does not silently undo
their changes.
"""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from search.page_index import PAGE_SEARCH_FIELDS
from vietnamese import nfc, slugify, unaccent
from vietnamese.admin_forms import VietnamesePageForm
from vietnamese.slugs import AsciiSlugPageMixin

from .. import levels, usage
from ..blocks import (
    ChannelsBlock,
    DossierBlock,
    LegalBasesBlock,
    ResultsBlock,
    StepsBlock,
)

MINISTRY = "bo"
PROVINCE = "tinh"
DISTRICT = "huyen"
COMMUNE = "xa"
OTHER = "khac"
GOVERNMENT_LEVEL_CHOICES = [
    (MINISTRY, _("Cấp bộ")),
    (PROVINCE, _("Cấp tỉnh")),
    (DISTRICT, _("Cấp huyện")),
    (COMMUNE, _("Cấp xã")),
    (OTHER, _("Cơ quan khác")),
]

#: A national procedure code: 1.000080, 2.001234, 1.012345.H08 (local variants).
CODE_PATTERN = r"^[0-9]\.[0-9]{6}(\.[0-9A-Z]{1,10})?$"


class Sector(models.Model):
    """A sector (ngành), e.g. Tư pháp, Xây dựng: the first level of the catalogue."""

    code = models.CharField(
        _("mã ngành"), max_length=40, unique=True, null=True, blank=True
    )
    name = models.CharField(_("tên ngành"), max_length=255, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=80, unique=True, editable=False)

    class Meta:
        verbose_name = _("ngành")
        verbose_name_plural = _("ngành")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.slug = self.slug or slugify(self.name)[:80]
        super().save(*args, **kwargs)


class Field(models.Model):
    """A field (lĩnh vực) of a sector, with its national code where known
    (e.g. G15-TP01): the managed vocabulary the catalogue filters by."""

    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, related_name="fields", verbose_name=_("ngành")
    )
    code = models.CharField(
        _("mã lĩnh vực"), max_length=40, unique=True, null=True, blank=True
    )
    name = models.CharField(_("tên lĩnh vực"), max_length=255)
    slug = models.SlugField(_("đường dẫn"), max_length=80, editable=False)

    class Meta:
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")
        ordering = ["sector__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["sector", "name"], name="services_field_unique_name"
            ),
            models.UniqueConstraint(
                fields=["sector", "slug"], name="services_field_unique_slug"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.sector.name})"

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.slug = self.slug or slugify(self.name)[:80]
        if self.code == "":
            self.code = None
        super().save(*args, **kwargs)


@register_setting(icon="link")
class ServicesSettings(BaseSiteSetting):
    """Per portal: where citizens submit online (the province's one-stop shop)."""

    submission_url = models.URLField(
        _("địa chỉ nộp hồ sơ trực tuyến"),
        max_length=500,
        blank=True,
        default="https://dichvucong.angiang.gov.vn/",
        help_text=_(
            "Hệ thống thông tin giải quyết thủ tục hành chính (một cửa). "
            "{code} được thay bằng mã thủ tục, ví dụ "
            "https://dichvucong.angiang.gov.vn/nop-ho-so?ma={code}"
        ),
    )

    class Meta:
        verbose_name = _("dịch vụ công trực tuyến")

    def clean(self):
        super().clean()
        from urllib.parse import urlsplit

        url = self.submission_url or ""
        if url and urlsplit(url).scheme.lower() not in ("http", "https"):
            raise ValidationError(
                {
                    "submission_url": _(
                        "Địa chỉ nộp hồ sơ phải bắt đầu bằng https:// hoặc http://."
                    )
                }
            )

    def submission_link(self, code: str) -> str:
        return self.submission_url.replace("{code}", code)


class ProcedureIndexPage(AsciiSlugPageMixin, Page):
    """The portal's services section: the catalogue by sector and field."""

    base_form_class = VietnamesePageForm

    intro = RichTextField(_("giới thiệu chuyên mục"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = PAGE_SEARCH_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = ["services.ProcedurePage", "home.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("danh mục thủ tục hành chính")

    def procedures(self):
        from home.languages import translated

        return translated(ProcedurePage.objects.live().child_of(self))

    def get_context(self, request, *args, **kwargs):
        from ..public import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class ProcedurePage(AsciiSlugPageMixin, Page):
    """One administrative procedure as the national database defines it."""

    base_form_class = VietnamesePageForm

    code = models.CharField(
        _("mã thủ tục"),
        max_length=30,
        db_index=True,
        validators=[],
        help_text=_(
            "Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.000080."
        ),
    )
    # "<language>:<code>": the code is unique among a portal's procedures of
    # one language (translations share their source's code).
    unique_code = models.CharField(max_length=50, unique=True, editable=False)
    name = models.TextField(_("tên thủ tục"))
    procedure_type = models.CharField(_("loại thủ tục"), max_length=255, blank=True)
    decision_number = models.CharField(
        _("quyết định công bố"), max_length=120, blank=True
    )
    government_levels = ArrayField(
        models.CharField(max_length=10, choices=GOVERNMENT_LEVEL_CHOICES),
        verbose_name=_("cấp thực hiện"),
        default=list,
        blank=True,
    )
    field = models.ForeignKey(
        Field,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="procedures",
        verbose_name=_("lĩnh vực"),
    )
    level = models.PositiveSmallIntegerField(
        _("mức độ"),
        choices=levels.LEVEL_CHOICES,
        default=2,
        help_text=_(
            "Nghị định 43/2011: 1–2 cung cấp thông tin, 3 một phần, 4 toàn trình "
            "(Nghị định 42/2022)."
        ),
    )
    implementing_agency = models.TextField(_("cơ quan thực hiện"), blank=True)
    competent_authority = models.TextField(_("cơ quan có thẩm quyền"), blank=True)
    applicants = models.TextField(_("đối tượng thực hiện"), blank=True)
    reception_address = models.TextField(_("địa chỉ tiếp nhận hồ sơ"), blank=True)
    description = models.TextField(_("mô tả"), blank=True)
    requirements = models.TextField(_("yêu cầu, điều kiện"), blank=True)
    related = models.TextField(_("thủ tục hành chính liên quan"), blank=True)
    steps = StreamField(StepsBlock(), verbose_name=_("trình tự thực hiện"), blank=True)
    channels = StreamField(
        ChannelsBlock(), verbose_name=_("cách thức thực hiện"), blank=True
    )
    dossier = StreamField(
        DossierBlock(), verbose_name=_("thành phần hồ sơ"), blank=True
    )
    results = StreamField(
        ResultsBlock(), verbose_name=_("kết quả thực hiện"), blank=True
    )
    legal_bases = StreamField(
        LegalBasesBlock(), verbose_name=_("căn cứ pháp lý"), blank=True
    )
    national_url = models.URLField(
        _("trang trên Cổng Dịch vụ công quốc gia"), max_length=500, blank=True
    )

    # Kept by the importer: the hash of the national record last applied, and
    # the revision it made. A later revision is an editor's change, which a
    # re-import does not overwrite (its change becomes a draft for the board).
    import_hash = models.CharField(max_length=64, blank=True, editable=False)
    imported_revision_id = models.PositiveIntegerField(
        null=True, blank=True, editable=False
    )
    search_text = models.TextField(blank=True, editable=False)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("level"), FieldPanel("field")]),
                FieldPanel("government_levels"),
                FieldPanel("procedure_type"),
                FieldPanel("decision_number"),
                FieldPanel("national_url"),
            ],
            heading=_("Thông tin thủ tục"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("implementing_agency"),
                FieldPanel("competent_authority"),
                FieldPanel("applicants"),
                FieldPanel("reception_address"),
            ],
            heading=_("Cơ quan và đối tượng"),
        ),
        FieldPanel("steps"),
        FieldPanel("channels"),
        FieldPanel("dossier"),
        FieldPanel("results"),
        FieldPanel("requirements"),
        FieldPanel("legal_bases"),
        FieldPanel("description"),
        FieldPanel("related"),
    ]
    search_fields = PAGE_SEARCH_FIELDS + [
        index.SearchField("name"),
        index.SearchField("code"),
        index.FilterField("level"),
    ]
    parent_page_types = ["services.ProcedureIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")

    def clean(self):
        super().clean()
        import re

        self.code = (self.code or "").strip()
        if not re.match(CODE_PATTERN, self.code):
            raise ValidationError(
                {"code": _("Mã thủ tục không đúng dạng (ví dụ 1.000080).")}
            )
        clash = ProcedurePage.objects.filter(unique_code=self._unique_code()).exclude(
            pk=self.pk
        )
        if clash.exists():
            raise ValidationError({"code": _("Cổng đã có thủ tục mang mã này.")})

    def _unique_code(self) -> str:
        language = self.locale.language_code if self.locale_id else "vi"
        return f"{language}:{self.code}"

    def save(self, *args, **kwargs):
        self.code = (self.code or "").strip()
        self.name = nfc(self.name or self.title).strip()
        self.unique_code = self._unique_code()
        self.search_text = unaccent(nfc(f"{self.code} {self.name}")).lower()
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..public import procedure_context

        context = super().get_context(request, *args, **kwargs)
        context.update(procedure_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        # Citizens' views are counted (Art. 14.2); editors' previews are not.
        if not getattr(request, "is_preview", False):
            usage.record(request, self, usage.VIEW)
        return super().serve(request, *args, **kwargs)

    # What the level allows (services.levels), for templates and views.
    @property
    def kind(self) -> str:
        return levels.kind_of(self.level)

    @property
    def kind_label(self) -> str:
        return levels.kind_label(self.level)

    @property
    def forms_downloadable(self) -> bool:
        return levels.forms_downloadable(self.level)

    @property
    def online_submission(self) -> bool:
        return levels.online_submission(self.level)

    @property
    def postal_delivery(self) -> bool:
        return levels.postal_delivery(self.level)
