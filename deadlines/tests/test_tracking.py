"""The boards' daily digest and the DIC's dashboard, from real documents."""

from datetime import date, datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone
from django_tenants.utils import tenant_context

from deadlines.models import PortalDeadlineStats
from deadlines.tasks import refresh_dashboard, send_digest, send_digests_everywhere
from deadlines.tracking import counts
from editorial import roles
from tests.documents_factory import add_document
from tests.portals import CONSOLE_HOST, agency, inside

pytestmark = pytest.mark.django_db

VN = timezone.get_fixed_timezone(7 * 60)
TODAY = datetime(2026, 11, 18, 9, 0, tzinfo=VN)  # a Wednesday


@pytest.fixture
def items():
    """In sotttt: one posted on time, one posted late, one late and not posted,
    one due tomorrow, one due in a week."""
    with inside("sotttt"), time_machine.travel(TODAY, tick=False):
        with time_machine.travel(datetime(2026, 11, 3, 9, 0, tzinfo=VN), tick=False):
            add_document("101/QĐ-UBND", "Đăng đúng hạn", issued_on=date(2026, 11, 2))
        with time_machine.travel(datetime(2026, 11, 12, 9, 0, tzinfo=VN), tick=False):
            add_document("102/QĐ-UBND", "Đăng trễ", issued_on=date(2026, 11, 2))
        add_document(
            "103/QĐ-UBND", "Chưa đăng, trễ", issued_on=date(2026, 11, 9), live=False
        )
        add_document(
            "104/QĐ-UBND",
            "Chưa đăng, hạn ngày mai",
            issued_on=date(2026, 11, 17),
            live=False,
        )
        add_document(
            "105/2026/QĐ-UBND",
            "Chưa đăng, còn một tuần",
            issued_on=date(2026, 11, 16),
            live=False,
            deadline_rule="governed_agency",
        )
        member = get_user_model().objects.create_user(
            "thanhvien", email="thanhvien@sotttt.angiang.gov.vn", decision_number="1/QĐ"
        )
        member.groups.add(roles.group(roles.MEMBER))


@time_machine.travel(TODAY, tick=False)
def test_the_digest_lists_late_and_soon_due_items(items):
    with tenant_context(agency("sotttt")):
        assert send_digest.delay().get() == 2
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["thanhvien@sotttt.angiang.gov.vn"]
    assert "1 sắp đến hạn, 1 trễ hạn" in message.subject
    late, soon = message.body.split("SẮP ĐẾN HẠN")
    assert "103/QĐ-UBND – Chưa đăng, trễ: hạn 11/11/2026, trễ 5 ngày làm việc" in late
    assert (
        "104/QĐ-UBND – Chưa đăng, hạn ngày mai: hạn 19/11/2026, còn 1 ngày làm việc"
        in soon
    )
    assert "105/2026" not in message.body and "101/QĐ" not in message.body


@time_machine.travel(TODAY, tick=False)
def test_a_portal_with_nothing_due_gets_no_email(items):
    assert send_digests_everywhere.delay().get() >= 3
    assert [m.to for m in mail.outbox] == [["thanhvien@sotttt.angiang.gov.vn"]]


@time_machine.travel(TODAY, tick=False)
def test_the_dashboard_counts_per_portal(items, client):
    assert refresh_dashboard.delay().get() >= 3
    quarter = PortalDeadlineStats.objects.get(agency__code="sotttt", period="quarter")
    assert (quarter.on_time, quarter.late, quarter.open) == (1, 2, 2)
    assert quarter.period_start == date(2026, 10, 1)
    other = PortalDeadlineStats.objects.get(agency__code="soyte", period="year")
    assert (other.on_time, other.late, other.open) == (0, 0, 0)

    get_user_model().objects.create_superuser("dic", password="Bang-Theo-Doi-2026")
    client.post(
        "/dang-nhap/",
        {"username": "dic", "password": "Bang-Theo-Doi-2026"},
        HTTP_HOST=CONSOLE_HOST,
    )
    html = client.get("/bang-theo-doi/", HTTP_HOST=CONSOLE_HOST).text
    assert html.count('class="table dashboard-qa"') == 1
    row = html[html.index("Sở Thông tin và Truyền thông</th>") :].split("</tr>")[0]
    assert '<td>1</td><td class="status-bad">2</td><td>2</td>' in row


@time_machine.travel(TODAY, tick=False)
def test_a_dissemination_article_is_due_15_working_days_after_the_law_it_explains():
    from home.models import SectionPage, StandardPage

    with inside("sotttt"):
        law = add_document(
            "99/2026/QH15",
            "Luật Chuyển đổi số",
            issued_on=date(2026, 11, 10),
            live=False,
        )
        section = SectionPage.objects.get(slug="pho-bien-phap-luat")
        article = StandardPage(
            title="Phổ biến Luật Chuyển đổi số",
            slug="pho-bien-luat",
            deadline_rule="dissemination",
        )
        article.cited_documents = [law]
        section.add_child(instance=article)
        article.refresh_from_db()
        assert article.deadline_start == date(2026, 11, 10)
        assert article.deadline_due == date(2026, 12, 2)  # 15 WD, 24/11 is a holiday
        assert article.deadline.kind == "open"
        stats = counts(date(2026, 11, 1), TODAY.date())
    # The law itself (2 working days, due 12/11, not posted) is late; the article is open.
    assert (stats.on_time, stats.late, stats.open) == (0, 1, 1)
