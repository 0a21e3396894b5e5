"""A cloned portal schema is the same as a migrated one."""

import pytest
from django.db import connection
from django_tenants.clone import CloneSchema

from tenants.schema_clone import (
    pending_migrations,
    repair_constraint_names,
    schema_signature,
    template_schema,
)

pytestmark = pytest.mark.django_db


def test_a_provisioned_portal_matches_the_migrated_template():
    """The template schema was built by running every migration."""
    migrated = schema_signature(template_schema())
    cloned = schema_signature("sotttt")
    for part in ("tables", "columns", "indexes", "constraints", "sequences"):
        assert cloned[part] == migrated[part], part
    assert len(migrated["constraints"]) > 100
    assert pending_migrations("sotttt") == []


def test_the_raw_clone_renames_constraints_and_the_repair_restores_them():
    CloneSchema().clone_schema(template_schema(), "clone_probe")
    migrated = schema_signature(template_schema())
    raw = schema_signature("clone_probe")
    raw_names = {row[1] for row in raw["constraints"]}
    # The trap: the clone function loses Django's constraint names.
    assert "unique_permission" not in raw_names
    assert raw["constraints"] != migrated["constraints"]

    renamed = repair_constraint_names(template_schema(), "clone_probe")
    assert renamed > 0
    assert schema_signature("clone_probe")["constraints"] == migrated["constraints"]


def test_a_later_migration_can_drop_a_constraint_by_name_on_a_clone():
    with connection.cursor() as cursor:
        cursor.execute(
            'ALTER TABLE "sotttt"."wagtailcore_grouppagepermission" '
            'DROP CONSTRAINT "unique_permission"'
        )
