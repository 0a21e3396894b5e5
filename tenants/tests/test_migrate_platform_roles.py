"""A portal migrated by migrate_platform gets the permissions that new
models bring to its roles (older portals made before the models existed)."""

import pytest
from django.contrib.auth.models import Permission

from editorial import roles
from tenants.management.commands.migrate_platform import Command
from tests.portals import agency, inside

pytestmark = pytest.mark.django_db


def test_a_migrated_portals_roles_get_the_new_permissions():
    with inside("sotttt"):
        head = roles.group(roles.HEAD)
        publish = Permission.objects.get(codename="publish_announcement")
        head.permissions.remove(publish)  # as on a portal older than the permission
        assert not head.permissions.filter(pk=publish.pk).exists()
    with inside("soyte"):
        other = roles.group(roles.HEAD)
        other.permissions.remove(
            Permission.objects.get(codename="publish_announcement")
        )
    Command().refresh_roles(agency("sotttt"))
    with inside("sotttt"):
        assert roles.group(roles.HEAD).permissions.filter(pk=publish.pk).exists()
    with inside("soyte"):  # only the migrated portal
        assert (
            not roles.group(roles.HEAD)
            .permissions.filter(codename="publish_announcement")
            .exists()
        )
