"""What crosses agencies, in the public schema.

Documents distributed by the province to the agencies they govern (Art. 12.2),
and the read model of what every portal has published (Art. 4.1–4.3, 15).

A distribution is written in the public schema by the province's portal; each
target agency reads its own rows from there, publishes a copy in its own
register (its own schema) and marks the row. No agency ever writes into
another agency's schema.
"""

from __future__ import annotations

import uuid

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from deadlines import rules as deadline_rules


class Distribution(models.Model):
    """One document sent by the province, with the metadata each copy needs."""

    source_agency = models.ForeignKey(
        "tenants.Agency", on_delete=models.CASCADE, related_name="distributions_sent"
    )
    source_page_id = models.PositiveIntegerField()
    source_url = models.URLField()
    number_symbol = models.CharField(_("số, ký hiệu"), max_length=60)
    title = models.CharField(_("tiêu đề"), max_length=255)
    abstract = models.TextField(_("trích yếu"))
    issuing_body_name = models.CharField(max_length=255)
    issued_on = models.DateField(_("ngày ban hành"))
    effective_on = models.DateField(null=True, blank=True)
    field = models.CharField(max_length=40)
    sent_at = models.DateTimeField(auto_now_add=True)
    sent_by = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("văn bản gửi đi")
        verbose_name_plural = _("văn bản gửi đi")

    def __str__(self):
        return self.number_symbol


class DistributionTarget(models.Model):
    """One governed agency's copy: due 10 working days after issue (Art. 12.1c)."""

    distribution = models.ForeignKey(
        Distribution, on_delete=models.CASCADE, related_name="targets"
    )
    agency = models.ForeignKey(
        "tenants.Agency",
        on_delete=models.CASCADE,
        related_name="distributions_received",
    )
    due_on = models.DateField(_("hạn đăng tải"))
    published_at = models.DateTimeField(_("ngày đăng"), null=True, blank=True)
    published_page_id = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]
        unique_together = [("distribution", "agency")]
        verbose_name = _("nơi nhận")
        verbose_name_plural = _("nơi nhận")

    @property
    def deadline(self) -> deadline_rules.Status:
        return deadline_rules.status(self.due_on, self.published_at)


