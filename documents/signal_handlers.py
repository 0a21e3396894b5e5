"""Art. 25.2: when a document is repealed or replaced, the pages citing it are
flagged for the board to review or unpublish. Nothing is deleted."""

from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published, page_unpublished

from .models import WITHDRAWN, LegalDocumentPage, TakedownFlag


@receiver(page_published, sender=LegalDocumentPage)
def answer_distribution(sender, instance, **kwargs):
    """A copy of a provincial document went live: tell the province (public schema)."""
    from province.distribution import mark_published

    mark_published(instance)


@receiver(page_published, sender=LegalDocumentPage)
def flag_citing_pages(sender, instance, **kwargs):
    if instance.legal_status not in WITHDRAWN:
        return
    reason = f"Văn bản {instance.number_symbol} {instance.get_legal_status_display().lower()}"
    citing = list(instance.citing_standard_pages.live()) + list(
        instance.citing_news_pages.live()
    )
    for page in citing:
        TakedownFlag.objects.get_or_create(
            page=page.page_ptr, document=instance, defaults={"reason": reason}
        )


@receiver(page_unpublished)
def resolve_flags(sender, instance, **kwargs):
    TakedownFlag.objects.filter(page_id=instance.pk, resolved_at=None).update(
        resolved_at=timezone.now()
    )
