"""Editorial emails survive a broker that is down: stored with the decision,
sent by the outbox's drain, once."""

import pytest
from django.core import mail

from editorial.models import Contribution
from editorial.tests.test_contributions import board_client, send  # noqa: F401
from outbox.models import Delivery
from outbox.tasks import drain_everywhere
from tests.broker import broker_unreachable
from tests.portals import A_HOST, inside

pytestmark = pytest.mark.django_db


def test_a_decline_email_waits_for_the_broker_and_goes_once(
    board_client,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    send(board_client)
    with inside("sotttt"):
        contribution = Contribution.objects.get()
    with broker_unreachable():
        with django_capture_on_commit_callbacks(execute=True):
            response = board_client.post(
                f"/admin/thong-tin-gui-den/{contribution.pk}/",
                {"decline": "1", "reason": "Thuộc lĩnh vực của Sở Công Thương."},
                HTTP_HOST=A_HOST,
            )
    assert response.status_code == 302
    with inside("sotttt"):
        contribution.refresh_from_db()
        assert contribution.status == "declined"
        row = Delivery.objects.get(kind="editorial.contribution_declined")
        assert row.status == Delivery.PENDING
    assert mail.outbox == []
    drain_everywhere.delay().get()
    drain_everywhere.delay().get()
    assert [m.to for m in mail.outbox] == [["lan@htxphutan.vn"]]
    assert "Thuộc lĩnh vực của Sở Công Thương." in mail.outbox[0].body
