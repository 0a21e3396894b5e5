"""Private files are served only by views that find their record; /media/
serves the public upload folders (images) and nothing else, whatever the
spelling of the path (tenants.media)."""

from __future__ import annotations

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PILImage

from editorial import roles
from editorial.models import Contribution, ContributionFile
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff, signed_in

pytestmark = pytest.mark.django_db

ATTACHMENT = b"%PDF-1.4 ho so rieng cua cong dan Nguyen Thi Lan"
INTERNAL = b"%PDF-1.4 van ban noi bo cua Ban bien tap"


def spellings(schema: str, name: str) -> dict[str, str]:
    """Every way of writing /media/<schema>/<name> that a layer below the view
    (normpath, the file system, a proxy) could read as the same file."""
    folder, _sep, rest = name.partition("/")
    head, _sep, last = name.rpartition("/")
    return {
        "canonical": f"/media/{schema}/{name}",
        "double slash": f"/media/{schema}//{name}",
        "dot segment": f"/media/{schema}/./{name}",
        "dot-dot": f"/media/{schema}/images/../{name}",
        "dot-dot out and back": f"/media/{schema}/{folder}/../{name}",
        "encoded slash": f"/media/{schema}%2F{name}",
        "encoded double slash": f"/media/{schema}/%2F{name}",
        "encoded dot": f"/media/{schema}/%2e/{name}",
        "encoded dot-dot": f"/media/{schema}/images/%2e%2e/{name}",
        "backslash": f"/media/{schema}/.\\{name}",
        "backslash dot-dot": f"/media/{schema}/images\\..\\{name}",
        "upper case folder": f"/media/{schema}/{folder.upper()}/{rest}",
        "upper case schema": f"/media/{schema.upper()}/{name}",
        "trailing dot folder": f"/media/{schema}/{folder}./{rest}",
        "trailing dot file": f"/media/{schema}/{name}.",
        "trailing slash": f"/media/{schema}/{name}/",
        "NUL": f"/media/{schema}/{name}%00",
        "NUL before extension": f"/media/{schema}/{head}/{last}%00.png",
    }


def refused_spellings(client, schema, name, host=A_HOST, expected=404):
    """The spellings that were not answered with ``expected``."""
    wrong = {}
    for label, url in spellings(schema, name).items():
        status = client.get(url, HTTP_HOST=host).status_code
        # A NUL anywhere is refused before any view (aggov.bad_input): 400.
        want = 400 if "%00" in url and expected == 404 else expected
        if status != want:
            wrong[label] = (url, status)
    return wrong


@pytest.fixture
def attachment():
    """A citizen's file sent to sotttt's board with a contribution."""
    with inside("sotttt"):
        contribution = Contribution.objects.create(
            provider_kind="individual",
            provider_name="Nguyễn Thị Lan",
            email="lan@example.vn",
            title="Phản ánh về hồ sơ đất đai",
            content="Nội dung.",
        )
        return ContributionFile.objects.create(
            contribution=contribution, file=ContentFile(ATTACHMENT, name="ho-so.pdf")
        )


@pytest.fixture
def private_document():
    """A Wagtail document in a collection only sotttt's board may view."""
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    with inside("sotttt"):
        collection = Collection.get_first_root_node().add_child(name="Nội bộ")
        restriction = CollectionViewRestriction.objects.create(
            collection=collection,
            restriction_type=CollectionViewRestriction.GROUPS,
        )
        restriction.groups.set([roles.group(code) for code in roles.BOARD])
        return get_document_model().objects.create(
            title="Văn bản nội bộ",
            file=ContentFile(INTERNAL, name="noi-bo.pdf"),
            collection=collection,
        )


@pytest.fixture
def member():
    make_staff("sotttt", "bt_thanhvien", roles.MEMBER)
    return signed_in(Client, A_HOST, "bt_thanhvien")


def test_no_spelling_of_a_contributions_path_serves_the_attachment(
    client, member, attachment
):
    name = attachment.file.name
    assert name.startswith("contributions/")
    # To anyone, and to the board too: the only way is the record view.
    assert refused_spellings(client, "sotttt", name) == {}
    assert refused_spellings(member, "sotttt", name) == {}


