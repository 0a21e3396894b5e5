"""Questions routed between portals and erasures that follow them, through the
outbox (Art. 12.1d, Art. 6).

A → B: ``handling.transfer`` marks the question ``transferring`` at A and
writes a ``qa.transfer`` row. Its handler (``complete_transfer``, run by the
worker in A's schema) reads the question, switches to B's schema and opens
the question there (``receive``), then, back in A's schema, closes A's copy as
``transferred``: all in the delivery's transaction, so A is closed only when B
has the question. ``receive`` is keyed by the source row's identity
(``outbox.service.first_time``): delivered twice, B opens the question once.

A → B → A: the question is found at A by its tracking code and reopened, with
the steps taken at B added to its history; B's copy is closed.

Erasure at any portal: ``erase_elsewhere`` writes a ``qa.erase`` row for each
portal in the question's ``transfer_chain``; each one erases its copy and passes
the erasure on to the portals it knows of, so the whole chain is reached.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django_tenants.utils import tenant_context

from outbox.service import current_source, enqueue, first_time

from .models import Question, QuestionEvent


def _agency(schema_name):
    from tenants.models import Agency

    return Agency.objects.portals().filter(schema_name=schema_name).first()


def snapshot(question) -> dict:
    """What the receiving portal needs, read when the row is delivered (so an
    erasure made meanwhile is respected; the outbox row itself holds no
    personal data)."""
    from tenants.models import current_agency_name

    return {
        "tracking_code": question.tracking_code,
        "name": question.name,
        "email": question.email,
        "phone": question.phone,
        "title": question.title,
        "question": question.question,
        "field": question.field,
        "consent_at": question.consent_at.isoformat(),
        "received_at": question.received_at.isoformat(),
        "erased_at": question.erased_at.isoformat() if question.erased_at else None,
        "from_agency": current_agency_name(),
        "chain": list(question.transfer_chain),
        "history": [
            {"at": e.at.isoformat(), "kind": e.kind, "public_text": e.public_text}
            for e in question.events.all()
        ],
    }


def complete_transfer(delivery) -> None:
    """Handler of ``qa.transfer``, in the sending portal's schema."""
    payload = delivery.payload
    question = (
        Question.objects.select_for_update().filter(pk=payload["question_id"]).first()
    )
    if question is None or question.status != Question.TRANSFERRING:
        return  # completed already, or no longer being routed: nothing to do
    target = _agency(payload["to_schema"])
    if target is None:
        raise LookupError(f"No portal with schema {payload['to_schema']!r}")
    data = snapshot(question)
    source = current_source(delivery)
    with tenant_context(target):
        receive(data, source)
    actor = get_user_model().objects.filter(pk=payload.get("actor_id")).first()
    question.status = Question.TRANSFERRED
    question.answer = f"Đã chuyển đến {target.name}."
    question.responded_at = question.responded_at or timezone.now()
    question.version += 1  # forms opened before the transfer are now stale
    question.save()
    QuestionEvent.objects.create(
        question=question,
        kind="transferred",
        public_text=f"Đã chuyển đến {target.name} để trả lời",
        actor=actor,
    )


def receive(data: dict, source: tuple[str, int]) -> Question | None:
    """In the receiving portal's schema: open the question, or reopen the copy
    this portal closed when it routed the question away. Once per source row.

    The deadline keeps running from the first receipt; the citizen is told
    where the question now is, with the same tracking code.
    """
    from .handling import _email

    if not first_time(source, "qa.transfer"):
        return None
    here = connection.schema_name
    chain = sorted((set(data["chain"]) | {source[0]}) - {here})
    question = (
        Question.objects.select_for_update()
        .filter(tracking_code=data["tracking_code"])
        .first()
    )
    history = [
        (parse_datetime(e["at"]), e["kind"], e["public_text"]) for e in data["history"]
    ]
    if question is None:
        question = Question.objects.create(
            tracking_code=data["tracking_code"],
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            title=data["title"],
            question=data["question"],
            field=data["field"],
            consent_at=parse_datetime(data["consent_at"]),
            received_at=parse_datetime(data["received_at"]),
            erased_at=parse_datetime(data["erased_at"]) if data["erased_at"] else None,
            transfer_chain=chain,
        )
        known = set()
        text = f"Nhận từ {data['from_agency']} để trả lời"
    else:
        # Routed back: the same question, open again, its history kept.
        known = set(question.events.values_list("at", "kind", "public_text"))
        question.status = Question.RECEIVED
        question.answer = ""
        question.unit = ""
        question.assignee = None
        question.responded_at = None
        question.answered_at = None
        question.promised_on = None
        question.transfer_chain = sorted(set(question.transfer_chain) | set(chain))
        question.version += 1
        question.save()
        text = f"Nhận lại từ {data['from_agency']} để trả lời"
    QuestionEvent.objects.bulk_create(
        QuestionEvent(question=question, at=at, kind=kind, public_text=public_text)
        for at, kind, public_text in history
        if (at, kind, public_text) not in known
    )
    QuestionEvent.objects.create(
        question=question, kind="transferred_in", public_text=text
    )
    _email(question, "transferred")
    return question


def erase_elsewhere(question, exclude=()) -> None:
    """Write one ``qa.erase`` row per other portal holding a copy."""
    here = connection.schema_name
    for schema in sorted(set(question.transfer_chain) - {here} - set(exclude)):
        enqueue(
            "qa.erase",
            {"tracking_code": question.tracking_code, "to_schema": schema},
        )


def erase_remote(delivery) -> None:
    """Handler of ``qa.erase``, in the schema where the erasure was asked."""
    target = _agency(delivery.payload["to_schema"])
    if target is None:
        return  # that portal is gone, and its copy with it
    source_schema = connection.schema_name
    with tenant_context(target):
        erase_copy(delivery.payload["tracking_code"], source_schema)


def erase_copy(tracking_code: str, from_schema: str) -> None:
    """In a portal holding a copy: erase it (once) and pass the erasure on.

    Only a copy that knows ``from_schema`` as part of its chain is erased: a
    tracking code is unique within a portal, not across portals.
    """
    question = (
        Question.objects.select_for_update().filter(tracking_code=tracking_code).first()
    )
    if (
        question is None
        or question.erased_at is not None
        or from_schema not in question.transfer_chain
    ):
        return
    question.erase_personal_data()
    QuestionEvent.objects.create(
        question=question,
        kind="erased",
        public_text="Đã xoá thông tin cá nhân theo yêu cầu của người hỏi",
    )
    erase_elsewhere(question, exclude={from_schema})
