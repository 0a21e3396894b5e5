"""migrate_platform's console-domain fix-up says what it took from which portal."""

import logging
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command

from tenants.models import Domain
from tests.logs import aggov_log
from tests.portals import agency

pytestmark = pytest.mark.django_db


def test_taking_the_console_domain_from_a_portal_is_logged(caplog):
    domain = settings.PORTAL_CONSOLE_DOMAIN
    Domain.objects.filter(domain=domain).delete()
    Domain.objects.create(domain=domain, tenant=agency("sotttt"), is_primary=False)
    stderr = StringIO()
    with aggov_log(caplog):
        call_command("migrate_platform", verbosity=0, stdout=StringIO(), stderr=stderr)
    assert Domain.objects.get(domain=domain).tenant.schema_name == "public"
    [record] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert record.name == "aggov.tenants"
    assert f"domain {domain} removed from portal sotttt" in record.getMessage()
    assert f"domain {domain} removed from portal sotttt" in stderr.getvalue()
