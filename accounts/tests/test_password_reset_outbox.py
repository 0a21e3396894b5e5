"""Wagtail's "forgotten password" email goes through the outbox: with the
broker down the request succeeds, the email waits, the drain sends it once."""

import pytest
from django.core import mail

from outbox.models import Delivery
from outbox.tasks import drain_everywhere
from tests.broker import broker_unreachable
from tests.portals import A_HOST, inside
from tests.staff import make_staff

pytestmark = pytest.mark.django_db


def test_the_reset_email_waits_for_the_broker_then_goes_once(
    client, django_capture_on_commit_callbacks
):
    from editorial import roles

    user = make_staff("sotttt", "quen_mat_khau", roles.EDITOR)
    with broker_unreachable(), django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/password_reset/", {"email": user.email}, HTTP_HOST=A_HOST
        )
    assert response.status_code == 302
    assert mail.outbox == []
    with inside("sotttt"):
        row = Delivery.objects.get(kind="accounts.password_link")
        assert row.status == Delivery.PENDING
        assert row.payload == {"user_id": user.pk, "new_account": False}
    drain_everywhere()
    drain_everywhere()
    assert len(mail.outbox) == 1
    (email,) = mail.outbox
    assert email.to == [user.email]
    assert f"http://{A_HOST}:8000/admin/password_reset/confirm/" in email.body
    link = next(w for w in email.body.split() if "/password_reset/confirm/" in w)
    path = link.split(":8000", 1)[1]
    # Django's confirmation view swaps the token for a session, then asks.
    opened = client.get(path, HTTP_HOST=A_HOST)
    assert opened.status_code == 302
    form = client.get(opened["Location"], HTTP_HOST=A_HOST)
    assert form.status_code == 200 and "new_password1" in form.text
