"""The folded columns written before ``vietnamese.fold`` folded the final i/y
of a syllable alike ("đăng ký" and "đăng kí" → "dang ki"): refolded, so the
stored entries meet the queries folded the new way. Elasticsearch's indexes
are refolded by ``manage.py search_rebuild``."""

from django.db import migrations

FOLDED = ["title_folded", "body_folded", "code_folded"]


def refold(apps, schema_editor):
    from search.models import folded_columns

    Entry = apps.get_model("search", "Entry")
    batch = []
    for entry in Entry.objects.only("pk", "title", "body", "code", *FOLDED).iterator(
        chunk_size=2000
    ):
        new = folded_columns(entry.title, entry.body, entry.code)
        if new != (entry.title_folded, entry.body_folded, entry.code_folded):
            entry.title_folded, entry.body_folded, entry.code_folded = new
            batch.append(entry)
        if len(batch) >= 2000:
            Entry.objects.bulk_update(batch, FOLDED)
            batch = []
    if batch:
        Entry.objects.bulk_update(batch, FOLDED)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop)]
