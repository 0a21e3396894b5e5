"""Information sent from outside lands in the board's inbox, never on the site (Art. 24.2)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from editorial import roles
from editorial.models import Contribution
from home.models import SectionPage, StandardPage
from tests.captcha import solved
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db

PASSWORD = "Thong-Tin-Gui-2026"


def form_data(**extra):
    data = {
        "provider_kind": "organisation",
        "provider_name": "Nguyễn Thị Lan",
        "organisation": "Hợp tác xã Nông nghiệp Phú Tân",
        "email": "lan@htxphutan.vn",
        "phone": "0918 000 111",
        "title": "Hợp tác xã Phú Tân đưa sản phẩm lên sàn thương mại điện tử",
        "content": "Đoạn thứ nhất.\n\nĐoạn thứ hai <script>alert(1)</script>.",
        "accuracy_statement": "on",
        "website": "",
    }
    data.update(extra)
    return data


@pytest.fixture
def board_client(client):
    with inside("sotttt"):
        member = get_user_model().objects.create_user(
            "thanhvien", password=PASSWORD, decision_number="3/QĐ"
        )
        member.groups.add(roles.group(roles.MEMBER))
    client.post(
        "/admin/login/",
        {"username": "thanhvien", "password": PASSWORD},
        HTTP_HOST=A_HOST,
    )
    return client


def send(client, **extra):
    attachment = SimpleUploadedFile(
        "ke-hoach.pdf", b"%PDF-1.4 thu", content_type="application/pdf"
    )
    return client.post(
        "/gui-thong-tin/",
        {**solved("sotttt"), **form_data(**extra), "attachments": [attachment]},
        HTTP_HOST=A_HOST,
    )


def test_a_submission_lands_in_the_inbox_not_on_the_site(client):
    page = client.get("/gui-thong-tin/", HTTP_HOST=A_HOST)
    assert page.status_code == 200 and "Cam kết chịu trách nhiệm" in page.text
    response = send(client)
    assert response.status_code == 200
    assert "Đã gửi thông tin" in response.text
    with inside("sotttt"):
        contribution = Contribution.objects.get()
        assert contribution.status == "new"
        assert contribution.files.count() == 1
        assert not StandardPage.objects.filter(title__startswith="Hợp tác xã").exists()
    with inside("soyte"):
        assert not Contribution.objects.exists()


def test_the_statement_is_required_and_bots_are_refused(client):
    missing = send(client, accuracy_statement="")
    assert "Cần xác nhận cam kết chịu trách nhiệm" in missing.text
    bot = send(client, website="http://spam.example")
    assert "Không gửi được biểu mẫu." in bot.text
    bad_file = client.post(
        "/gui-thong-tin/",
        {
            **solved("sotttt"),
            **form_data(),
            "attachments": [SimpleUploadedFile("virus.exe", b"MZ")],
        },
        HTTP_HOST=A_HOST,
    )
    assert "không đúng định dạng" in bad_file.text
    with inside("sotttt"):
        assert not Contribution.objects.exists()


def test_the_board_turns_it_into_a_draft_that_keeps_the_provenance(board_client):
    send(board_client)
    with inside("sotttt"):
        contribution = Contribution.objects.get()
        section = SectionPage.objects.get(slug="chi-dao-dieu-hanh")
    inbox = board_client.get("/admin/thong-tin-gui-den/", HTTP_HOST=A_HOST).text
    assert "Hợp tác xã Phú Tân đưa sản phẩm" in inbox
    response = board_client.post(
        f"/admin/thong-tin-gui-den/{contribution.pk}/",
        {"convert": "1", "section": section.pk},
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 302
    with inside("sotttt"):
        contribution.refresh_from_db()
        page = contribution.draft_page.specific
        assert (
            contribution.status == "converted"
            and contribution.handled_by.username == "thanhvien"
        )
        assert not page.live
        assert page.get_parent().pk == section.pk
        assert "Nguyễn Thị Lan (Hợp tác xã Nông nghiệp Phú Tân)" in page.provenance
        assert "Điều 24.2" in page.provenance
        body = str(page.body)
        assert "&lt;script&gt;" in body and "<script>" not in body


def test_declining_emails_the_reason(board_client, django_capture_on_commit_callbacks):
    send(board_client)
    with inside("sotttt"):
        contribution = Contribution.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        board_client.post(
            f"/admin/thong-tin-gui-den/{contribution.pk}/",
            {"decline": "1", "reason": "Nội dung thuộc lĩnh vực của Sở Công Thương."},
            HTTP_HOST=A_HOST,
        )
    with inside("sotttt"):
        contribution.refresh_from_db()
        assert contribution.status == "declined"
    assert [m.to for m in mail.outbox] == [["lan@htxphutan.vn"]]
    assert "Nội dung thuộc lĩnh vực của Sở Công Thương." in mail.outbox[0].body


def test_attachments_are_for_the_board_only(client, board_client):
    send(client)
    with inside("sotttt"):
        attachment = Contribution.objects.get().files.get()
    # /media/ never serves them; the board reads them through their record.
    media = attachment.file.url
    assert client.__class__().get(media, HTTP_HOST=A_HOST).status_code == 404
    assert board_client.get(media, HTTP_HOST=A_HOST).status_code == 404
    url = f"/admin/thong-tin-gui-den/tep/{attachment.pk}/"
    assert client.__class__().get(url, HTTP_HOST=A_HOST).status_code == 302
    assert board_client.get(url, HTTP_HOST=A_HOST).status_code == 200


def test_another_portal_s_staff_cannot_open_it(client):
    send(client)
    with inside("sotttt"):
        pk = Contribution.objects.get().pk
    with inside("soyte"):
        member = get_user_model().objects.create_user(
            "thanhvien", password=PASSWORD, decision_number="3/QĐ"
        )
        member.groups.add(roles.group(roles.MEMBER))
    other = client.__class__()
    other.post(
        "/admin/login/",
        {"username": "thanhvien", "password": PASSWORD},
        HTTP_HOST=B_HOST,
    )
    assert (
        other.get(f"/admin/thong-tin-gui-den/{pk}/", HTTP_HOST=B_HOST).status_code
        == 404
    )
    listing = other.get("/admin/thong-tin-gui-den/", HTTP_HOST=B_HOST)
    assert listing.status_code == 200
    assert "Hợp tác xã" not in listing.text
