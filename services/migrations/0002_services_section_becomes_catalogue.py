"""Portals made before the catalogue existed: their "dich-vu-cong" section (a
home.SectionPage under each home page, in every language) becomes the
catalogue's index page, keeping its id, address, intro, children and history.
New portals get a ProcedureIndexPage from home.portal_tree directly."""

from django.db import migrations


def convert(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    section_type = ContentType.objects.filter(app_label="home", model="sectionpage").first()
    home_type = ContentType.objects.filter(app_label="home", model="homepage").first()
    if section_type is None or home_type is None:
        return  # the template schema: no pages yet
    catalogue_type, _ = ContentType.objects.get_or_create(
        app_label="services", model="procedureindexpage"
    )
    homes = Page.objects.filter(content_type=home_type).values_list("path", flat=True)
    ids = [
        page.pk
        for page in Page.objects.filter(content_type=section_type, slug="dich-vu-cong")
        if any(page.path.startswith(home) and page.depth == len(home) // 4 + 1 for home in homes)
    ]
    if not ids:
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO services_procedureindexpage (page_ptr_id, intro) "
            "SELECT page_ptr_id, intro FROM home_sectionpage WHERE page_ptr_id = ANY(%s)",
            [ids],
        )
        cursor.execute("DELETE FROM home_sectionpage WHERE page_ptr_id = ANY(%s)", [ids])
        cursor.execute(
            "UPDATE wagtailcore_page SET content_type_id = %s WHERE id = ANY(%s)",
            [catalogue_type.pk, ids],
        )
        # Revisions are read back as their content type's model.
        cursor.execute(
            "UPDATE wagtailcore_revision SET content_type_id = %s "
            "WHERE base_content_type_id = (SELECT id FROM django_content_type "
            "WHERE app_label = 'wagtailcore' AND model = 'page') "
            "AND object_id = ANY(%s)",
            [catalogue_type.pk, [str(i) for i in ids]],
        )


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0001_catalogue"),
        ("home", "0008_announcement_translatable_required"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(convert, migrations.RunPython.noop)]
