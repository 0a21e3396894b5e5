"""Roles cannot be escalated through a portal's user admin (issue 10, point 2).

The technical administrator grants only roles below their own, never a board
role nor "Administrator", manages only users ranked below them, and sets no
one's password: the user gets a link by email. The Vietnamese locale cannot be
changed or deleted. Everything is tried through the admin on the portal's host,
with forged POSTs.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail

from conftest import ADMIN_PASSWORD
from editorial import roles
from tests.portals import A_HOST, inside
from tests.staff import PASSWORD, make_staff, signed_in

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Hoa-Sen-Do-2026-AG"


@pytest.fixture
def quantri(client_class):
    return signed_in(client_class, A_HOST, "quantri_a", ADMIN_PASSWORD)


@pytest.fixture
def head():
    return make_staff("sotttt", "truongban", roles.HEAD, "Nguyễn Văn Trưởng")


@pytest.fixture
def editor():
    return make_staff("sotttt", "bientap", roles.EDITOR, "Trần Thị Biên")


def group_pk(code):
    with inside("sotttt"):
        return roles.group(code).pk


def offered_groups(html):
    return {int(pk) for pk in re.findall(r'name="groups" value="(\d+)"', html)}


def new_account(**extra):
    data = {
        "username": "moi",
        "email": "moi@sotttt.angiang.gov.vn",
        "first_name": "",
        "last_name": "",
        "full_name": "Lê Văn Mới",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "decision_number": "45/QĐ-STTTT",
        "decision_date": "2026-11-02",
        "groups": [group_pk(roles.EDITOR)],
        "is_active": "on",
    }
    data.update(extra)
    return data


def edit_data(user, **extra):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name or "x",
        "last_name": user.last_name or "y",
        "full_name": user.full_name,
        "decision_number": user.decision_number,
        "decision_date": "2026-11-02",
        "is_active": "on",
        "groups": [g.pk for g in user.groups.all()],
    }
    data.update(extra)
    return data


def fetch(username):
    with inside("sotttt"):
        user = get_user_model().objects.get(username=username)
        user.group_names = set(user.groups.values_list("name", flat=True))
        return user


class TestGranting:
    def test_only_roles_below_their_own_are_offered(self, quantri):
        response = quantri.get("/admin/users/new/", HTTP_HOST=A_HOST)
        assert response.status_code == 200
        offered = offered_groups(response.text)
        assert offered == {
            group_pk(code)
            for code in (roles.EDITOR, roles.CONTRIBUTOR, roles.TRANSLATOR)
        }
        # "Administrator" is shown disabled.
        box = re.search(r'<input[^>]*name="is_superuser"[^>]*>', response.text)
        assert box and "disabled" in box.group(0)

    @pytest.mark.parametrize(
        "code", [roles.HEAD, roles.DEPUTY, roles.MEMBER, roles.TECH_ADMIN]
    )
    def test_a_forged_board_or_equal_role_is_refused(self, quantri, code):
        response = quantri.post(
            "/admin/users/new/",
            new_account(groups=[group_pk(code)]),
            HTTP_HOST=A_HOST,
        )
        assert response.status_code == 200
        assert "groups" in response.context["form"].errors
        with inside("sotttt"):
            assert not get_user_model().objects.filter(username="moi").exists()

    def test_a_forged_administrator_box_is_ignored(
        self, quantri, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = quantri.post(
                "/admin/users/new/", new_account(is_superuser="on"), HTTP_HOST=A_HOST
            )
        assert response.status_code == 302
        user = fetch("moi")
        assert not user.is_superuser
        assert user.group_names == {roles.role(roles.EDITOR).name}

    def test_they_cannot_give_themselves_a_board_role(self, quantri, editor):
        me = fetch("quantri_a")
        head_pk = group_pk(roles.HEAD)
        response = quantri.post(
            f"/admin/users/edit/{me.pk}/",
            edit_data(me, groups=[head_pk], is_superuser="on"),
            HTTP_HOST=A_HOST,
        )
        assert response.status_code == 302
        # Nor through the listing's bulk "assign role".
        response = quantri.post(
            f"/admin/bulk/accounts/user/assign_role/?id={me.pk}&id={editor.pk}",
            {"role": head_pk},
            HTTP_HOST=A_HOST,
        )
        assert response.status_code == 200  # the form refuses the role
        assert fetch("quantri_a").group_names == {roles.role(roles.TECH_ADMIN).name}
        assert roles.role(roles.HEAD).name not in fetch("bientap").group_names
        assert not fetch("quantri_a").is_superuser

    def test_bulk_assign_of_a_lower_role_skips_users_they_cannot_manage(
        self, quantri, head, editor
    ):
        contributor = group_pk(roles.CONTRIBUTOR)
        response = quantri.post(
            f"/admin/bulk/accounts/user/assign_role/?id={head.pk}&id={editor.pk}",
            {"role": contributor},
            HTTP_HOST=A_HOST,
        )
        assert response.status_code == 302
        assert roles.role(roles.CONTRIBUTOR).name in fetch("bientap").group_names
        assert roles.role(roles.CONTRIBUTOR).name not in fetch("truongban").group_names

    def test_editing_a_lower_user_keeps_roles_they_may_not_grant(self, quantri, editor):
        with inside("sotttt"):
            from django.contrib.auth.models import Group

            private = Group.objects.create(name="Nhóm riêng của Sở")
            editor.groups.add(private)
        response = quantri.post(
            f"/admin/users/edit/{editor.pk}/",
            edit_data(editor, groups=[group_pk(roles.TRANSLATOR)]),
            HTTP_HOST=A_HOST,
        )
        assert response.status_code == 302
        assert fetch("bientap").group_names == {
            roles.role(roles.TRANSLATOR).name,
            "Nhóm riêng của Sở",
        }


class TestManagingHigherUsers:
    def test_the_head_cannot_be_edited(self, quantri, head):
        assert (
            quantri.get(f"/admin/users/edit/{head.pk}/", HTTP_HOST=A_HOST).status_code
            == 302
        )
        response = quantri.post(
            f"/admin/users/edit/{head.pk}/",
            edit_data(
                head,
                email="quantri@example.org",
                password1="Ta-Chiem-Quyen-2026",
                password2="Ta-Chiem-Quyen-2026",
                groups=[],
            ),
            HTTP_HOST=A_HOST,
        )
        assert response.status_code == 302
        after = fetch("truongban")
        assert after.email == head.email
        assert after.check_password(PASSWORD)
        assert after.group_names == {roles.role(roles.HEAD).name}

    def test_the_head_cannot_be_deactivated_or_deleted(self, quantri, head):
        with inside("sotttt"):
            fetch_perm = Permission.objects.get(
                content_type__app_label="accounts", codename="delete_user"
            )
            get_user_model().objects.get(username="quantri_a").user_permissions.add(
                fetch_perm
            )
        response = quantri.post(f"/admin/users/delete/{head.pk}/", {}, HTTP_HOST=A_HOST)
        assert response.status_code == 302
        quantri.post(
            f"/admin/bulk/accounts/user/set_active_state/?id={head.pk}",
            {"mark_as_active": "False"},
            HTTP_HOST=A_HOST,
        )
        quantri.post(
            f"/admin/bulk/accounts/user/delete/?id={head.pk}", {}, HTTP_HOST=A_HOST
        )
        assert fetch("truongban").is_active

    def test_a_lower_user_can_still_be_edited(self, quantri, editor):
        response = quantri.get(f"/admin/users/edit/{editor.pk}/", HTTP_HOST=A_HOST)
        assert response.status_code == 200
        assert 'name="password1"' not in response.text
        assert 'name="send_password_link"' in response.text


class TestPasswords:
    def test_a_new_account_gets_a_link_not_a_password(
        self, quantri, client_class, django_capture_on_commit_callbacks
    ):
        page = quantri.get("/admin/users/new/", HTTP_HOST=A_HOST)
        assert 'name="password1"' not in page.text
        with django_capture_on_commit_callbacks(execute=True):
            response = quantri.post(
                "/admin/users/new/", new_account(), HTTP_HOST=A_HOST
            )
        assert response.status_code == 302
        user = fetch("moi")
        assert not user.has_usable_password()
        assert not user.check_password(NEW_PASSWORD)
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["moi@sotttt.angiang.gov.vn"]
        link = urlsplit(re.search(r"https?://\S+", message.body).group(0))
        assert link.hostname == A_HOST  # on the portal's own host
        path = link.path

        # The owner sets their password through the link, then signs in.
        owner = client_class()
        form = owner.get(path, HTTP_HOST=A_HOST, follow=True)
        assert form.status_code == 200
        chosen = "Rung-Tram-Tra-Su-2026"
        done = owner.post(
            form.redirect_chain[-1][0] if form.redirect_chain else path,
            {"new_password1": chosen, "new_password2": chosen},
            HTTP_HOST=A_HOST,
        )
        assert done.status_code == 302
        assert fetch("moi").check_password(chosen)
        signed_in(client_class, A_HOST, "moi", chosen)

    def test_a_posted_password_is_ignored_and_a_link_sent_on_request(
        self, quantri, editor, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = quantri.post(
                f"/admin/users/edit/{editor.pk}/",
                edit_data(
                    editor,
                    password1="Ta-Chiem-Quyen-2026",
                    password2="Ta-Chiem-Quyen-2026",
                    send_password_link="on",
                ),
                HTTP_HOST=A_HOST,
            )
        assert response.status_code == 302
        assert fetch("bientap").check_password(PASSWORD)
        assert [m.to for m in mail.outbox] == [[editor.email]]
        assert "/admin/password_reset/confirm/" in mail.outbox[0].body


class TestVietnameseLocale:
    def vi(self):
        from wagtail.models import Locale

        with inside("sotttt"):
            return Locale.objects.get(language_code="vi")

    def test_it_cannot_be_changed(self, quantri):
        vi = self.vi()
        assert quantri.get("/admin/locales/", HTTP_HOST=A_HOST).status_code == 200
        assert quantri.get("/admin/locales/new/", HTTP_HOST=A_HOST).status_code == 200
        assert (
            quantri.get(f"/admin/locales/edit/{vi.pk}/", HTTP_HOST=A_HOST).status_code
            == 302
        )
        response = quantri.post(
            f"/admin/locales/edit/{vi.pk}/",
            {"language_code": "fr"},
            HTTP_HOST=A_HOST,
        )
        assert response.status_code == 302
        assert self.vi().pk == vi.pk

    def test_it_cannot_be_deleted(self, quantri):
        vi = self.vi()
        response = quantri.post(f"/admin/locales/delete/{vi.pk}/", {}, HTTP_HOST=A_HOST)
        assert response.status_code == 302
        assert self.vi().pk == vi.pk


def test_the_listing_links_only_to_users_they_may_manage(quantri, head, editor):
    response = quantri.get("/admin/users/", HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert f"/admin/users/edit/{editor.pk}/" in response.text
    assert f"/admin/users/edit/{head.pk}/" not in response.text
