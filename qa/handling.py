"""Every change to a question, each one recorded in its history (with who, when)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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


#: Who may be given a question to answer: the board and the editors, the
#: people who write in the portal's name. Not the technical administrator (a
#: superuser or not), the translator or an outside contributor.
ANSWERER_ROLES = ("truong_ban", "pho_truong_ban", "thanh_vien", "bien_tap_vien")


def answerers():
    """The active users of this portal who may answer a question."""
    from django.contrib.auth import get_user_model

    from editorial import roles

    names = [roles.role(code).name for code in ANSWERER_ROLES]
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=names)
        .distinct()
        .order_by("full_name", "username")
    )


def answerer_label(user) -> str:
    """ "Nguyễn Văn An (Biên tập viên)": the name staff know, and the role."""
    from editorial import roles

    name = user.get_full_name().strip() or user.get_username()
    held = ", ".join(roles.roles_of(user))
    return f"{name} ({held})" if held else name


def can_see_personal_data(user, question) -> bool:
    return is_board(user) or (
        question.assignee_id is not None and question.assignee_id == user.pk
    )


class ActionRefused(Exception):
    """An action the question's state does not allow (or a form opened on an
    older version of the question); ``message`` is said to the board."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# Which actions each state allows: the one place the question's life is written.
_OPEN = {
    Question.RECEIVED,
    Question.CLASSIFIED,
    Question.ASSIGNED,
    Question.AWAITING_APPROVAL,
}
_BEFORE_ANSWER = {Question.RECEIVED, Question.CLASSIFIED, Question.ASSIGNED}
ALLOWED_FROM = {
    "classify": _OPEN,
    "assign": _BEFORE_ANSWER | {Question.AWAITING_APPROVAL},
    "out_of_remit": _BEFORE_ANSWER,
    "draft_answer": _OPEN,
    "approve_answer": {Question.AWAITING_APPROVAL},
    "progress_notice": _OPEN,
    "transfer": _BEFORE_ANSWER,
    "publish_as_page": {Question.ANSWERED},
    # The citizen may have their data erased whatever the state, once.
    "erase": set(dict(Question.STATUS_CHOICES)),
}
ACTION_NAMES = {
    "classify": gettext_lazy("phân loại"),
    "assign": gettext_lazy("giao xử lý"),
    "out_of_remit": gettext_lazy("trả lời không thuộc thẩm quyền"),
    "draft_answer": gettext_lazy("soạn trả lời"),
    "approve_answer": gettext_lazy("duyệt trả lời"),
    "progress_notice": gettext_lazy("thông báo tiến độ"),
    "transfer": gettext_lazy("chuyển cơ quan khác"),
    "publish_as_page": gettext_lazy("đăng công khai"),
    "erase": gettext_lazy("xoá thông tin cá nhân"),
}


def allowed(question, action) -> bool:
    return question.status in ALLOWED_FROM[action]


def _locked(question, action, version=None):
    """The question re-read under a row lock (inside the caller's transaction),
    checked against the table above and against the version the form was
    opened on. Two boards acting at once are served one after the other, and
    the second sees what the first did."""
    fresh = Question.objects.select_for_update().get(pk=question.pk)
    if version is not None and version != fresh.version:
        raise ActionRefused(
            _(
                "Câu hỏi đã được người khác cập nhật sau khi bạn mở trang; "
                "xin xem lại rồi thao tác lại."
            )
        )
    if not allowed(fresh, action):
        raise ActionRefused(
            _("Không thể %(action)s: câu hỏi đang ở trạng thái «%(status)s».")
            % {"action": ACTION_NAMES[action], "status": fresh.get_status_display()}
        )
    return fresh


def _save(question):
    question.version += 1
    question.save()


@transaction.atomic
def classify(question, field, user, version=None):
    question = _locked(question, "classify", version)
    question.field = field
    if question.status == Question.RECEIVED:
        question.status = Question.CLASSIFIED
    _save(question)
    _event(
        question,
        "classified",
        "Đã phân loại câu hỏi",
        user,
        f"Lĩnh vực: {question.get_field_display()}",
    )
    return question