def test_the_board_downloads_the_attachment_through_its_record(
    client, member, attachment
):
    url = f"/admin/thong-tin-gui-den/tep/{attachment.pk}/"
    detail = member.get(
        f"/admin/thong-tin-gui-den/{attachment.contribution_id}/", HTTP_HOST=A_HOST
    )
    assert detail.status_code == 200
    assert f'href="{url}"' in detail.text
    assert "/media/" not in detail.text.split("help-block", 1)[1].split("</ul>")[0]

    response = member.get(url, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == ATTACHMENT
    assert response["Content-Disposition"].startswith("attachment;")
    assert "private" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"

    anonymous = client.get(url, HTTP_HOST=A_HOST)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/admin/login/")
    # Staff outside the board may not read citizens' files (Wagtail's admin
    # answers a PermissionDenied with a redirect to its home and a message).
    make_staff("sotttt", "bt_bientap", roles.EDITOR)
    editor = signed_in(Client, A_HOST, "bt_bientap")
    refused = editor.get(url, HTTP_HOST=A_HOST)
    assert refused.status_code == 302
    assert refused["Location"] == "/admin/"


def test_another_portal_never_serves_the_attachment(member, attachment):
    url = f"/admin/thong-tin-gui-den/tep/{attachment.pk}/"
    assert member.get(url, HTTP_HOST=A_HOST).status_code == 200
    make_staff("soyte", "yt_thanhvien", roles.MEMBER)
    other_board = signed_in(Client, B_HOST, "yt_thanhvien")
    with inside("soyte"):
        assert not ContributionFile.objects.filter(pk=attachment.pk).exists()
    assert other_board.get(url, HTTP_HOST=B_HOST).status_code == 404
    # B's session means nothing on A's host.
    assert other_board.get(url, HTTP_HOST=A_HOST).status_code == 302
    # Nor does /media/ on B's host, in any spelling.
    assert refused_spellings(other_board, "sotttt", attachment.file.name, B_HOST) == {}


def test_a_private_collections_document_is_served_only_by_wagtails_view(
    client, member, private_document
):
    name = private_document.file.name
    assert name.startswith("documents/")
    assert refused_spellings(client, "sotttt", name) == {}
    assert refused_spellings(member, "sotttt", name) == {}

    url = private_document.url
    assert url == f"/documents/{private_document.pk}/{private_document.filename}"
    anonymous = client.get(url, HTTP_HOST=A_HOST)
    assert anonymous.status_code == 302
    # Wagtail's front-end sign-in, back to the document afterwards.
    assert anonymous["Location"] == f"/_util/login/?next={url}"
    response = member.get(url, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == INTERNAL
    # The same address on another portal's host is another schema: nothing.
    assert client.get(url, HTTP_HOST=B_HOST).status_code == 404


def _png(name="anh-cong-khai.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (200, 16, 46)).save(buffer, "PNG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)


def test_media_serves_public_images_fast_and_no_other_folder(
    client, django_assert_num_queries
):
    from wagtail.documents import get_document_model

    from images.models import PortalImage

    with inside("sotttt"):
        # Dots inside a name are a name, not a path: still served.
        image = PortalImage.objects.create(
            title="Ảnh tin bài", file=_png(".anh..tin-bai.png")
        )
        rendition = image.get_rendition("fill-4x4")
        original = image.file.url
        resized = rendition.url
        public_document = get_document_model().objects.create(
            title="Văn bản công khai", file=ContentFile(b"%PDF-1.4 cong khai", "ck.pdf")
        )
    assert original.startswith("/media/sotttt/original_images/.anh")
    assert "..tin-bai" in original
    assert resized.startswith("/media/sotttt/images/")
    client.get(original, HTTP_HOST=A_HOST)  # the host is now in the process cache
    with django_assert_num_queries(0):
        response = client.get(original, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content)[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get(resized, HTTP_HOST=A_HOST).status_code == 200
    # Another portal's host does not serve A's images.
    assert client.get(original, HTTP_HOST=B_HOST).status_code == 404
    # A public document's file is served by Wagtail's view, not by /media/.
    assert client.get(public_document.url, HTTP_HOST=A_HOST).status_code == 200
    media = f"/media/sotttt/{public_document.file.name}"
    assert client.get(media, HTTP_HOST=A_HOST).status_code == 404


def test_staff_avatars_are_served_to_staff_only(client, member):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    with inside("sotttt"):
        user = get_user_model().objects.get(username="bt_thanhvien")
        profile = UserProfile.get_for_user(user)
        profile.avatar = _png()
        profile.save()
        url = profile.avatar.url
    assert url.startswith("/media/sotttt/avatar_images/")
    assert client.get(url, HTTP_HOST=A_HOST).status_code == 404
    assert member.get(url, HTTP_HOST=A_HOST).status_code == 200
