"""Every staff edit form shows what is stored (issue 11, point 2): opened and
saved untouched, it changes nothing in the row.

The forms of the project's own views that edit a stored row: the Q&A detail
(classify, assign), a portal's users (Wagtail's user editor with the
project's fields), a legal document's page (selects, dates, inline files),
and in the console a portal's contacts and status and a kind of agency. The
other staff forms create rows or perform actions (decline a contribution,
add a calendar day, distribute a document, grant a board role, move a
domain): they have no stored value to show.
"""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.forms.models import model_to_dict
from django.utils import timezone

from documents.models import LegalDocumentPage
from editorial import roles
from qa.models import Question
from tenants.models import Agency, AgencyKind
from tests.documents_factory import add_document
from tests.forms_roundtrip import find_form, posted_back, selected_value
from tests.portals import A_HOST, CONSOLE_HOST, agency, inside
from tests.staff import PASSWORD, make_staff, signed_in

pytestmark = pytest.mark.django_db


def row(model, pk, code="sotttt", exclude=()):
    def read():
        obj = model.objects.get(pk=pk)
        values = model_to_dict(obj)
        values.update(
            {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}
        )
        for name in exclude:
            values.pop(name, None)
        return values

    if code is None:
        return read()
    with inside(code):
        return read()


@pytest.fixture
def head(client_class):
    make_staff("sotttt", "truongban", roles.HEAD, full_name="Trần Văn Hùng")
    return signed_in(client_class, A_HOST, "truongban")


def test_the_question_detail_shows_and_keeps_its_field_and_assignee(head):
    answerer = make_staff("sotttt", "btv", roles.EDITOR, full_name="Lê Thị Hoa")
    with inside("sotttt"):
        q = Question.objects.create(
            name="Nguyễn Văn Bình",
            email="binh@example.vn",
            title="Cấp phép bưu chính",
            question="Thủ tục cấp giấy phép bưu chính gồm những gì?",
            # Not the first option of the select: the one it fell back to.
            field="y-te",
            consent_at=timezone.now(),
            status=Question.ASSIGNED,
            unit="Phòng Bưu chính",
            assignee=answerer,
            promised_on=date(2026, 12, 30),
        )
    before = row(Question, q.pk, exclude=("version",))
    url = f"/admin/hoi-dap/{q.pk}/"

    for action in ("classify", "assign"):
        page = head.get(url, HTTP_HOST=A_HOST)
        assert page.status_code == 200
        form = find_form(page.text, action=action)
        if action == "classify":
            assert selected_value(form, "field") == "y-te"
        else:
            assert selected_value(form, "assignee") == str(answerer.pk)
        response = head.post(url, posted_back(form), HTTP_HOST=A_HOST)
        assert response.status_code == 302, response.content.decode()[:1000]
        assert row(Question, q.pk, exclude=("version",)) == before

    progress = find_form(head.get(url, HTTP_HOST=A_HOST).text, action="progress")
    assert posted_back(progress)["promised_on"] == ["2026-12-30"]


def test_a_portal_user_saved_untouched_is_unchanged(client_class):
    with inside("sotttt"):
        get_user_model().objects.create_superuser(
            "quantri",
            email="quantri@sotttt.angiang.gov.vn",
            password=PASSWORD,
            full_name="Phạm Quản Trị",
            decision_number="1/QĐ-STTTT",
        )
    user = make_staff("sotttt", "bientap", roles.EDITOR, full_name="Võ Thị Lan")
    with inside("sotttt"):
        # As the user form stores an account (the decision's date is required).
        get_user_model().objects.filter(pk=user.pk).update(
            decision_date=date(2026, 1, 5), first_name="Lan", last_name="Võ Thị"
        )
    admin = signed_in(client_class, A_HOST, "quantri")

    def stored():
        with inside("sotttt"):
            fresh = get_user_model().objects.get(pk=user.pk)
            return row(get_user_model(), user.pk, code=None), sorted(
                fresh.groups.values_list("name", flat=True)
            )

    before = stored()
    url = f"/admin/users/edit/{user.pk}/"
    page = admin.get(url, HTTP_HOST=A_HOST)
    assert page.status_code == 200
    form = _user_form(page.text)
    response = admin.post(url, posted_back(form), HTTP_HOST=A_HOST)
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert stored() == before


