"""Art. 25.2: a repealed policy's articles are flagged for take-down, not deleted."""

import pytest
from django.contrib.auth import get_user_model

from documents.models import LegalDocumentPage, TakedownFlag
from editorial import roles
from home.models import SectionPage, StandardPage
from tests.documents_factory import add_document
from tests.portals import A_HOST, inside

pytestmark = pytest.mark.django_db


def test_repealing_a_document_flags_the_pages_citing_it(client):
    with inside("sotttt"):
        policy = add_document("15/2020/QĐ-UBND", "Chính sách hỗ trợ chuyển đổi số")
        section = SectionPage.objects.get(slug="pho-bien-phap-luat")
        article = section.add_child(
            instance=StandardPage(
                title="Hướng dẫn chính sách hỗ trợ", slug="huong-dan-ho-tro"
            )
        )
        article.cited_documents.add(policy)
        article.save_revision().publish()
        untouched = section.add_child(
            instance=StandardPage(title="Bài khác", slug="bai-khac")
        )

        policy = LegalDocumentPage.objects.get(pk=policy.pk)
        policy.legal_status = "repealed"
        policy.save_revision().publish()

        flag = TakedownFlag.objects.get()
        assert flag.page_id == article.pk and flag.document_id == policy.pk
        assert "15/2020/QĐ-UBND bị bãi bỏ" in flag.reason
        assert not TakedownFlag.objects.filter(page_id=untouched.pk).exists()
        head = get_user_model().objects.create_user(
            "tb", password="Go-Xuong-2026-AG", decision_number="1/QĐ"
        )
        head.groups.add(roles.group(roles.HEAD))

    client.post(
        "/admin/login/",
        {"username": "tb", "password": "Go-Xuong-2026-AG"},
        HTTP_HOST=A_HOST,
    )
    queue = client.get("/admin/hang-doi-duyet/", HTTP_HOST=A_HOST).text
    assert (
        "Bài cần xem xét gỡ xuống" in queue and "Hướng dẫn chính sách hỗ trợ" in queue
    )

    # Unpublishing resolves the flag; the page and its history stay.
    with inside("sotttt"):
        StandardPage.objects.get(pk=article.pk).unpublish()
        assert TakedownFlag.objects.get().resolved_at is not None
        kept = StandardPage.objects.get(pk=article.pk)
        assert not kept.live and kept.revisions.count() >= 1
    assert (
        "Hướng dẫn chính sách hỗ trợ"
        not in client.get("/admin/hang-doi-duyet/", HTTP_HOST=A_HOST).text
    )
