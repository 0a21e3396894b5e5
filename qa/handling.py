"""Every change to a question, each one recorded in its history (with who, when)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from .models import Question, QuestionEvent


def _event(question, kind, public_text, actor=None, note=""):
    QuestionEvent.objects.create(
        question=question, kind=kind, public_text=public_text, actor=actor, note=note
    )


def _email(question, kind):
    """The email of ``kind`` to the asker, stored in this transaction's outbox
    (``qa.outbox_handlers.send_question_email`` renders and sends it)."""
    from outbox.service import enqueue

    if question.email:
        enqueue("qa.email", {"question_id": question.pk, "kind": kind})


@transaction.atomic
def receive(form) -> Question:
    """Store the question first, in one transaction; the receipt email follows."""
    question = form.save(commit=False)
    question.consent_at = timezone.now()
    question.save()
    _event(question, "received", "Đã tiếp nhận câu hỏi")
    _email(question, "receipt")
    return question


def is_board(user) -> bool:
    from editorial import roles

    return roles.is_board(user)


def can_approve(user) -> bool:
    from editorial import roles

    names = {roles.role(roles.HEAD).name, roles.role(roles.DEPUTY).name}
    return user.is_superuser or user.groups.filter(name__in=names).exists()


def can_see_personal_data(user, question) -> bool:
    return is_board(user) or (
        question.assignee_id is not None and question.assignee_id == user.pk
    )


@transaction.atomic
def classify(question, field, user):
    question.field = field
    if question.status == Question.RECEIVED:
        question.status = Question.CLASSIFIED
    question.save()
    _event(
        question,
        "classified",
        "Đã phân loại câu hỏi",
        user,
        f"Lĩnh vực: {question.get_field_display()}",
    )


@transaction.atomic
def assign(question, unit, assignee, user):
    question.unit = unit
    question.assignee = assignee
    question.status = Question.ASSIGNED
    question.save()
    who = assignee.get_full_name() or assignee.get_username() if assignee else ""
    _event(
        question, "assigned", f"Đã chuyển {unit} xử lý", user, f"Người trả lời: {who}"
    )


@transaction.atomic
def out_of_remit(question, reason, user):
    question.status = Question.OUT_OF_REMIT
    question.answer = reason
    question.responded_at = question.responded_at or timezone.now()
    question.save()
    _event(question, "out_of_remit", "Không thuộc thẩm quyền của cơ quan", user, reason)
    _email(question, "out_of_remit")


@transaction.atomic
def draft_answer(question, text, user):
    if not (is_board(user) or question.assignee_id == user.pk):
        raise PermissionDenied
    question.answer = text
    question.status = Question.AWAITING_APPROVAL
    question.save()
    _event(question, "answer_drafted", "Đã soạn trả lời, chờ Ban biên tập duyệt", user)


@transaction.atomic
def approve_answer(question, user):
    """The board's approval (head or deputy) sends the answer to the citizen."""
    if not can_approve(user):
        raise PermissionDenied
    now = timezone.now()
    question.status = Question.ANSWERED
    question.answered_at = now
    question.responded_at = question.responded_at or now
    question.save()
    _event(question, "answered", "Đã trả lời công dân", user)
    _email(question, "answer")


@transaction.atomic
def progress_notice(question, promised_on, note, user):
    question.promised_on = promised_on
    question.responded_at = question.responded_at or timezone.now()
    question.save()
    _event(
        question,
        "progress",
        f"Đã thông báo tiến độ; hẹn trả lời ngày {promised_on:%d/%m/%Y}",
        user,
        note,
    )
    _email(question, "progress")


@transaction.atomic
def erase_on_request(question):
    """Erase the asker's data here and, through the outbox, in every portal
    the question was routed to or from (``qa.erase`` rows)."""
    from . import transfers

    question.erase_personal_data()
    _event(question, "erased", "Đã xoá thông tin cá nhân theo yêu cầu của người hỏi")
    transfers.erase_elsewhere(question, exclude=())


def transfer(question, agency, user):
    """Route a question to another agency's portal (Art. 12.1d).

    In this transaction the question becomes ``transferring`` and a
    ``qa.transfer`` row is written to the outbox; its handler opens (or
    reopens) the question in the other agency's schema and only then closes
    this copy as ``transferred`` (``qa.transfers``). No write crosses from one
    agency's schema into another's outside that handler.
    """
    from django.db import connection

    from outbox.service import enqueue

    if agency.schema_name == connection.schema_name:
        raise PermissionDenied
    # Already on its way (or closed): a second row would route it twice.
    if question.status == Question.TRANSFERRING or question.is_closed:
        raise PermissionDenied
    with transaction.atomic():
        question.status = Question.TRANSFERRING
        question.transfer_chain = sorted(
            set(question.transfer_chain) | {agency.schema_name}
        )
        question.save()
        _event(
            question,
            "transferring",
            f"Đang chuyển đến {agency.name} để trả lời",
            user,
        )
        enqueue(
            "qa.transfer",
            {
                "question_id": question.pk,
                "to_schema": agency.schema_name,
                "actor_id": getattr(user, "pk", None),
            },
        )


@transaction.atomic
def publish_as_page(question, user):
    """Answers of general interest are published (Art. 12.1d): a draft Q&A page
    with the asker reduced to initials, sent into the board's workflow. Editors
    remove any personal data from the question text before approving."""
    from vietnamese import slugify

    from .models import initials
    from .pages import QAIndexPage, QAPage

    if question.status != Question.ANSWERED:
        raise PermissionDenied
    index = QAIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    page = index.add_child(
        instance=QAPage(
            title=question.title,
            slug=f"{slugify(question.title)[:60]}-{question.pk}",
            question_text=question.question,
            asker=initials(question.name),
            field=question.field,
            answer=question.answer,
            asked_on=question.received_on,
            answered_on=timezone.localtime(question.answered_at).date(),
            source_question=question,
            live=False,
            owner=user,
        )
    )
    page.save_revision(user=user)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    _event(
        question,
        "published_draft",
        "Ban biên tập chuẩn bị đăng công khai câu hỏi và trả lời",
        user,
    )
    return page
