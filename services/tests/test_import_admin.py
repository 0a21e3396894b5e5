"""The admin's import (Dịch vụ công → Nhập thủ tục): the upload, the run's page
with its progress and report, who may use it, and that a portal's runs stay
its own (issue 12, point 2)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import WorkflowState

from editorial import roles
from services.models import ImportRun, ProcedurePage
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db

INDEX = "/admin/dich-vu-cong/nhap-thu-tuc/"
UPLOAD = INDEX + "new/"


def package(code="1.000080", name="Cấp bản sao trích lục hộ tịch") -> bytes:
    """A procedure in the national database's JSON package."""
    return json.dumps(
        {
            "MATTHC": code,
            "TENTTHC": name,
            "LINHVUCTHUCHIEN": [{"MALINHVUC": "G15-TP01", "TENLINHVUC": "Hộ tịch"}],
        },
        ensure_ascii=False,
    ).encode()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


@pytest.fixture
def head(client_class):
    make_staff("sotttt", "truongban", roles.HEAD, "Lê Thị Thu Trang")
    return signed_in(client_class, A_HOST, "truongban")


def post_upload(client, files, capture, **data):
    with capture(execute=True):
        return client.post(
            UPLOAD, {"files": files, "publish": "on", **data}, HTTP_HOST=A_HOST
        )


