"""The pages of every portal: home, mandatory sections, news, standard pages.

Each agency's schema holds its own page tree: a ``HomePage`` with one
``SectionPage`` (or ``NewsIndexPage``) per mandatory section (home.sections),
created by tenants.provisioning.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from search.page_index import PAGE_SEARCH_FIELDS
from vietnamese.admin_forms import VietnameseModelForm, VietnamesePageForm
from vietnamese.slugs import AsciiSlugPageMixin

from .blocks import BodyBlock
from .languages import translated

PAGE_SIZE = 10


def paginate(request, queryset, per_page: int = PAGE_SIZE):
    """The page of ``queryset`` asked for by ``?page=``; out-of-range asks get the last."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page", 1)
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


class HomePage(AsciiSlugPageMixin, Page):
    """The front page of a portal: latest news, sections, and on the province's
    portal the list of every component portal (Art. 4.1)."""

    base_form_class = VietnamesePageForm

    intro = RichTextField(
        _("lời giới thiệu"),
        blank=True,
        help_text=_("Vài câu giới thiệu cổng thông tin, hiển thị đầu trang chủ."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = PAGE_SEARCH_FIELDS
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.SectionPage",
        "home.NewsIndexPage",
        "home.StandardPage",
        "documents.LegalDocumentIndexPage",
        "qa.QAIndexPage",
    ]

    class Meta:
        verbose_name = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = translated(
            NewsPage.objects.live().descendant_of(self)
        ).order_by("-date", "-pk")[:6]
        context["sections"] = translated(
            self.get_children().live().in_menu()
        ).specific()
        context["announcements"] = Announcement.current().filter(locale=self.locale)
        agency = getattr(request, "tenant", None)
        if agency is not None and agency.parent_id is None:
            context["portal_groups"] = component_portals(exclude=agency)
        context.update(units_news(agency, self.locale.language_code))
        return context


def units_news(agency, language: str) -> dict:
    """On a portal with units under it (the province, a district, a
    department): their latest news by kind of agency, from the province's read
    model (no other portal's schema is read), and links to the aggregated
    pages. The portal's own news is the block above, so it is left out here."""
    from province import listings
    from province import scope as scopes
    from province.views_public import page_links, titles_for

    scope = scopes.for_agency(agency)
    if scope is None:
        return {}
    groups = listings.latest_by_kind(scope, language)
    for _label, items in groups:
        for item in items:
            item.agency_name = scope.by_id[item.agency_id].name
    return {
        "unit_news": groups,
        "unit_news_title": titles_for(scope)["news"],
        "unit_pages": page_links(scope),
    }


def component_portals(exclude=None):
    """Active portals grouped by kind, read from the public registry (Art. 4.1):
    [(kind's plural name, [{"name", "public_url"}])]. Every portal of the
    province is listed, so the list is kept in the cache under the read
    model's token (province.facets), which every change of an agency, a
    domain or a kind replaces: the province's home does not read a hundred
    registry rows per request."""
    from django.utils import translation

    from province import facets

    return facets.cached(
        "portals",
        facets.token(),
        "registry",
        translation.get_language() or "",
        [exclude.pk if exclude is not None else 0],
        lambda: _component_portals(exclude),
    )


def _component_portals(exclude=None):
    from tenants.models import Agency

    agencies = (
        Agency.objects.active()
        .select_related("kind")
        .prefetch_related("domains")
        .order_by("kind__sort_order", "name")
    )
    if exclude is not None:
        agencies = agencies.exclude(pk=exclude.pk)
    groups: dict = {}
    for agency in agencies:
        primary = next((d for d in agency.domains.all() if d.is_primary), None)
        if primary is None:
            continue
        label = agency.kind.name_plural if agency.kind else _("Cơ quan khác")
        groups.setdefault(str(label), []).append(
            {"name": agency.name, "public_url": _portal_url(primary.domain)}
        )
    return list(groups.items())


def _portal_url(host):
    from tenants.models import portal_url

    return portal_url(host)


class SectionPage(AsciiSlugPageMixin, Page):
    """The index page of one mandatory section; lists what is published in it."""

    base_form_class = VietnamesePageForm

    intro = RichTextField(
        _("giới thiệu chuyên mục"),
        blank=True,
        help_text=_("Đoạn mở đầu của chuyên mục, hiển thị trên danh sách bài."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = PAGE_SEARCH_FIELDS + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["home.StandardPage", "home.SectionPage"]

    class Meta:
        verbose_name = _("chuyên mục")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = paginate(
            request,
            translated(self.get_children().live())
            .specific()
            .order_by("-first_published_at", "path"),
        )
        return context


class StandardPage(AsciiSlugPageMixin, Page):
    """An article in a section: introduction, plan, guidance, contacts..."""

    base_form_class = VietnamesePageForm

    summary = models.TextField(
        _("tóm tắt"),
        blank=True,
        help_text=_("Một hai câu tóm tắt, hiện trên danh sách."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("nội dung"), blank=True)
    cited_documents = ParentalManyToManyField(
        "documents.LegalDocumentPage",
        verbose_name=_("văn bản được trích dẫn"),
        blank=True,
        related_name="citing_standard_pages",
        help_text=_(
            "Văn bản mà bài này phổ biến hoặc trích dẫn. Khi văn bản bị bãi bỏ, thay "
            "thế, bài được đưa vào hàng đợi để xem xét gỡ xuống (Điều 25.2)."
        ),
    )
    deadline_rule = models.CharField(
        _("thời hạn đăng tải (Điều 12)"),
        max_length=40,
        blank=True,
        choices=[
            ("dissemination", _("Phổ biến luật, chính sách: 15 ngày làm việc")),
            ("science", _("Chương trình, đề tài khoa học: 20 ngày làm việc")),
            ("statistics", _("Số liệu thống kê: 10 ngày làm việc")),
        ],
        help_text=_("Để trống nếu bài không thuộc các loại có thời hạn đăng tải."),
    )
    deadline_start = models.DateField(
        _("ngày bắt đầu tính hạn"),
        null=True,
        blank=True,
        help_text=_(
            "Ngày ban hành luật, chính sách được phổ biến (mặc định: ngày ban hành của "
            "văn bản được trích dẫn), ngày phê duyệt đề tài, hoặc ngày quyết định công bố số liệu."
        ),
    )
    deadline_due = models.DateField(
        _("hạn đăng tải"), null=True, blank=True, editable=False
    )
    provenance = models.TextField(
        _("nguồn cung cấp"),
        blank=True,
        help_text=_(
            "Ai cung cấp thông tin và khi nào (Điều 24.2). Điền sẵn khi bài được tạo "
            "từ thông tin gửi đến; hiển thị cuối bài."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("cited_documents"),
        FieldPanel("deadline_rule"),
        FieldPanel("deadline_start"),
        FieldPanel("provenance"),
    ]
    search_fields = PAGE_SEARCH_FIELDS + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    # Under the services section: the usage guides (Art. 14.2).
    parent_page_types = [
        "home.HomePage",
        "home.SectionPage",
        "services.ProcedureIndexPage",
    ]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("bài viết")

    def clean(self):
        super().clean()
        if self.deadline_rule and not self._deadline_start():
            from django.core.exceptions import ValidationError

            raise ValidationError(
                {
                    "deadline_start": _(
                        "Cần ngày bắt đầu tính hạn (hoặc trích dẫn văn bản)."
                    )
                }
            )

    def _deadline_start(self):
        """The start date given, or the earliest cited document's date of issue."""
        if self.deadline_start:
            return self.deadline_start
        dates = [d.issued_on for d in self.cited_documents.all()]
        return min(dates) if dates else None

    def save(self, *args, **kwargs):
        from deadlines.rules import due_date

        start = self._deadline_start() if self.deadline_rule else None
        self.deadline_start = start
        self.deadline_due = due_date(start, self.deadline_rule) if start else None
        super().save(*args, **kwargs)

    @property
    def deadline(self):
        from deadlines.rules import status

        return (
            status(self.deadline_due, self.first_published_at)
            if self.deadline_due
            else None
        )


class NewsIndexPage(AsciiSlugPageMixin, Page):
    """The news and events section: news articles, newest first, paginated."""

    base_form_class = VietnamesePageForm

    intro = RichTextField(_("giới thiệu chuyên mục"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = PAGE_SEARCH_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]

    class Meta:
        verbose_name = _("chuyên mục tin tức")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = translated(NewsPage.objects.live().child_of(self)).order_by(
            "-date", "-pk"
        )
        context["items"] = paginate(request, news)
        return context


class NewsPage(AsciiSlugPageMixin, Page):
    """A news article: date, summary, body and an optional lead photo."""

    base_form_class = VietnamesePageForm

    date = models.DateField(_("ngày đăng"), default=timezone.localdate)
    summary = models.TextField(
        _("tóm tắt"), blank=True, help_text=_("Sa-pô: một hai câu tóm tắt bản tin.")
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("nội dung"), blank=True)
    source = models.CharField(
        _("nguồn tin"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Phòng Văn hóa – Thông tin."),
    )
    cited_documents = ParentalManyToManyField(
        "documents.LegalDocumentPage",
        verbose_name=_("văn bản được trích dẫn"),
        blank=True,
        related_name="citing_news_pages",
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("source"),
        FieldPanel("cited_documents"),
    ]
    search_fields = PAGE_SEARCH_FIELDS + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("tin bài")


class Announcement(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    models.Model,
):
    """A notice shown at the top of the home page (for example a change of
    opening hours). A snippet that publishes, so it goes through the board's
    workflow like a page (editorial.workflow); translatable, so each language
    section shows its own."""

    title = models.CharField(_("tiêu đề"), max_length=255)
    body = RichTextField(_("nội dung"), blank=True, features=["bold", "italic", "link"])
    display_until = models.DateField(
        _("hiển thị đến ngày"),
        null=True,
        blank=True,
        help_text=_("Để trống để hiển thị đến khi gỡ xuống."),
    )

    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="announcement"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="announcement",
        for_concrete_model=False,
    )

    panels = [FieldPanel("title"), FieldPanel("body"), FieldPanel("display_until")]
    base_form_class = VietnameseModelForm

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def current(cls):
        today = timezone.localdate()
        return cls.objects.filter(live=True).filter(
            models.Q(display_until__isnull=True) | models.Q(display_until__gte=today)
        )