@transaction.atomic
def assign(question, unit, assignee, user, version=None):
    question = _locked(question, "assign", version)
    if assignee is not None and not answerers().filter(pk=assignee.pk).exists():
        raise ActionRefused(
            _(
                "Không thể giao cho %(name)s: chỉ Ban biên tập và biên tập viên "
                "được giao trả lời câu hỏi."
            )
            % {"name": answerer_label(assignee)}
        )
    question.unit = unit
    question.assignee = assignee
    if question.status != Question.AWAITING_APPROVAL:
        question.status = Question.ASSIGNED
    _save(question)
    who = assignee.get_full_name() or assignee.get_username() if assignee else ""
    _event(
        question, "assigned", f"Đã chuyển {unit} xử lý", user, f"Người trả lời: {who}"
    )
    return question


@transaction.atomic
def out_of_remit(question, reason, user, version=None):
    question = _locked(question, "out_of_remit", version)
    question.status = Question.OUT_OF_REMIT
    question.answer = reason
    question.responded_at = question.responded_at or timezone.now()
    _save(question)
    _event(question, "out_of_remit", "Không thuộc thẩm quyền của cơ quan", user, reason)
    _email(question, "out_of_remit")
    return question


@transaction.atomic
def draft_answer(question, text, user, version=None):
    question = _locked(question, "draft_answer", version)
    if not (is_board(user) or question.assignee_id == user.pk):
        raise PermissionDenied
    question.answer = text
    question.status = Question.AWAITING_APPROVAL
    _save(question)
    _event(
        question,
        "answer_drafted",
        "Đã soạn trả lời, chờ Ban biên tập duyệt",
        user,
        text,
    )
    return question


@transaction.atomic
def approve_answer(question, user, version=None):
    """The board's approval (head or deputy) sends the answer to the citizen,
    once: a second approval finds the question answered and is refused."""
    if not can_approve(user):
        raise PermissionDenied
    question = _locked(question, "approve_answer", version)
    now = timezone.now()
    question.status = Question.ANSWERED
    question.answered_at = now
    question.responded_at = question.responded_at or now
    _save(question)
    # The text as sent, in the history: later drafts cannot rewrite it.
    _event(question, "answered", "Đã trả lời công dân", user, question.answer)
    _email(question, "answer")
    return question


@transaction.atomic
def progress_notice(question, promised_on, note, user, version=None):
    question = _locked(question, "progress_notice", version)
    question.promised_on = promised_on
    question.responded_at = question.responded_at or timezone.now()
    _save(question)
    _event(
        question,
        "progress",
        f"Đã thông báo tiến độ; hẹn trả lời ngày {promised_on:%d/%m/%Y}",
        user,
        note,
    )
    _email(question, "progress")
    return question


@transaction.atomic
def erase_on_request(question):
    """Erase the asker's name and contacts here and, through the outbox, in
    every portal the question was routed to or from (``qa.erase`` rows);
    refused (not repeated) once done."""
    from . import transfers

    question = _locked(question, "erase")
    if question.erased_at is not None:
        raise ActionRefused(_("Thông tin cá nhân của câu hỏi này đã được xoá."))
    question.erase_personal_data()
    _event(question, "erased", "Đã xoá thông tin cá nhân theo yêu cầu của người hỏi")
    transfers.erase_elsewhere(question, exclude=())
    return question


@transaction.atomic
def transfer(question, agency, user, version=None):
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
    question = _locked(question, "transfer", version)
    question.status = Question.TRANSFERRING
    question.transfer_chain = sorted(
        set(question.transfer_chain) | {agency.schema_name}
    )
    _save(question)
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
def publish_as_page(question, user, version=None):
    """Answers of general interest are published (Art. 12.1d): a draft Q&A page
    with the asker reduced to initials, sent into the board's workflow. Editors
    remove any personal data from the question text before approving."""
    from vietnamese import slugify

    from .models import initials
    from .pages import QAIndexPage, QAPage

    question = _locked(question, "publish_as_page", version)
    existing = question.pages.order_by("pk").first()
    if existing is not None:
        # Published before (a second click, two board members at once): the
        # page made the first time, not a second one.
        page = existing.specific
        page.already_published = True
        return page
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
