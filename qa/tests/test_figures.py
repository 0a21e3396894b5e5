"""Questions in the boards' digest and the DIC's dashboard (Art. 12.1d)."""

from datetime import date, datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone
from django_tenants.utils import tenant_context

from deadlines.models import PortalDeadlineStats
from deadlines.tasks import refresh_dashboard, send_digest
from editorial import roles
from qa.models import Question
from tests.portals import agency, inside

pytestmark = pytest.mark.django_db

VN = timezone.get_fixed_timezone(7 * 60)
TODAY = datetime(2026, 11, 27, 9, 0, tzinfo=VN)  # Friday


def question(received, responded=None, title="Câu hỏi"):
    q = Question.objects.create(
        name="Nguyễn Văn A",
        email="a@example.vn",
        title=title,
        question="Nội dung câu hỏi đủ dài để hợp lệ.",
        field="khac",
        consent_at=received,
        received_at=received,
    )
    if responded:
        Question.objects.filter(pk=q.pk).update(
            responded_at=responded, status=Question.ANSWERED
        )
    return q


@pytest.fixture
def questions():
    with inside("sotttt"):
        # Received 2/11: due 23/11 (15 WD, 24/11 not yet). Answered 12/11: on time, 8 WD.
        question(
            datetime(2026, 11, 2, 9, tzinfo=VN),
            datetime(2026, 11, 12, 9, tzinfo=VN),
            "Đúng hạn",
        )
        # Received 2/10: due 23/10; answered 30/10: late, 20 WD.
        question(
            datetime(2026, 10, 2, 9, tzinfo=VN),
            datetime(2026, 10, 30, 9, tzinfo=VN),
            "Trễ",
        )
        # Received 4/11, not answered: due 26/11 (24/11 is a holiday), late now.
        question(datetime(2026, 11, 4, 9, tzinfo=VN), None, "Quá hạn")
        # Received 10/11, not answered: due 2/12, within 3 working days of 27/11.
        question(datetime(2026, 11, 10, 9, tzinfo=VN), None, "Sắp đến hạn")
        # Received 25/11: due 16/12, open.
        question(datetime(2026, 11, 25, 9, tzinfo=VN), None, "Còn hạn")
        member = get_user_model().objects.create_user(
            "tv", email="tv@x.vn", decision_number="1/QĐ"
        )
        member.groups.add(roles.group(roles.MEMBER))


@time_machine.travel(TODAY, tick=False)
def test_the_digest_lists_questions_due_within_3_working_days_and_late(questions):
    with tenant_context(agency("sotttt")):
        assert send_digest.delay().get() == 2
    body = mail.outbox[0].body
    assert "Câu hỏi HD-" in body
    late, soon = body.split("SẮP ĐẾN HẠN")
    assert "Quá hạn: hạn 26/11/2026, trễ 1 ngày làm việc" in late
    assert "Sắp đến hạn: hạn 02/12/2026, còn 3 ngày làm việc" in soon
    assert "Còn hạn" not in body


@time_machine.travel(TODAY, tick=False)
def test_the_dashboard_counts_questions_per_portal(questions):
    refresh_dashboard.delay().get()
    year = PortalDeadlineStats.objects.get(agency__code="sotttt", period="year")
    assert (
        year.qa_received,
        year.qa_answered_on_time,
        year.qa_answered_late,
        year.qa_open,
        year.qa_open_late,
    ) == (5, 1, 1, 2, 1)
    assert year.qa_median_days == 14.0  # median of 8 and 20 working days
    quarter = PortalDeadlineStats.objects.get(agency__code="sotttt", period="quarter")
    assert quarter.qa_received == 5 and quarter.period_start == date(2026, 10, 1)
    assert (
        PortalDeadlineStats.objects.get(agency__code="soyte", period="year").qa_received
        == 0
    )


@time_machine.travel(TODAY, tick=False)
def test_the_queue_sorts_by_due_date_and_marks_late_ones(questions, client):
    with inside("sotttt"):
        get_user_model().objects.filter(username="tv").update(password="")
        user = get_user_model().objects.get(username="tv")
        user.set_password("Hang-Doi-Hoi-Dap-2026")
        user.save()
    from tests.portals import A_HOST

    client.post(
        "/admin/login/",
        {"username": "tv", "password": "Hang-Doi-Hoi-Dap-2026"},
        HTTP_HOST=A_HOST,
    )
    html = client.get("/admin/hoi-dap/", HTTP_HOST=A_HOST).text
    assert html.index("Quá hạn") < html.index("Sắp đến hạn") < html.index("Còn hạn")
    late_row = html[html.index("Quá hạn") :].split("</tr>")[0]
    assert "<strong>Trễ 1 ngày làm việc</strong>" in late_row
    assert "Đúng hạn" not in html  # closed questions are not in the open queue
