"""Emails to the asker (sent on commit, retried) and the retention job."""

import smtplib
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone
from django_tenants.utils import tenant_context

SUBJECTS = {
    "receipt": "Đã tiếp nhận câu hỏi {code}",
    "out_of_remit": "Câu hỏi {code}: không thuộc thẩm quyền",
    "answer": "Trả lời câu hỏi {code}",
    "progress": "Câu hỏi {code}: thông báo tiến độ",
    "transferred": "Câu hỏi {code} đã được chuyển đến cơ quan có thẩm quyền",
}


@shared_task(
    bind=True,
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=30,
    max_retries=10,
)
def send_question_email(self, question_id: int, kind: str) -> bool:
    from tenants.models import current_agency

    from .models import Question

    question = Question.objects.get(pk=question_id)
    if not question.email:
        return False
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
    return True


@shared_task
def erase_expired_personal_data() -> int:
    """In one schema: names and contacts of questions closed longer than the
    retention period are erased; the counts and dates stay for the statistics."""
    from .models import Question

    limit = timezone.now() - timedelta(days=settings.QA_RETENTION_DAYS)
    expired = Question.objects.filter(
        status__in=Question.CLOSED, responded_at__lt=limit, erased_at__isnull=True
    )
    count = 0
    for question in expired:
        question.erase_personal_data()
        count += 1
    return count


@shared_task
def erase_expired_everywhere() -> int:
    from tenants.models import Agency

    for agency in Agency.objects.portals():
        with tenant_context(agency):
            erase_expired_personal_data.delay()
    return Agency.objects.portals().count()


@shared_task
def receive_transfer(payload: dict) -> int:
    """In the receiving agency's schema: open the routed question with its history.

    The deadline keeps running from the first receipt; the citizen is told where
    the question now is, with the same tracking code.
    """
    from django.db import transaction
    from django.utils.dateparse import parse_datetime

    from .models import Question, QuestionEvent

    with transaction.atomic():
        question, created = Question.objects.get_or_create(
            tracking_code=payload["tracking_code"],
            defaults={
                "name": payload["name"],
                "email": payload["email"],
                "phone": payload["phone"],
                "title": payload["title"],
                "question": payload["question"],
                "field": payload["field"],
                "consent_at": parse_datetime(payload["consent_at"]),
                "received_at": parse_datetime(payload["received_at"]),
            },
        )
        if created:
            for event in payload["history"]:
                QuestionEvent.objects.create(
                    question=question,
                    at=parse_datetime(event["at"]),
                    kind=event["kind"],
                    public_text=event["public_text"],
                )
            QuestionEvent.objects.create(
                question=question,
                kind="transferred_in",
                public_text=f"Nhận từ {payload['from_agency']} để trả lời",
            )
    if created and question.email:
        send_question_email.delay(question.pk, "transferred")
    return question.pk
