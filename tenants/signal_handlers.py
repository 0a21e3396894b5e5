"""Keep caches and Wagtail Sites in step with the agency registry."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_tenants.utils import schema_exists, tenant_context

from . import hosts
from .models import Agency, Domain


@receiver([post_save, post_delete], sender=Agency)
@receiver([post_delete], sender=Domain)
def forget_hosts(sender, **kwargs):
    hosts.clear()


@receiver(post_save, sender=Domain)
def follow_primary_domain(sender, instance, **kwargs):
    """Each schema's Wagtail Site answers on the agency's primary domain, so that
    ``full_url``, canonical links and emails carry the right host."""
    hosts.clear()
    agency = instance.tenant
    if not instance.is_primary or agency.schema_name == settings.PUBLIC_SCHEMA_NAME:
        return
    if not schema_exists(agency.schema_name):
        return
    from wagtail.models import Site

    with tenant_context(agency):
        for site in Site.objects.filter(is_default_site=True):
            site.hostname = instance.domain
            site.port = settings.PORTAL_PORT
            site.save()  # Wagtail's handler clears its site root paths cache
