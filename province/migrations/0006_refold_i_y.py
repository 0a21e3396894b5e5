"""The read model's folded columns written before ``vietnamese.fold`` folded
the final i/y of a syllable alike ("đăng ký" and "đăng kí" → "dang ki"):
refolded (``search.province.refold`` does the same at any later change)."""

from django.db import migrations

FOLDED = ["title_folded", "summary_folded", "code_folded"]


def refold(apps, schema_editor):
    from vietnamese import fold, nfc

    PublishedItem = apps.get_model("province", "PublishedItem")
    rows = PublishedItem.objects.only("pk", "title", "summary", "code", *FOLDED)
    batch = []
    for row in rows.iterator(chunk_size=2000):
        new = (
            fold(row.title or ""),
            fold(nfc(row.summary or "")[:100_000]),
            fold(row.code or "")[:100],
        )
        if new != (row.title_folded, row.summary_folded, row.code_folded):
            row.title_folded, row.summary_folded, row.code_folded = new
            batch.append(row)
        if len(batch) >= 2000:
            PublishedItem.objects.bulk_update(batch, FOLDED)
            batch = []
    if batch:
        PublishedItem.objects.bulk_update(batch, FOLDED)


class Migration(migrations.Migration):
    dependencies = [("province", "0005_search_columns")]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop)]
