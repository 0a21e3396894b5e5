"""Documents and images uploaded by staff have a size limit, from the
environment, refused with a Vietnamese message in the admin (aggov.upload_forms)."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import Collection

from editorial import roles
from images.models import PortalImage
from tests.portals import A_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    make_staff("sotttt", "bt_tailen", roles.EDITOR)
    return signed_in(Client, A_HOST, "bt_tailen")


@pytest.fixture
def root_collection():
    with inside("sotttt"):
        return Collection.get_first_root_node().pk


def _noise_png(side: int) -> bytes:
    """A PNG that does not compress: about 3 bytes a pixel."""
    image = PILImage.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_the_limits_come_from_the_environment_with_defaults():
    code = (
        "import aggov.settings.base as s;"
        "print(s.WAGTAILDOCS_MAX_UPLOAD_SIZE, s.WAGTAILIMAGES_MAX_UPLOAD_SIZE)"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DOCUMENT_MAX_UPLOAD_MB", "IMAGE_MAX_UPLOAD_MB")
    }
    run = subprocess.run(  # noqa: S603 - our own interpreter and settings
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=django_settings.BASE_DIR,
    )
    assert run.stdout.split() == [str(20 * 2**20), str(10 * 2**20)]
    env.update(DOCUMENT_MAX_UPLOAD_MB="3", IMAGE_MAX_UPLOAD_MB="2")
    run = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=django_settings.BASE_DIR,
    )
    assert run.stdout.split() == [str(3 * 2**20), str(2 * 2**20)]


def test_a_document_over_the_limit_is_refused_in_vietnamese(
    editor, root_collection, settings
):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 2048
    form = editor.get("/admin/documents/add/", HTTP_HOST=A_HOST)
    assert form.status_code == 200
    assert "Dung lượng tối đa: 2,0" in form.text

    big = SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4 " + b"x" * 4096)
    response = editor.post(
        "/admin/documents/add/",
        {"title": "Báo cáo lớn", "file": big, "collection": root_collection},
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 200
    assert "Tệp quá lớn (4,0\xa0KB): dung lượng tối đa là 2,0\xa0KB." in response.text
    with inside("sotttt"):
        assert not get_document_model().objects.filter(title="Báo cáo lớn").exists()

    small = SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4 nho")
    response = editor.post(
        "/admin/documents/add/",
        {"title": "Báo cáo nhỏ", "file": small, "collection": root_collection},
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 302
    with inside("sotttt"):
        assert get_document_model().objects.filter(title="Báo cáo nhỏ").exists()


def test_the_multiple_uploader_refuses_a_large_document_in_vietnamese(
    editor, root_collection, settings
):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 2048
    big = SimpleUploadedFile("phu-luc.pdf", b"%PDF-1.4 " + b"x" * 4096)
    response = editor.post(
        "/admin/documents/multiple/add/",
        {"files[]": big, "collection": root_collection},
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is False
    assert body["error_message"].startswith("Tệp quá lớn")
    with inside("sotttt"):
        assert not get_document_model().objects.filter(title="phu-luc.pdf").exists()


def test_an_image_over_the_limit_is_refused_in_vietnamese(
    editor, root_collection, settings
):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 4096
    png = _noise_png(64)
    assert len(png) > 4096
    response = editor.post(
        "/admin/images/add/",
        {
            "title": "Ảnh lớn",
            "file": SimpleUploadedFile("anh.png", png, content_type="image/png"),
            "collection": root_collection,
        },
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 200
    assert "Tệp quá lớn (" in response.text
    assert "dung lượng tối đa là 4,0\xa0KB." in response.text
    with inside("sotttt"):
        assert not PortalImage.objects.filter(title="Ảnh lớn").exists()

    response = editor.post(
        "/admin/images/add/",
        {
            "title": "Ảnh nhỏ",
            "file": SimpleUploadedFile(
                "anh.png", _noise_png(8), content_type="image/png"
            ),
            "collection": root_collection,
        },
        HTTP_HOST=A_HOST,
    )
    assert response.status_code == 302
    with inside("sotttt"):
        assert PortalImage.objects.filter(title="Ảnh nhỏ").exists()
