import uuid

from django.db import migrations, models


def first_token(apps, schema_editor):
    apps.get_model("province", "ReadModelVersion").objects.create(
        pk=1, token=uuid.uuid4()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("province", "0003_counts_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="ReadModelVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("token", models.UUIDField(default=uuid.uuid4)),
            ],
            options={
                "verbose_name": "phiên bản dữ liệu tổng hợp",
                "verbose_name_plural": "phiên bản dữ liệu tổng hợp",
            },
        ),
        migrations.RunPython(first_token, migrations.RunPython.noop),
    ]