def test_the_head_uploads_files_and_follows_the_run_to_its_report(
    head, client, django_capture_on_commit_callbacks
):
    bad = '[{"MATTHC": "1.2345", "TENTTHC": "Mã sai"}]'.encode()
    menu = head.get("/admin/", HTTP_HOST=A_HOST)
    assert menu.status_code == 200 and "nhap-thu-tuc" in menu.content.decode()
    response = head.get(UPLOAD, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Tệp thủ tục" in response.content.decode()
    response = post_upload(
        head,
        [upload("1.000080.json", package()), upload("loi.json", bad)],
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    run_page = response["Location"]
    page = head.get(run_page, HTTP_HOST=A_HOST)
    assert page.status_code == 200
    text = page.content.decode()
    assert "<progress" in text and "import-progress.js" not in text  # finished
    assert "Hoàn thành" in text and "Thêm mới 1," in text
    assert "loi.json, dòng 1:" in text
    with inside("sotttt"):
        run = ImportRun.objects.get()
        assert (run.status, run.created, run.rejected, run.total) == ("done", 1, 1, 2)
        assert run.publish and run.files.count() == 2
        procedure = ProcedurePage.objects.get(code="1.000080")
        assert procedure.live and procedure.owner.username == "truongban"
        url = procedure.url
        stored = run.files.get(name="1.000080.json").file.name
    state = head.get(f"{INDEX}progress/{run.pk}/", HTTP_HOST=A_HOST).json()
    assert state["status"] == "done" and state["finished"] is True
    assert state["done"] == state["total"] == 2
    listing = head.get(INDEX, HTTP_HOST=A_HOST)
    assert listing.status_code == 200 and str(run) in listing.content.decode()
    assert client.get(url, HTTP_HOST=A_HOST).status_code == 200
    # The uploaded files are private: /media/ never serves them.
    assert stored.startswith(f"imports/{run.pk}/")
    assert client.get(f"/media/sotttt/{stored}", HTTP_HOST=A_HOST).status_code == 404
    assert head.get(f"/media/sotttt/{stored}", HTTP_HOST=A_HOST).status_code == 404


def test_a_running_import_shows_its_progress_and_a_polling_script(head):
    with inside("sotttt"):
        run = ImportRun.objects.create(status=ImportRun.RUNNING, total=40)
        run.set_progress(12, 40)
    page = head.get(f"{INDEX}inspect/{run.pk}/", HTTP_HOST=A_HOST)
    assert page.status_code == 200
    text = page.content.decode()
    assert 'max="40" value="12"' in text
    assert "js/import-progress" in text
    assert '<meta http-equiv="refresh"' in text  # without JavaScript
    state = head.get(f"{INDEX}progress/{run.pk}/", HTTP_HOST=A_HOST).json()
    assert (state["done"], state["total"], state["finished"]) == (12, 40, False)


def test_a_zip_of_files_is_imported(head, django_capture_on_commit_callbacks):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("bo-tu-phap/1.000080.json", package())
        bundle.writestr("../../1.000081.json", package("1.000081", "Đăng ký khai sinh"))
        bundle.writestr("README.md", "bỏ qua")
    response = post_upload(
        head,
        [upload("tthc.zip", archive.getvalue())],
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    with inside("sotttt"):
        run = ImportRun.objects.get()
        assert (run.status, run.created, run.rejected) == ("done", 2, 0), run.error
        assert (
            ProcedurePage.objects.filter(code__in=["1.000080", "1.000081"]).count() == 2
        )


def test_an_editor_uploads_drafts_for_the_board(
    client_class, django_capture_on_commit_callbacks
):
    make_staff("sotttt", "btv", roles.EDITOR, "Trần Văn Biên")
    editor = signed_in(client_class, A_HOST, "btv")
    form = editor.get(UPLOAD, HTTP_HOST=A_HOST)
    assert form.status_code == 200
    assert 'name="publish"' not in form.content.decode()  # not offered
    response = post_upload(
        editor, [upload("1.000080.json", package())], django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    with inside("sotttt"):
        run = ImportRun.objects.get()
        assert run.status == "done" and not run.publish
        procedure = ProcedurePage.objects.get(code="1.000080")
        assert not procedure.live
        assert WorkflowState.objects.filter(
            object_id=str(procedure.pk), status=WorkflowState.STATUS_IN_PROGRESS
        ).exists()


def test_a_file_of_another_kind_is_refused_in_vietnamese(head):
    response = head.post(
        UPLOAD, {"files": [upload("thu-tuc.exe", b"MZ")]}, HTTP_HOST=A_HOST
    )
    assert response.status_code == 200
    assert "Tệp “thu-tuc.exe” không nhận được" in response.content.decode()
    with inside("sotttt"):
        assert not ImportRun.objects.exists()


def test_an_upload_over_the_limit_is_refused_before_it_is_read(head, settings):
    settings.SERVICES_IMPORT_MAX_UPLOAD_BYTES = 1000
    response = head.post(
        UPLOAD,
        {"files": [upload("lon.json", b" " * 2**21)]},
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 413
    with inside("sotttt"):
        assert not ImportRun.objects.exists()


def test_a_contributor_cannot_upload(client_class):
    make_staff("sotttt", "ctv", roles.CONTRIBUTOR, "Huỳnh Ngọc Hân")
    contributor = signed_in(client_class, A_HOST, "ctv")
    assert contributor.get(UPLOAD, HTTP_HOST=A_HOST).status_code in (302, 403)
    response = contributor.post(
        UPLOAD, {"files": [upload("1.000080.json", package())]}, HTTP_HOST=A_HOST
    )
    assert response.status_code in (302, 403)
    assert contributor.get(INDEX, HTTP_HOST=A_HOST).status_code in (302, 403)
    with inside("sotttt"):
        assert not ImportRun.objects.exists()
    menu = contributor.get("/admin/", HTTP_HOST=A_HOST)
    assert menu.status_code == 200 and "nhap-thu-tuc" not in menu.content.decode()


def test_a_run_of_one_portal_is_invisible_on_another(head, client_class):
    with inside("sotttt"):
        run = ImportRun.objects.create(status=ImportRun.DONE, summary="Thêm mới 7,")
    make_staff("soyte", "truongban_yte", roles.HEAD, "Nguyễn Thị Y")
    other = signed_in(client_class, B_HOST, "truongban_yte")
    listing = other.get(INDEX, HTTP_HOST=B_HOST)
    assert listing.status_code == 200
    assert str(run) not in listing.content.decode()
    assert other.get(f"{INDEX}inspect/{run.pk}/", HTTP_HOST=B_HOST).status_code == 404
    assert other.get(f"{INDEX}progress/{run.pk}/", HTTP_HOST=B_HOST).status_code == 404
    # B's account has no power on A's host.
    response = other.get(f"{INDEX}inspect/{run.pk}/", HTTP_HOST=A_HOST)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    with inside("soyte"):
        assert not ImportRun.objects.exists()


def test_a_failed_run_says_why_on_its_page(head, django_capture_on_commit_callbacks):
    response = post_upload(
        head, [upload("hong.zip", b"PK not a zip")], django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    page = head.get(response["Location"], HTTP_HOST=A_HOST)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Thất bại" in text and "hong.zip: không phải tệp .zip hợp lệ" in text
    with inside("sotttt"):
        run = ImportRun.objects.get()
        assert run.status == "failed"
        assert head.get(f"{INDEX}edit/{run.pk}/", HTTP_HOST=A_HOST).status_code == 404
