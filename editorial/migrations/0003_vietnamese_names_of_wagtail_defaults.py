"""Wagtail's own rows the admin shows, named in Vietnamese (issue 11.3).

Wagtail's migrations create the root page and the root collection named "Root",
and a workflow and a task "Moderators approval" (for its default Moderators
group, which ``editorial.roles`` removes). They are data, not catalogue
strings: the breadcrumbs, the collection filter and the workflow reports show
them as stored. Renamed only while they still carry Wagtail's English name.
"""

from django.db import migrations

ROOT = "Gốc"
WAGTAIL_WORKFLOW = "Quy trình duyệt mặc định của Wagtail (không dùng)"
WAGTAIL_TASK = "Phê duyệt mặc định của Wagtail (không dùng)"


def rename(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Page.objects.filter(depth=1, title="Root").update(title=ROOT, draft_title=ROOT)
    Collection.objects.filter(depth=1, name="Root").update(name=ROOT)
    Workflow.objects.filter(name="Moderators approval").update(name=WAGTAIL_WORKFLOW)
    Task.objects.filter(name="Moderators approval").update(name=WAGTAIL_TASK)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_contribution_tracking_code_erased_at"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
