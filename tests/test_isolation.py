"""One agency's page, user, image and session do not exist on another's host."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from PIL import Image as PILImage

from conftest import ADMIN_PASSWORD
from home.models import SectionPage, StandardPage
from images.models import PortalImage
from tests.portals import A_HOST, B_HOST, inside

pytestmark = pytest.mark.django_db


def login(client, host, username, password=ADMIN_PASSWORD):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, HTTP_HOST=host
    )


def test_a_page_of_a_is_not_served_on_b(client):
    with inside("sotttt"):
        section = SectionPage.objects.get(slug="gioi-thieu")
        section.add_child(
            instance=StandardPage(title="Bài riêng của Sở TT&TT", slug="bai-rieng")
        )
    assert client.get("/gioi-thieu/bai-rieng/", HTTP_HOST=A_HOST).status_code == 200
    response = client.get("/gioi-thieu/bai-rieng/", HTTP_HOST=B_HOST)
    assert response.status_code == 404
    section = client.get("/gioi-thieu/", HTTP_HOST=B_HOST)
    assert section.status_code == 200
    assert "Bài riêng" not in section.text


def test_a_user_of_a_cannot_sign_in_to_b(client):
    assert login(client, A_HOST, "quantri_a").status_code == 302
    assert client.get("/admin/", HTTP_HOST=A_HOST).status_code == 200

    other = client.__class__()
    response = login(other, B_HOST, "quantri_a")
    assert response.status_code == 200  # the form again, with an error
    assert other.get("/admin/", HTTP_HOST=B_HOST).status_code == 302
    with inside("soyte"):
        assert not get_user_model().objects.filter(username="quantri_a").exists()


def test_a_session_of_a_is_not_a_session_on_b(client):
    login(client, A_HOST, "quantri_a")
    assert client.get("/admin/", HTTP_HOST=A_HOST).status_code == 200
    # The test client sends A's session cookie to B as well: B must not know it.
    response = client.get("/admin/", HTTP_HOST=B_HOST)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def _png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (200, 16, 46)).save(buffer, "PNG")
    buffer.seek(0)
    return ImageFile(buffer, name="anh-rieng.png")


def test_an_image_of_a_is_invisible_on_b(client):
    from django.core.files.storage import default_storage

    with inside("sotttt"):
        image = PortalImage.objects.create(title="Ảnh riêng Sở TT&TT", file=_png())
        url = image.file.url
        stored = default_storage.path(image.file.name)
    assert url.startswith("/media/sotttt/")
    assert "/sotttt/" in stored

    assert client.get(url, HTTP_HOST=A_HOST).status_code == 200
    assert client.get(url, HTTP_HOST=B_HOST).status_code == 404
    with inside("soyte"):
        assert not PortalImage.objects.exists()

    login(client, B_HOST, "quantri_b")
    listing = client.get("/admin/images/", HTTP_HOST=B_HOST)
    assert listing.status_code == 200
    assert "Ảnh riêng" not in listing.text
