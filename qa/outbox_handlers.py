"""The questions' side effects, delivered by the outbox (outbox.registry)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from outbox.registry import handler

from . import transfers

SUBJECTS = {
    "receipt": "Đã tiếp nhận câu hỏi {code}",
    "out_of_remit": "Câu hỏi {code}: không thuộc thẩm quyền",
    "answer": "Trả lời câu hỏi {code}",
    "progress": "Câu hỏi {code}: thông báo tiến độ",
    "transferred": "Câu hỏi {code} đã được chuyển đến cơ quan có thẩm quyền",
}


@handler("qa.email", "Thư gửi người hỏi")
def send_question_email(delivery) -> None:
    """Rendered when delivered: an asker whose data was erased gets nothing."""
    from tenants.models import current_agency

    from .models import Question

    kind = delivery.payload["kind"]
    question = Question.objects.filter(pk=delivery.payload["question_id"]).first()
    if question is None or not question.email:
        return
    agency = current_agency()
    body = render_to_string(
        f"qa/emails/{kind}.txt",
        {
            "question": question,
            "agency_name": agency.name,
            "status_url": f"{agency.url}hoi-dap/tra-cuu/",
        },
    )
    EmailMessage(
        f"[{agency.name}] " + SUBJECTS[kind].format(code=question.tracking_code),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [question.email],
    ).send(fail_silently=False)


handler("qa.transfer", "Chuyển câu hỏi sang cổng khác")(transfers.complete_transfer)
handler("qa.erase", "Xoá dữ liệu cá nhân ở cổng khác")(transfers.erase_remote)
