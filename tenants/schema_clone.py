"""The template schema that new portals are cloned from, and its checks.

Replaying every migration for a new portal takes 8-10 s; copying a migrated
template schema with django-tenants' ``clone_schema`` function takes about one.
Two things make the copy safe:

- the template is migrated to the latest state before each clone
  (``ensure_template``), since the clone's migrations are then only faked;
- the clone function recreates unique constraints under PostgreSQL's default
  ``<table>_<cols>_key`` names instead of Django's (Wagtail's
  ``unique_permission`` among them), and a later migration that drops one by
  name would fail on every cloned portal. ``repair_constraint_names`` gives
  each constraint the template's name back.

``schema_signature`` describes a schema's structure (tables, columns, indexes,
constraints with their names, sequences) so a clone can be compared with a
migrated schema, in the tests and in the operator console's health check.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django_tenants.utils import schema_context, schema_exists

logger = logging.getLogger("aggov.tenants")


def template_schema() -> str:
    return settings.TENANT_BASE_SCHEMA


def migration_graph() -> MigrationLoader:
    """The project's migrations, read from disk (no database access)."""
    return MigrationLoader(None, ignore_no_migrations=True)


def pending_migrations(
    schema_name: str, loader: MigrationLoader | None = None
) -> list[str]:
    """Migrations not yet applied in ``schema_name``, as ``app.name`` strings.

    Pass one ``loader`` when checking many schemas: reading the migration files
    is the slow part.
    """
    loader = loader or migration_graph()
    with schema_context(schema_name):
        applied = MigrationRecorder(connection).applied_migrations()
    return sorted(
        f"{app}.{name}"
        for app, name in loader.graph.nodes
        if (app, name) not in applied
    )


def ensure_template(verbosity: int = 0) -> None:
    """Create the template schema if missing and migrate it to the latest state."""
    name = template_schema()
    if not schema_exists(name):
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE SCHEMA "{name}"')
    elif not pending_migrations(name):
        return
    logger.info("Migrating template schema %s", name)
    call_command(
        "migrate_schemas",
        tenant=True,
        schema_name=name,
        interactive=False,
        verbosity=verbosity,
    )
    connection.set_schema_to_public()


def _constraints(schema_name: str) -> list[tuple[str, str, str]]:
    """(table, constraint name, definition with the schema name neutralised)."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT cls.relname, con.conname, pg_get_constraintdef(con.oid)
            FROM pg_constraint con
            JOIN pg_class cls ON cls.oid = con.conrelid
            JOIN pg_namespace ns ON ns.oid = cls.relnamespace
            WHERE ns.nspname = %s
            ORDER BY cls.relname, con.conname
            """,
            [schema_name],
        )
        rows = cursor.fetchall()
    return [(t, n, d.replace(f"{schema_name}.", "<schema>.")) for t, n, d in rows]


def repair_constraint_names(source: str, clone: str) -> int:
    """Rename the clone's constraints to the source's names; return how many."""
    by_definition: dict[tuple[str, str], list[str]] = defaultdict(list)
    for table, name, definition in _constraints(source):
        by_definition[(table, definition)].append(name)
    renamed = 0
    with connection.cursor() as cursor:
        for table, name, definition in _constraints(clone):
            wanted = by_definition.get((table, definition))
            if not wanted:
                continue
            target = wanted.pop(0)
            if target != name:
                cursor.execute(
                    f'ALTER TABLE "{clone}"."{table}" RENAME CONSTRAINT "{name}" TO "{target}"'
                )
                renamed += 1
    return renamed


def schema_signature(schema_name: str) -> dict[str, list]:
    """The structure of a schema, comparable between two schemas."""

    def rows(sql: str) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, [schema_name])
            return [
                tuple(
                    v.replace(f'"{schema_name}".', "<schema>.").replace(
                        f"{schema_name}.", "<schema>."
                    )
                    if isinstance(v, str)
                    else v
                    for v in row
                )
                for row in cursor.fetchall()
            ]

    return {
        "tables": rows(
            "SELECT table_name, table_type FROM information_schema.tables "
            "WHERE table_schema = %s ORDER BY 1"
        ),
        "columns": rows(
            "SELECT table_name, column_name, data_type, is_nullable, "
            "character_maximum_length, numeric_precision, "
            "regexp_replace(coalesce(column_default, ''), '''[^'']*''::regclass', '<seq>') "
            "FROM information_schema.columns WHERE table_schema = %s ORDER BY 1, 2"
        ),
        "indexes": rows(
            "SELECT tablename, indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = %s ORDER BY 1, 2"
        ),
        "constraints": rows(
            "SELECT cls.relname, con.conname, con.contype::text, "
            "pg_get_constraintdef(con.oid) FROM pg_constraint con "
            "JOIN pg_class cls ON cls.oid = con.conrelid "
            "JOIN pg_namespace ns ON ns.oid = cls.relnamespace "
            "WHERE ns.nspname = %s ORDER BY 1, 2"
        ),
        "sequences": rows(
            "SELECT sequence_name, data_type, increment FROM information_schema.sequences "
            "WHERE sequence_schema = %s ORDER BY 1"
        ),
    }
