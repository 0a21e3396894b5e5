"""ensure_roles removes Wagtail's default groups only when empty, and says so."""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.roles import ensure_roles
from tests.logs import aggov_log
from tests.portals import home_page, inside

pytestmark = pytest.mark.django_db


def test_an_empty_default_group_is_deleted_and_one_in_use_kept(caplog):
    home = home_page("sotttt")
    with inside("sotttt"):
        Group.objects.create(name="Moderators")
        editors = Group.objects.create(name="Editors")
        get_user_model().objects.create_user("cu", password="x").groups.add(editors)
        with aggov_log(caplog):
            ensure_roles(home)
        assert list(Group.objects.filter(name__in=["Moderators", "Editors"])) == [
            editors
        ]
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert (
        "ensure_roles: Wagtail's default group 'Moderators' deleted in schema sotttt"
        in messages
    )
    assert (
        "ensure_roles: group 'Editors' kept in schema sotttt: it has members (cu)"
        in messages
    )