def _user_form(html):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    return next(f for f in soup.find_all("form") if f.find(attrs={"name": "username"}))


def test_a_legal_document_saved_untouched_is_unchanged(head):
    with inside("sotttt"):
        page = add_document(
            "15/2026/QĐ-UBND",
            "Quy định về quản lý hoạt động thông tin cơ sở",
            issued_on=date(2026, 3, 2),
            effective_on=date(2026, 3, 15),
            # Neither is the first option of its select.
            legal_status=LegalDocumentPage._meta.get_field("legal_status").choices[1][
                0
            ],
            field="y-te",
            issuing_body_name="Ủy ban nhân dân tỉnh An Giang",
        )

    def stored():
        with inside("sotttt"):
            latest = LegalDocumentPage.objects.get(pk=page.pk)
            latest = latest.get_latest_revision_as_object()
            values = {
                f.attname: getattr(latest, f.attname)
                for f in LegalDocumentPage._meta.concrete_fields
                if f.attname
                not in (
                    "latest_revision_id",
                    "latest_revision_created_at",
                    "draft_title",
                    "has_unpublished_changes",
                    "live_revision_id",
                    "last_published_at",
                    "first_published_at",
                    "locked",
                    "locked_at",
                    "locked_by_id",
                )
            }
            return values

    before = stored()
    url = f"/admin/pages/{page.pk}/edit/"
    edit = head.get(url, HTTP_HOST=A_HOST)
    assert edit.status_code == 200
    form = _page_form(edit.text)
    assert selected_value(form, "field") == "y-te"
    response = head.post(url, posted_back(form), HTTP_HOST=A_HOST)
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert stored() == before


def _page_form(html):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    return soup.find("form", attrs={"id": "page-edit-form"})


@pytest.fixture
def operator(client_class):
    get_user_model().objects.create_superuser(
        "vanhanh", email="vanhanh@stttt.angiang.gov.vn", password=PASSWORD
    )
    client = client_class()
    response = client.post(
        "/dang-nhap/",
        {"username": "vanhanh", "password": PASSWORD},
        HTTP_HOST=CONSOLE_HOST,
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def test_a_portal_s_contacts_and_status_saved_untouched_are_unchanged(operator):
    portal = agency("soyte")
    Agency.objects.filter(pk=portal.pk).update(
        parent=agency("angiang"),
        decision_date=date(2025, 5, 20),
        phone="02963 852 000",
        status=Agency.objects.get(pk=portal.pk).status,
    )
    before = row(Agency, portal.pk, code=None)
    url = f"/cong/{portal.code}/"
    page = operator.get(url, HTTP_HOST=CONSOLE_HOST)
    assert page.status_code == 200
    form = _form_with(page.text, "save")
    assert selected_value(form, "parent") == str(agency("angiang").pk)
    response = operator.post(
        url, posted_back(form, button="save"), HTTP_HOST=CONSOLE_HOST
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert row(Agency, portal.pk, code=None) == before


def test_a_kind_of_agency_saved_untouched_is_unchanged(operator):
    kind = AgencyKind.objects.order_by("-pk").first()
    before = row(AgencyKind, kind.pk, code=None)
    url = f"/loai-co-quan/{kind.code}/"
    page = operator.get(url, HTTP_HOST=CONSOLE_HOST)
    assert page.status_code == 200
    form = _form_with(page.text, None)
    response = operator.post(url, posted_back(form), HTTP_HOST=CONSOLE_HOST)
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert row(AgencyKind, kind.pk, code=None) == before


def _form_with(html, button):
    """The form posted with submit button ``button`` (None: the page's form
    with a CSRF token that is not the sign-out form)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for form in soup.find_all("form"):
        if button and form.find(attrs={"name": button}):
            return form
        if not button and form.find(attrs={"name": "csrfmiddlewaretoken"}):
            if "dang-xuat" not in (form.get("action") or ""):
                return form
    raise AssertionError(f"no form with {button}")
