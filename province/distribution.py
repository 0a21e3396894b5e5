"""Sending a provincial document to governed agencies, and publishing a copy."""

from __future__ import annotations

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from deadlines import rules as deadline_rules

from .models import Distribution, DistributionTarget


def distribute(page, agencies, user) -> Distribution:
    """From the province's schema: record ``page`` for each agency (public schema)."""
    due = deadline_rules.due_date(page.issued_on, "governed_agency")
    with transaction.atomic():
        distribution = Distribution.objects.create(
            source_agency=connection.tenant,
            source_page_id=page.pk,
            source_url=page.full_url or "",
            number_symbol=page.number_symbol,
            title=page.title,
            abstract=page.abstract,
            issuing_body_name=page.issuing_body_name,
            issued_on=page.issued_on,
            effective_on=page.effective_on,
            field=page.field,
            sent_by=user.get_full_name() or user.get_username(),
        )
        for agency in agencies:
            DistributionTarget.objects.get_or_create(
                distribution=distribution, agency=agency, defaults={"due_on": due}
            )
    return distribution


def inbox():
    """The current agency's received documents (read from the public schema)."""
    return DistributionTarget.objects.filter(agency=connection.tenant).select_related(
        "distribution", "distribution__source_agency"
    )


def publish_copy(target: DistributionTarget, user):
    """In the receiving agency's schema: a copy in its own register that links to
    the original. Published at once by someone who may publish; otherwise sent
    into the board's workflow (the row is marked when the copy goes live)."""
    from documents.models import LegalDocumentIndexPage, LegalDocumentPage

    if target.agency_id != connection.tenant.pk:
        raise PermissionError("not this agency's document")
    d = target.distribution
    index = LegalDocumentIndexPage.objects.get(
        locale__language_code=settings.LANGUAGE_CODE
    )
    with transaction.atomic():
        existing = LegalDocumentPage.objects.filter(
            distribution_target_id=target.pk
        ).first()
        page = existing or index.add_child(
            instance=LegalDocumentPage(
                title=d.title,
                number_symbol=d.number_symbol,
                abstract=d.abstract,
                issuing_body_name=d.issuing_body_name,
                issued_on=d.issued_on,
                effective_on=d.effective_on,
                field=d.field,
                source_url=d.source_url,
                deadline_rule="governed_agency",
                distribution_target_id=target.pk,
                live=False,
                owner=user,
            )
        )
        revision = page.save_revision(user=user)
        if page.permissions_for_user(user).can_publish():
            revision.publish(user=user)
        elif page.get_workflow() and not page.workflow_in_progress:
            page.get_workflow().start(page, user)
    return page


def mark_published(page) -> None:
    """Called when a copy goes live (documents.signal_handlers)."""
    if page.distribution_target_id:
        DistributionTarget.objects.filter(
            pk=page.distribution_target_id, published_at__isnull=True
        ).update(
            published_at=page.first_published_at or timezone.now(),
            published_page_id=page.pk,
        )
