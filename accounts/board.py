"""Board roles of a portal (head, deputy, member), granted and taken away only
by the DIC in the operator console, each with its decision (Art. 10.1).

The portal's own technical administrator cannot grant them (accounts.forms,
editorial.roles.grantable_groups). Each change is written in the portal's
schema with its decision (accounts.BoardDecision), in one transaction with the
group change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django import forms
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tenants.utils import tenant_context

from editorial import roles
from vietnamese import nfc

from .models import BoardDecision


class BoardError(Exception):
    def __init__(self, message, field=None):
        super().__init__(message)
        self.message, self.field = message, field


BOARD_CHOICES = [(code, roles.role(code).name) for code in roles.BOARD]


class BoardDecisionForm(forms.Form):
    username = forms.ChoiceField(label=_("Tài khoản"))
    role = forms.ChoiceField(label=_("Vai trò"), choices=BOARD_CHOICES)
    action = forms.ChoiceField(
        label=_("Việc"), choices=BoardDecision.ACTIONS, widget=forms.RadioSelect
    )
    decision_number = forms.CharField(
        label=_("Số quyết định"),
        max_length=60,
        error_messages={"required": _("Cần số quyết định (Điều 10.1).")},
    )
    decision_date = forms.DateField(
        label=_("Ngày quyết định"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": _("Cần ngày quyết định."),
            "invalid": _("Ngày không hợp lệ."),
        },
    )

    def __init__(self, *args, usernames=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].choices = [(u, u) for u in usernames]

    def clean_decision_number(self):
        return nfc(" ".join(self.cleaned_data["decision_number"].split()))

    def clean_decision_date(self):
        day = self.cleaned_data["decision_date"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("Ngày quyết định không được sau hôm nay."))
        return day


@dataclass
class Member:
    username: str
    full_name: str
    roles: list[str]


def overview(agency):
    """(usernames, board members, decisions) of one portal, read in its schema."""
    with tenant_context(agency):
        users = list(
            get_user_model()
            .objects.filter(is_active=True)
            .prefetch_related("groups")
            .order_by("username")
        )
        board_names = {roles.role(code).name for code in roles.BOARD}
        members = [
            Member(
                u.get_username(),
                u.get_full_name(),
                [g.name for g in u.groups.all() if g.name in board_names],
            )
            for u in users
        ]
        decisions = list(BoardDecision.objects.select_related("user")[:50])
    return (
        [u.get_username() for u in users],
        [m for m in members if m.roles],
        decisions,
    )


def decide(
    agency,
    *,
    username: str,
    role_code: str,
    action: str,
    decision_number: str,
    decision_date: date,
    operator: str,
) -> BoardDecision:
    """Grant or take away one board role of one user of ``agency``."""
    if role_code not in roles.BOARD:
        raise BoardError(_("Chỉ cấp ở đây vai trò Ban biên tập."), "role")
    with tenant_context(agency), transaction.atomic():
        user = (
            get_user_model()
            .objects.select_for_update()
            .filter(username=username)
            .first()
        )
        if user is None:
            raise BoardError(_("Cổng này không có tài khoản đó."), "username")
        group = roles.group(role_code)
        holds = user.groups.filter(pk=group.pk).exists()
        if action == BoardDecision.GRANT:
            if holds:
                raise BoardError(_("Tài khoản đã có vai trò này."), "role")
            user.groups.add(group)
        elif action == BoardDecision.REVOKE:
            if not holds:
                raise BoardError(_("Tài khoản không có vai trò này."), "role")
            user.groups.remove(group)
        else:
            raise BoardError(_("Việc không hợp lệ."), "action")
        return BoardDecision.objects.create(
            user=user,
            role=role_code,
            action=action,
            decision_number=decision_number,
            decision_date=decision_date,
            operator=operator,
        )
