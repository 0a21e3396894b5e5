"""The roles of a portal's editorial work (Art. 16, 24 of Decision 03/2017/QĐ-UBND).

Each role is a Wagtail group with page permissions on the portal's home page
and a few model permissions. Contributors and editors create and submit but
never publish; members review (step 1 of the workflow); the head or a deputy
gives final approval, which publishes as them and so needs publish permission;
the technical administrator manages accounts, workflows, redirects and the
portal's languages but publishes nothing; a translator translates the
foreign-language sections (Art. 9.3) and sends translations to the board, but
never touches the Vietnamese pages and never publishes.

Page permissions are granted on the Vietnamese home page and, when a language
is enabled, on that language's home page (``ensure_roles`` on that home).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

logger = logging.getLogger("aggov.editorial")


@dataclass(frozen=True)
class Role:
    code: str
    name: str
    page_permissions: tuple[str, ...]
    model_permissions: tuple[str, ...] = ()  # "app_label.codename"
    #: Page permissions on a foreign-language home; None: the same as on Vietnamese.
    foreign_page_permissions: tuple[str, ...] | None = None

    def page_permissions_in(self, language_code: str) -> tuple[str, ...]:
        if language_code == "vi" or self.foreign_page_permissions is None:
            return self.page_permissions
        return self.foreign_page_permissions


HEAD = "truong_ban"
DEPUTY = "pho_truong_ban"
MEMBER = "thanh_vien"
EDITOR = "bien_tap_vien"
CONTRIBUTOR = "cong_tac_vien"
TECH_ADMIN = "quan_tri_ky_thuat"
TRANSLATOR = "bien_dich_vien"

_WORKFLOW_ADMIN = (
    "wagtailcore.add_workflow",
    "wagtailcore.change_workflow",
    "wagtailcore.add_task",
    "wagtailcore.change_task",
)
_SNIPPET_EDIT = ("home.add_announcement", "home.change_announcement")
#: The board receives contributions and citizens' questions.
_BOARD_INBOX = (
    "editorial.view_contribution",
    "editorial.change_contribution",
    "qa.handle_question",
    # Postal delivery requests (Art. 14.3): the queue and its statuses.
    "services.view_postalrequest",
    "services.change_postalrequest",
)
#: Uploading procedure files (Dịch vụ công → Nhập thủ tục) and reading the
#: runs' reports; whoever may not publish imports drafts for the board.
_IMPORT = ("services.add_importrun", "services.view_importrun")
#: The catalogue's sectors and fields (imports create them; these correct them).
_VOCABULARY = (
    "services.add_sector",
    "services.change_sector",
    "services.add_field",
    "services.change_field",
)
#: The usage of the portal's online services (Art. 14.2): board and tech admin.
_USAGE = ("services.view_usageday",)

ROLES: tuple[Role, ...] = (
    Role(
        HEAD,
        "Trưởng Ban biên tập",
        ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
        _SNIPPET_EDIT
        + ("home.publish_announcement",)
        + _WORKFLOW_ADMIN
        + _BOARD_INBOX
        + _IMPORT
        + _VOCABULARY
        + _USAGE,
    ),
    Role(
        DEPUTY,
        "Phó Trưởng Ban biên tập",
        ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
        _SNIPPET_EDIT
        + ("home.publish_announcement",)
        + _BOARD_INBOX
        + _IMPORT
        + _VOCABULARY
        + _USAGE,
    ),
    Role(
        MEMBER,
        "Thành viên Ban biên tập",
        ("add_page", "change_page", "lock_page"),
        _SNIPPET_EDIT + _BOARD_INBOX + _IMPORT + _VOCABULARY + _USAGE,
    ),
    Role(
        EDITOR,
        "Biên tập viên",
        ("add_page", "change_page"),
        _SNIPPET_EDIT + _IMPORT,
    ),
    Role(CONTRIBUTOR, "Cộng tác viên", ("add_page",), ("home.add_announcement",)),
    Role(
        TECH_ADMIN,
        "Quản trị kỹ thuật",
        ("add_page", "change_page", "lock_page", "unlock_page"),
        _WORKFLOW_ADMIN
        + _IMPORT
        + _VOCABULARY
        + _USAGE
        + (
            "accounts.add_user",
            "accounts.change_user",
            "accounts.view_user",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
            # Enables the portal's foreign languages (Settings → Locales).
            "wagtailcore.add_locale",
            "wagtailcore.change_locale",
            # The one-stop-shop's API keys (Dịch vụ công → Khóa kết nối).
            "services.manage_apitoken",
            # The one-stop shop's address (Settings → Dịch vụ công trực tuyến).
            "services.change_servicessettings",
        ),
    ),
    Role(
        TRANSLATOR,
        "Biên dịch viên",
        (),
        (
            "wagtail_localize.submit_translation",
            # Editing a translated announcement; Vietnamese ones are refused
            # by editorial.wagtail_hooks.
            "home.change_announcement",
        ),
        foreign_page_permissions=("add_page", "change_page"),
    ),
)
BOARD = (HEAD, DEPUTY, MEMBER)
COLLECTION_PERMISSIONS = (
    "add_image",
    "choose_image",
    "add_document",
    "choose_document",
)


def role(code: str) -> Role:
    return next(r for r in ROLES if r.code == code)


def group(code: str) -> Group:
    return Group.objects.get(name=role(code).name)


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


#: Created by Wagtail's migrations; the portal's roles replace them.
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")


def remove_wagtail_default_groups() -> None:
    """Delete Wagtail's English default groups, but never one somebody is in.

    An empty one is deleted and the deletion logged ("aggov.editorial" at
    WARNING, with the schema). One with members was put to use by someone: it
    is kept, and the refusal logged, for the DIC to decide.
    """
    from django.db import connection

    for grp in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        members = list(grp.user_set.values_list("username", flat=True))
        if members:
            logger.warning(
                "ensure_roles: group %r kept in schema %s: it has members (%s)",
                grp.name,
                connection.schema_name,
                ", ".join(members),
            )
            continue
        logger.warning(
            "ensure_roles: Wagtail's default group %r deleted in schema %s",
            grp.name,
            connection.schema_name,
        )
        grp.delete()


def ensure_roles(home: Page) -> dict[str, Group]:
    """Create or complete the role groups of this schema (idempotent)."""
    remove_wagtail_default_groups()
    access_admin = _permission("wagtailadmin.access_admin")
    page_perms = {
        p.codename: p
        for p in Permission.objects.filter(
            content_type__app_label="wagtailcore", content_type__model="page"
        )
    }
    collection = Collection.get_first_root_node()
    collection_perms = list(
        Permission.objects.filter(codename__in=COLLECTION_PERMISSIONS)
    )
    groups = {}
    for r in ROLES:
        grp, _created = Group.objects.get_or_create(name=r.name)
        grp.permissions.add(
            access_admin, *(_permission(p) for p in r.model_permissions)
        )
        for codename in r.page_permissions_in(home.locale.language_code):
            GroupPagePermission.objects.get_or_create(
                group=grp, page=home, permission=page_perms[codename]
            )
        for permission in collection_perms:
            GroupCollectionPermission.objects.get_or_create(
                group=grp, collection=collection, permission=permission
            )
        groups[r.code] = grp
    return groups


def is_translator(user) -> bool:
    return user.groups.filter(name=role(TRANSLATOR).name).exists()


def is_board(user) -> bool:
    """Head, deputy or member of the editorial board (or a superuser)."""
    if user.is_superuser:
        return True
    names = {role(code).name for code in BOARD}
    return user.groups.filter(name__in=names).exists()


def roles_of(user) -> list[str]:
    """The role names of a user, for the accounts register."""
    if user.is_superuser:
        return ["Quản trị hệ thống"]
    names = {r.name for r in ROLES}
    return [g.name for g in user.groups.all() if g.name in names]


# --- Who may grant what (issue 10: no escalation) ---------------------------
#: Rank of each role. Staff who manage accounts (the technical administrator)
#: grant only roles ranked below their own and never a board role, and manage
#: only users whose highest role ranks below theirs. Board roles are granted by
#: the DIC in the operator console, with the decision of Art. 10.1
#: (accounts.board).
RANK = {
    HEAD: 60,
    DEPUTY: 50,
    MEMBER: 40,
    TECH_ADMIN: 30,
    EDITOR: 20,
    TRANSLATOR: 10,
    CONTRIBUTOR: 10,
}
#: Above every role: a superuser.
SUPERUSER_RANK = 1000


def rank(user) -> int:
    """The rank of a user's highest role (0 without a role)."""
    if user.is_superuser:
        return SUPERUSER_RANK
    by_name = {r.name: RANK[r.code] for r in ROLES}
    return max(
        (by_name.get(name, 0) for name in user.groups.values_list("name", flat=True)),
        default=0,
    )


def grantable_groups(manager):
    """The role groups ``manager`` may give or take away in the portal's admin."""
    if manager.is_superuser:
        return Group.objects.all()
    own = rank(manager)
    names = [r.name for r in ROLES if r.code not in BOARD and RANK[r.code] < own]
    return Group.objects.filter(name__in=names)


def can_manage(manager, user) -> bool:
    """May ``manager`` edit, deactivate or delete ``user`` in the portal's admin?

    Not themselves (their own account has its own pages), not a superuser, not
    anyone whose role is at or above their own.
    """
    if manager.is_superuser:
        return True
    if user.pk == manager.pk or user.is_superuser:
        return False
    return rank(user) < rank(manager)
