"""The contribution form cannot be abused, and the providers' data does not
stay forever (issue 10, point 8): the shared captcha and rate limit, a body
limit checked before anything is written, erasure on request and retention."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from editorial.models import Contribution, ContributionFile
from tests.captcha import solved
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db

CODES = {A_HOST: "sotttt", B_HOST: "soyte"}


def data(**extra):
    return {
        "provider_kind": "person",
        "provider_name": "Đặng Văn Phúc",
        "organisation": "",
        "email": "phuc@example.vn",
        "phone": "0918 333 444",
        "title": "Ảnh lễ hội đua bò Bảy Núi",
        "content": "Xin gửi Ban biên tập ảnh lễ hội năm nay.",
        "accuracy_statement": "on",
        "website": "",
        **extra,
    }


def pdf(name="anh-le-hoi.pdf", size=1000):
    return SimpleUploadedFile(
        name, b"%PDF-1.4 " + b"x" * size, content_type="application/pdf"
    )


def send(client, host=A_HOST, files=(), ip="10.7.7.7", **extra):
    return client.post(
        "/gui-thong-tin/",
        {**solved(CODES[host]), **data(**extra), "attachments": list(files)},
        HTTP_HOST=host,
        REMOTE_ADDR=ip,
    )


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def media(code="sotttt") -> Path:
    return Path(django_settings.MEDIA_ROOT) / code / "contributions"


def test_the_sixth_submission_in_an_hour_is_refused(client):
    for _ in range(5):
        assert send(client).status_code == 200
    sixth = send(client)
    assert sixth.status_code == 429
    assert "quá nhiều lần trong một giờ" in sixth.text
    assert send(client, ip="10.8.8.8").status_code == 200
    with inside("sotttt"):
        assert Contribution.objects.count() == 6


def test_the_contribution_form_has_the_captcha_and_a_replay_is_refused(client):
    page = client.get("/gui-thong-tin/", HTTP_HOST=A_HOST)
    assert page.status_code == 200 and 'name="captcha_id"' in page.text
    assert "captcha_token" not in page.text
    fields = {**solved("sotttt", page.text), **data()}
    first = client.post("/gui-thong-tin/", fields, HTTP_HOST=A_HOST)
    assert first.status_code == 200 and "Đã gửi thông tin" in first.text
    replay = client.post("/gui-thong-tin/", fields, HTTP_HOST=A_HOST)
    assert replay.status_code == 200
    assert "Kết quả phép tính chưa đúng." in replay.text
    without = client.post("/gui-thong-tin/", data(), HTTP_HOST=A_HOST)
    assert "Kết quả phép tính chưa đúng." in without.text
    with inside("sotttt"):
        assert Contribution.objects.count() == 1


def test_an_oversized_body_is_refused_before_anything_is_written(
    client, settings, tmp_path
):
    settings.CONTRIBUTION_MAX_UPLOAD_BYTES = 100_000
    # Were the body parsed, any file above 1 kB would be spooled here.
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024
    before = files_under(media())
    response = send(client, files=[pdf(size=1_300_000)])
    assert response.status_code == 413
    assert "Dữ liệu gửi lên quá lớn" in response.text
    assert list(tmp_path.iterdir()) == []
    assert files_under(media()) == before
    with inside("sotttt"):
        assert not Contribution.objects.exists()


def test_files_over_the_total_are_refused_by_the_form(client, settings):
    settings.CONTRIBUTION_MAX_UPLOAD_BYTES = 100_000
    before = files_under(media())
    response = send(client, files=[pdf("a.pdf", 60_000), pdf("b.pdf", 60_000)])
    assert response.status_code == 200
    assert "Tổng dung lượng tệp đính kèm lớn hơn" in response.text
    assert files_under(media()) == before
    with inside("sotttt"):
        assert not Contribution.objects.exists()


def _code(response) -> str:
    found = re.search(r"<strong>(TT-[A-Z0-9]+)</strong>", response.text)
    assert found, response.text
    return found.group(1)


def test_the_provider_erases_their_data_and_files(
    client, django_capture_on_commit_callbacks
):
    sent = send(client, files=[pdf()])
    assert sent.status_code == 200
    code = _code(sent)
    with inside("sotttt"):
        contribution = Contribution.objects.get(tracking_code=code)
        path = Path(contribution.files.get().file.path)
    assert path.exists()
    form = client.get("/gui-thong-tin/xoa/", HTTP_HOST=A_HOST)
    assert form.status_code == 200 and 'method="post"' in form.text
    with django_capture_on_commit_callbacks(execute=True):
        erased = client.post(
            "/gui-thong-tin/xoa/", {"code": code.lower()}, HTTP_HOST=A_HOST
        )
    assert erased.status_code == 200
    assert "Đã xoá họ tên, thông tin liên hệ và tệp đính kèm" in erased.text
    assert not path.exists()
    with inside("sotttt"):
        contribution.refresh_from_db()
        assert not ContributionFile.objects.filter(contribution=contribution).exists()
    assert (
        contribution.provider_name,
        contribution.email,
        contribution.phone,
        contribution.organisation,
    ) == ("(đã xoá)", "", "", "")
    assert contribution.erased_at and contribution.title == "Ảnh lễ hội đua bò Bảy Núi"
    again = client.post("/gui-thong-tin/xoa/", {"code": code}, HTTP_HOST=A_HOST)
    assert again.status_code == 200 and "đã được xoá trước đây" in again.text


def test_another_portal_cannot_erase_a_contribution(
    client, django_capture_on_commit_callbacks
):
    code = _code(send(client, files=[pdf()]))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/gui-thong-tin/xoa/", {"code": code}, HTTP_HOST=B_HOST)
    assert response.status_code == 200
    assert "Không tìm thấy thông tin có mã tiếp nhận này." in response.text
    with inside("sotttt"):
        contribution = Contribution.objects.get(tracking_code=code)
        assert contribution.email == "phuc@example.vn"
        assert Path(contribution.files.get().file.path).exists()


def test_erasure_requests_are_throttled_and_bad_codes_are_no_error(client, settings):
    settings.QA_LOOKUPS_PER_HOUR = 2
    code = _code(send(client))
    # A NUL is refused before the view, with the 400 page (aggov.bad_input).
    nul = client.post("/gui-thong-tin/xoa/", {"code": "TT-\x00"}, HTTP_HOST=A_HOST)
    assert nul.status_code == 400 and "Yêu cầu không hợp lệ" in nul.text
    bad = client.post("/gui-thong-tin/xoa/", {"code": "x" * 500}, HTTP_HOST=A_HOST)
    assert bad.status_code == 200 and "Mã tiếp nhận không hợp lệ." in bad.text
    client.post("/gui-thong-tin/xoa/", {"code": "TT-KHONGCO"}, HTTP_HOST=A_HOST)
    limited = client.post("/gui-thong-tin/xoa/", {"code": code}, HTTP_HOST=A_HOST)
    assert limited.status_code == 429
    with inside("sotttt"):
        assert Contribution.objects.get(tracking_code=code).email == "phuc@example.vn"


def test_retention_erases_expired_contributions_only(
    client, settings, django_capture_on_commit_callbacks
):
    from editorial.tasks import erase_expired_contributions_everywhere

    old_code = _code(send(client, files=[pdf("cu.pdf")]))
    fresh_code = _code(send(client, files=[pdf("moi.pdf")]))
    other_code = _code(send(client, host=B_HOST, files=[pdf("khac.pdf")]))
    long_ago = timezone.now() - timedelta(days=settings.CONTRIBUTION_RETENTION_DAYS + 1)
    with inside("sotttt"):
        Contribution.objects.filter(tracking_code=old_code).update(
            status=Contribution.STATUS_DECLINED, handled_at=long_ago
        )
        old_file = Path(
            Contribution.objects.get(tracking_code=old_code).files.get().file.path
        )
        fresh_file = Path(
            Contribution.objects.get(tracking_code=fresh_code).files.get().file.path
        )
    with inside("soyte"):
        # Never handled, received long ago: the period runs from receipt.
        Contribution.objects.filter(tracking_code=other_code).update(
            created_at=long_ago
        )
    with django_capture_on_commit_callbacks(execute=True):
        result = erase_expired_contributions_everywhere.delay().get()
    assert result == {"erased": 2, "failed": []}
    assert not old_file.exists() and fresh_file.exists()
    with inside("sotttt"):
        old = Contribution.objects.get(tracking_code=old_code)
        fresh = Contribution.objects.get(tracking_code=fresh_code)
    assert old.email == "" and old.erased_at and not old.files.exists()
    assert fresh.email == "phuc@example.vn" and fresh.erased_at is None
    with inside("soyte"):
        assert Contribution.objects.get(tracking_code=other_code).email == ""


def test_one_broken_schema_does_not_stop_the_retention_job(monkeypatch):
    from django.db import connection

    from editorial import tasks

    done = []

    def erase_or_fail():
        if connection.schema_name == "sotttt":
            raise RuntimeError("bảng hỏng")
        done.append(connection.schema_name)
        return 0

    monkeypatch.setattr(tasks, "erase_expired_contributions", erase_or_fail)
    result = tasks.erase_expired_contributions_everywhere()
    assert result["failed"] == ["sotttt"]
    assert {"angiang", "soyte"} <= set(done)


def test_the_retention_job_is_in_the_beat_schedule():
    from aggov.celery import app

    tasks = {entry["task"] for entry in django_settings.CELERY_BEAT_SCHEDULE.values()}
    assert "editorial.tasks.erase_expired_contributions_everywhere" in tasks
    assert "editorial.tasks.erase_expired_contributions_everywhere" in app.tasks
