"""Moving a portal to a new domain (Art. 29 of Decision 03/2017/QĐ-UBND).

The new domain becomes primary at once (the Wagtail site follows it, see
tenants.signal_handlers); the old one keeps serving the portal in parallel for
three months, then stops (tenants.hosts ignores expired domains).
"""

from __future__ import annotations

import calendar
from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import domain_rules
from .models import Agency, Domain, portal_url
from .provisioning import ProvisioningError, check_domain_free

PARALLEL_MONTHS = 3


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def move_to_domain(
    agency: Agency, label: str, reason: str, today: date | None = None
) -> Domain:
    """Make ``label``.<base> the agency's primary domain; keep the old one 3 months."""
    today = today or timezone.localdate()
    try:
        label = domain_rules.validate_label(label)
    except domain_rules.DomainRuleError as error:
        raise ProvisioningError(str(error), "label") from None
    if not reason.strip():
        raise ProvisioningError(_("Cần ghi lý do chuyển tên miền."), "reason")
    new_domain = domain_rules.portal_domain(label, settings.PORTAL_BASE_DOMAIN)
    check_domain_free(new_domain, field="label")
    with transaction.atomic():
        Domain.objects.filter(tenant=agency, is_primary=True).update(
            is_primary=False, valid_until=add_months(today, PARALLEL_MONTHS)
        )
        domain = Domain.objects.create(
            tenant=agency, domain=new_domain, is_primary=True
        )
        agency.domain_override = label
        agency.domain_override_reason = reason.strip()
        agency.save(update_fields=["domain_override", "domain_override_reason"])
        # The province's read model links to the new domain from now on.
        from province.sync import rewrite_urls

        rewrite_urls(agency, portal_url(new_domain))
    return domain