class PublishedItem(models.Model):
    """What a portal has published, as the province reads it (Art. 4.1–4.3, 15).

    One row per published page or announcement of every portal, in the public
    schema. Written only by the outbox handler ``province.sync`` running in the
    item's own portal's schema (``agency`` is that portal, never taken from a
    payload) and by the rebuild/reconciliation, which compares these rows with
    each portal's schema. The public listings of the province, departments and
    districts read these rows alone: no public request reads another schema.

    A row exists only for a live, public (no view restriction), translated
    (not an alias of another language's page) item; a suspended portal's rows
    stay and are filtered out by ``visible()``, so they come back with it.
    """

    NEWS = "news"
    PROCEDURE = "procedure"
    DOCUMENT = "document"
    ANSWER = "answer"
    ANNOUNCEMENT = "announcement"
    KIND_CHOICES = [
        (NEWS, _("Tin tức")),
        (PROCEDURE, _("Thủ tục hành chính")),
        (DOCUMENT, _("Văn bản")),
        (ANSWER, _("Hỏi đáp")),
        (ANNOUNCEMENT, _("Thông báo")),
    ]

    agency = models.ForeignKey(
        "tenants.Agency", on_delete=models.CASCADE, related_name="published_items"
    )
    kind = models.CharField(_("loại"), max_length=20, choices=KIND_CHOICES)
    #: The page's id (or the announcement's) in the agency's schema.
    source_id = models.PositiveIntegerField()
    #: Wagtail's translation key: the same item in the portal's other languages.
    translation_key = models.UUIDField(null=True, blank=True)
    language = models.CharField(_("ngôn ngữ"), max_length=10)
    title = models.TextField(_("tiêu đề"))
    summary = models.TextField(_("tóm tắt"), blank=True)
    #: The path on the portal (language prefix included) and the absolute URL
    #: on the portal's primary domain (rewritten when the domain moves).
    path = models.TextField()
    url = models.TextField()
    #: The item's own date: a news item's date, a document's issue date, an
    #: answer's date, a procedure's or announcement's first publication.
    date = models.DateField(_("ngày"))
    published_at = models.DateTimeField(_("xuất bản lần đầu"), null=True)
    updated_at = models.DateTimeField(_("cập nhật"), null=True)
    #: An announcement's last day on the home page (None: until taken down).
    expires_on = models.DateField(null=True, blank=True)
    #: A procedure's code, a document's number and symbol.
    code = models.CharField(_("mã, số hiệu"), max_length=100, blank=True)
    field_code = models.CharField(max_length=60, blank=True)
    field_name = models.CharField(_("lĩnh vực"), max_length=255, blank=True)
    sector_code = models.CharField(max_length=60, blank=True)
    sector_name = models.CharField(_("ngành"), max_length=255, blank=True)
    #: A procedure's level of online service (1–4, Decree 43/2011).
    level = models.PositiveSmallIntegerField(_("mức độ"), null=True, blank=True)
    #: sha256 of the built fields: the reconciliation compares these.
    fingerprint = models.CharField(max_length=64)
    synced_at = models.DateTimeField(auto_now=True)
    #: The province-wide search (search.backends.postgres, issue 14.2): the
    #: title, summary and code through ``vietnamese.fold`` (same length as
    #: the text, for the highlighting), written with the row (``fold()``),
    #: and their ``simple`` tsvector, generated by the database.
    title_folded = models.TextField(blank=True, default="")
    summary_folded = models.TextField(blank=True, default="")
    code_folded = models.CharField(max_length=100, blank=True, default="")
    vector = models.GeneratedField(
        expression=SearchVector("title_folded", weight="A", config="simple")
        + SearchVector("summary_folded", weight="B", config="simple"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["-date", "-published_at", "-pk"]
        verbose_name = _("mục đã đăng")
        verbose_name_plural = _("mục đã đăng")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "kind", "source_id"], name="province_item_once"
            )
        ]
        indexes = [
            models.Index(
                fields=["kind", "language", "-date", "-published_at", "-id"],
                name="province_item_latest",
            ),
            models.Index(
                fields=["agency", "kind", "language", "-date"],
                name="province_item_agency",
            ),
            models.Index(
                fields=["kind", "language", "sector_code", "field_code", "level"],
                name="province_item_catalogue",
            ),
            # The counts per agency under the catalogue's and registers'
            # filters, read from the index alone (no heap visit per row).
            models.Index(
                fields=[
                    "agency",
                    "kind",
                    "language",
                    "sector_code",
                    "field_code",
                    "level",
                ],
                name="province_item_counts",
            ),
            GinIndex(fields=["vector"], name="province_item_search"),
            models.Index(
                fields=["code_folded"],
                name="province_item_code",
                opclasses=["varchar_pattern_ops"],
            ),
        ]

    def __str__(self):
        return f"{self.agency_id}:{self.kind}:{self.source_id} {self.title[:40]}"

    #: The columns ``fold()`` writes.
    FOLDED = ("title_folded", "summary_folded", "code_folded")

    def fold(self) -> PublishedItem:
        """Fill the folded columns from the title, summary and code (before a
        ``bulk_create``; ``save()`` does it itself)."""
        from search.models import folded_columns

        self.title_folded, self.summary_folded, self.code_folded = folded_columns(
            self.title, self.summary, self.code
        )
        return self

    def save(self, *args, **kwargs):
        self.fold()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *self.FOLDED}
        super().save(*args, **kwargs)


class Reconciliation(models.Model):
    """One run of the rebuild or the nightly reconciliation, with its counts."""

    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    #: "nightly", "command" (manage.py rebuild_province) or "console".
    trigger = models.CharField(max_length=20)
    #: {schema: {"added": n, "updated": n, "removed": n, "unchanged": n}} and
    #: {schema: "error"} for a portal that could not be read.
    counts = models.JSONField(default=dict)
    errors = models.JSONField(default=dict)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("lần đối chiếu")
        verbose_name_plural = _("lần đối chiếu")

    def __str__(self):
        return f"{self.trigger} {self.started_at:%Y-%m-%d %H:%M}"


class ReadModelVersion(models.Model):
    """One row: a token that changes with every write to the read model.

    The aggregated pages cache what costs the most and follows the number of
    portals (the counts per agency, the catalogue's sectors and fields) under
    this token (province.facets). Every write of ``PublishedItem`` rows sets a
    new random token in the writing transaction, and a registry change (an
    agency saved or deleted) does too: a reader sees the new token exactly
    when it sees the new rows. A random token, not a counter: a rolled-back
    write can never make a later token equal to one already cached.
    """

    token = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = _("phiên bản dữ liệu tổng hợp")
        verbose_name_plural = _("phiên bản dữ liệu tổng hợp")

    def __str__(self):
        return str(self.token)
