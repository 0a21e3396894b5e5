"""Shared test helpers: portal staff with a role, and a client signed in as them."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from editorial import roles

from .portals import inside

PASSWORD = "Bien-Tap-An-Giang-2026"


def make_staff(code: str, username: str, role_code: str, full_name: str = ""):
    """A user of portal ``code`` holding one role, with an assigning decision."""
    with inside(code):
        user = get_user_model().objects.create_user(
            username,
            email=f"{username}@{code}.angiang.gov.vn",
            password=PASSWORD,
            full_name=full_name or username,
            decision_number=f"15/QĐ-{code.upper()}",
        )
        user.groups.add(roles.group(role_code))
        return user


def signed_in(client_class, host: str, username: str, password: str = PASSWORD):
    """A fresh client signed in to the admin of ``host``."""
    client = client_class()
    response = client.post(
        "/admin/login/", {"username": username, "password": password}, HTTP_HOST=host
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def signed_in_team(client_class, code: str, host: str, members: dict):
    """``{username: (role code, full name)}`` made staff of portal ``code``
    (in that order), each with a client signed in to ``host``."""
    for username, (role_code, full_name) in members.items():
        make_staff(code, username, role_code, full_name)
    return {username: signed_in(client_class, host, username) for username in members}


def console_operator(client_class, *codenames):
    """A client signed in as a DIC operator (public schema) holding only the
    registry permissions ``codenames`` (none: an operator without rights)."""
    user = get_user_model().objects.create_user(
        username=f"vanhanh_{'_'.join(codenames) or 'none'}",
        password="Van-hanh-He-thong-2026",
        is_staff=True,
    )
    for codename in codenames:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="tenants", codename=codename)
        )
    client = client_class()
    client.force_login(user)
    return client
