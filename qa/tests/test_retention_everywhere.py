"""One broken schema does not stop the questions' retention job elsewhere."""

import logging
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from qa.models import Question
from qa.tasks import erase_expired_everywhere
from tenants.models import Agency
from tests.logs import aggov_log
from tests.portals import inside

pytestmark = pytest.mark.django_db


def expired_question():
    with inside("soyte"):
        return Question.objects.create(
            name="Lê Thị Hoa",
            email="hoa@example.vn",
            phone="0918 222 333",
            title="Hỏi về bảo hiểm y tế",
            question="Thẻ bảo hiểm y tế hết hạn thì gia hạn ở đâu?",
            field="khac",
            consent_at=timezone.now() - timedelta(days=800),
            status=Question.ANSWERED,
            responded_at=timezone.now() - timedelta(days=700),
        )


def test_the_others_are_erased_when_one_schema_is_broken(caplog):
    question = expired_question()
    with connection.cursor() as cursor:
        cursor.execute('DROP SCHEMA "sotttt" CASCADE')  # rolled back with the test
    connection.set_schema_to_public()
    with aggov_log(caplog):
        sent = erase_expired_everywhere()
    assert sent == Agency.objects.portals().count() - 1
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors == ["Question retention failed in sotttt"]
    with inside("soyte"):
        fresh = Question.objects.get(pk=question.pk)
    assert fresh.erased_at is not None and fresh.email == ""
