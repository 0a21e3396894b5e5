"""The known traps of Wagtail on django-tenants (shared/traps.md), each closed."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tenants.models import Domain
from tests.portals import A_HOST, B_HOST, CONSOLE_HOST, agency, inside

pytestmark = pytest.mark.django_db


def canonical(html):
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


class TestCacheKeys:
    def test_site_root_cache_does_not_cross_agencies(self, client):
        # Wagtail caches the site root paths; page and site ids repeat across
        # schemas, so an untenanted key would give B the links of A.
        assert (
            canonical(client.get("/", HTTP_HOST=A_HOST).text)
            == f"http://{A_HOST}:8000/"
        )
        assert (
            canonical(client.get("/", HTTP_HOST=B_HOST).text)
            == f"http://{B_HOST}:8000/"
        )
        assert (
            canonical(client.get("/gioi-thieu/", HTTP_HOST=B_HOST).text)
            == f"http://{B_HOST}:8000/gioi-thieu/"
        )

    def test_a_key_set_by_one_agency_is_not_read_by_another(self):
        with inside("sotttt"):
            cache.set("menu", "của Sở TT&TT")
        with inside("soyte"):
            assert cache.get("menu") is None
        with inside("sotttt"):
            assert cache.get("menu") == "của Sở TT&TT"


class TestSiteHostname:
    def test_the_site_follows_the_primary_domain(self, client):
        new_host = "stttt.angiang.localhost"
        Domain.objects.create(tenant=agency("sotttt"), domain=new_host, is_primary=True)
        with inside("sotttt"):
            from wagtail.models import Site

            site = Site.objects.get(is_default_site=True)
            assert site.hostname == new_host
            assert site.root_page.full_url == f"http://{new_host}:8000/"
        html = client.get("/", HTTP_HOST=new_host).text
        assert canonical(html) == f"http://{new_host}:8000/"


class TestPublicHost:
    def test_console_host_and_unknown_hosts_answer_404_not_500(self, client):
        with inside("sotttt"):
            from wagtail.contrib.redirects.models import Redirect

            Redirect.objects.create(old_path="/cu", redirect_link="/gioi-thieu/")
        moved = client.get("/cu/", HTTP_HOST=A_HOST)  # a Redirect is permanent
        assert moved.status_code == 301 and moved["Location"] == "/gioi-thieu/"
        for host in (CONSOLE_HOST, "khongco.angiang.localhost", "example.org"):
            response = client.get("/cu/", HTTP_HOST=host)
            assert response.status_code == 404, host
            assert "<!DOCTYPE html>" in response.text


class TestPerRequestCost:
    def test_a_repeated_request_needs_no_domain_lookup_and_no_search_path(self, client):
        client.get("/", HTTP_HOST=A_HOST)
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/", HTTP_HOST=A_HOST)
        assert response.status_code == 200
        sql = [q["sql"] for q in queries.captured_queries]
        assert not [s for s in sql if "tenants_domain" in s]
        assert not [s for s in sql if "search_path" in s.lower()]
        assert not [s for s in sql if "django_content_type" in s]

    def test_switching_agency_sets_the_search_path_once(self, client):
        client.get("/", HTTP_HOST=A_HOST)
        client.get("/", HTTP_HOST=B_HOST)
        with CaptureQueriesContext(connection) as queries:
            assert (
                "Sở Thông tin và Truyền thông" in client.get("/", HTTP_HOST=A_HOST).text
            )
        sets = [
            q for q in queries.captured_queries if "search_path" in q["sql"].lower()
        ]
        assert len(sets) == 1


class TestAdminBaseUrl:
    def test_wagtail_admin_links_point_at_the_portal_being_worked_on(self):
        from wagtail.admin.utils import get_admin_base_url

        with inside("sotttt"):
            assert get_admin_base_url() == f"http://{A_HOST}:8000"
        with inside("soyte"):
            assert get_admin_base_url() == f"http://{B_HOST}:8000"
        assert get_admin_base_url() == f"http://{CONSOLE_HOST}:8000"

    def test_password_reset_email_links_to_the_agency_host(
        self, client, mailoutbox, django_capture_on_commit_callbacks
    ):
        from django.contrib.auth import get_user_model

        with inside("soyte"):
            get_user_model().objects.filter(username="quantri_b").update(
                email="quantri@soyte.angiang.gov.vn"
            )
        # The email leaves through the outbox, after the commit.
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/admin/password_reset/",
                {"email": "quantri@soyte.angiang.gov.vn"},
                HTTP_HOST=B_HOST,
            )
        assert response.status_code == 302
        assert len(mailoutbox) == 1
        assert f"http://{B_HOST}" in mailoutbox[0].body
        assert A_HOST not in mailoutbox[0].body


class TestTasksOnCommit:
    def test_a_task_waits_for_the_commit_and_runs_in_the_sender_s_schema(
        self, django_capture_on_commit_callbacks
    ):
        from celery.signals import task_postrun

        from aggov.celery import delay_on_commit
        from tenants.tasks import check_portal

        results = []

        def collect(sender=None, retval=None, **kwargs):
            if getattr(sender, "name", "") == "tenants.tasks.check_portal":
                results.append(retval)

        task_postrun.connect(collect, weak=False)
        try:
            with django_capture_on_commit_callbacks(execute=False) as callbacks:
                with inside("sotttt"):
                    delay_on_commit(check_portal, A_HOST)
            # Nothing ran inside the transaction...
            assert results == [] and len(callbacks) == 1
            # ...and at commit, after the tenant block closed, it runs in sotttt.
            callbacks[0]()
        finally:
            task_postrun.disconnect(collect)
        assert [r["schema"] for r in results] == ["sotttt"]
        assert results[0]["home_title"] == "Sở Thông tin và Truyền thông"


class TestWagtailBackgroundTasks:
    def test_search_index_updates_run_in_process_in_the_page_s_schema(self):
        """Wagtail's index and reference tasks go through django-tasks' default
        in-process backend: they run at once, in the schema of the save."""
        from wagtail.search.models import IndexEntry

        from home.models import SectionPage, StandardPage

        with inside("sotttt"):
            section = SectionPage.objects.get(slug="gioi-thieu")
            page = section.add_child(
                instance=StandardPage(title="Tiêu đề cũ", slug="tieu-de")
            )
            page.save_revision().publish()
            page = StandardPage.objects.get(pk=page.pk)
            page.title = "Tiêu đề mới về chuyển đổi số"
            page.save_revision().publish()
            titles = list(
                IndexEntry.objects.filter(object_id=str(page.pk)).values_list(
                    "title", flat=True
                )
            )
            # The title is stored as a tsvector: one token a word.
            assert len(titles) == 1 and "'mới'" in titles[0] and "'cũ'" not in titles[0]
        with inside("soyte"):
            assert not IndexEntry.objects.filter(title__contains="'mới'").exists()
