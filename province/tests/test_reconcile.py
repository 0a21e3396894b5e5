"""Rebuild and nightly reconciliation (issue 13.2): each portal's rows are
compared with what its schema shows, repaired, and the counts reported."""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from home.models import NewsIndexPage, NewsPage
from province import sync
from province.models import PublishedItem, Reconciliation
from province.tasks import reconcile_everywhere
from province.tests.readmodel_factory import published_news, row, rows
from tests.portals import agency, inside

pytestmark = pytest.mark.django_db


def drifted_portal(capture):
    """sotttt with one item right, one changed behind the signals' back, one
    live without any signal (missing), and one row of nothing (extra)."""
    with inside("sotttt"):
        with capture(execute=True):
            right = published_news("Tin đúng")
            changed = published_news("Tin trước khi sửa ngầm")
        NewsPage.objects.filter(pk=changed.pk).update(title="Tin đã sửa ngầm")
        index = NewsIndexPage.objects.get(slug="tin-tuc-su-kien")
        missing = index.add_child(
            instance=NewsPage(title="Tin thiếu", slug="tin-thieu", live=True)
        )
    extra = PublishedItem.objects.create(
        agency=agency("sotttt"),
        kind=PublishedItem.NEWS,
        source_id=999999,
        language="vi",
        title="Không còn tồn tại",
        path="/tin-tuc-su-kien/khong-con/",
        url="https://example.invalid/",
        date="2026-01-01",
        fingerprint="0" * 64,
    )
    return right, changed, missing, extra


def test_the_command_repairs_one_portal_and_prints_the_counts(
    django_capture_on_commit_callbacks,
):
    right, changed, missing, extra = drifted_portal(django_capture_on_commit_callbacks)
    other = rows("soyte").count()
    out = StringIO()
    call_command("rebuild_province", "--portal", "sotttt", stdout=out)
    lines = out.getvalue().splitlines()
    assert "thêm" in lines[0] and "giữ nguyên" in lines[0]
    assert lines[1].split() == ["sotttt", "1", "1", "1", "1"]
    assert lines[2].split() == ["TỔNG", "1", "1", "1", "1"]
    assert row("sotttt", PublishedItem.NEWS, changed.pk).title == "Tin đã sửa ngầm"
    assert row("sotttt", PublishedItem.NEWS, missing.pk) is not None
    assert not PublishedItem.objects.filter(pk=extra.pk).exists()
    assert rows("soyte").count() == other
    run = Reconciliation.objects.get()
    assert run.trigger == "command" and run.finished_at is not None
    assert run.counts == {
        "sotttt": {"added": 1, "updated": 1, "removed": 1, "unchanged": 1}
    }
    assert run.errors == {}
    # A second run finds nothing to do.
    assert sync.reconcile(agency("sotttt")) == {
        "added": 0,
        "updated": 0,
        "removed": 0,
        "unchanged": 3,
    }


def test_an_unknown_portal_code_is_a_clear_vietnamese_error():
    with pytest.raises(CommandError) as error:
        call_command("rebuild_province", "--portal", "khongco", stdout=StringIO())
    assert "Không có cổng mang mã: «khongco»" in str(error.value)
    assert not Reconciliation.objects.exists()


def test_without_a_code_every_portal_is_reconciled(django_capture_on_commit_callbacks):
    drifted_portal(django_capture_on_commit_callbacks)
    out = StringIO()
    call_command("rebuild_province", stdout=out)
    text = out.getvalue()
    for code in ("angiang", "sotttt", "soyte", "longxuyen", "mybinh", "mylong"):
        assert code in text
    assert text.splitlines()[-1].split()[0] == "TỔNG"
    run = Reconciliation.objects.get()
    assert set(run.counts) >= {"angiang", "sotttt", "soyte", "longxuyen"}


def test_the_nightly_task_is_scheduled_and_skips_a_broken_portal(
    django_capture_on_commit_callbacks,
):
    entry = settings.CELERY_BEAT_SCHEDULE["province-reconcile"]
    assert entry["task"] == reconcile_everywhere.name
    right, changed, missing, extra = drifted_portal(django_capture_on_commit_callbacks)
    # soyte's schema loses a table (rolled back with the test): it cannot be read.
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE soyte.home_newspage RENAME TO home_newspage_x")
    report = reconcile_everywhere.delay().get()
    assert "soyte" in report["errors"] and "soyte" not in report["counts"]
    assert report["counts"]["sotttt"]["added"] == 1
    assert row("sotttt", PublishedItem.NEWS, missing.pk) is not None
    run = Reconciliation.objects.get(pk=report["id"])
    assert run.trigger == "nightly" and "soyte" in run.errors


def test_a_suspended_portal_keeps_its_rows(django_capture_on_commit_callbacks):
    with inside("sotttt"):
        with django_capture_on_commit_callbacks(execute=True):
            page = published_news("Tin của cổng tạm ngừng")
    portal = agency("sotttt")
    portal.status = portal.STATUS_SUSPENDED
    portal.save()
    counts = sync.reconcile_portals(trigger="command").counts["sotttt"]
    assert counts["removed"] == 0 and counts["unchanged"] >= 1
    assert row("sotttt", PublishedItem.NEWS, page.pk) is not None
