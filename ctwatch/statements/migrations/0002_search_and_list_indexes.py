"""
Indexes for the public pages: full-text search on statements and claim evidence, and containment on
claim locations. They use PostgreSQL's GIN indexes, which SQLite does not have: they are created on
PostgreSQL only, and kept out of the model state, because SQLite rebuilds a table from the state when a
later migration alters it and cannot create them. Elsewhere the queries fall back to substring matches
(see `search_queryset` and `FigureClaimQuerySet.in_location`).
"""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.conf import settings
from django.db import migrations, models


class AddIndexOnPostgres(migrations.AddIndex):
    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


def analyze_on_postgres(apps, schema_editor):
    # The planner's statistics on the indexed expressions come with ANALYZE: without them it takes every
    # word for a rare one and sorts thousands of matches instead of walking the date index.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ANALYZE statements_statement")
        schema_editor.execute("ANALYZE statements_figureclaim")


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="figureclaim",
            index=models.Index(fields=["updated"], name="claim_updated_idx"),
        ),
        migrations.SeparateDatabaseAndState(
            database_operations=[
                AddIndexOnPostgres(
                    model_name="figureclaim",
                    index=django.contrib.postgres.indexes.GinIndex(
                        django.contrib.postgres.search.SearchVector("evidence", config="english"),
                        name="claim_search_idx",
                    ),
                ),
                AddIndexOnPostgres(
                    model_name="figureclaim",
                    index=django.contrib.postgres.indexes.GinIndex(
                        fields=["location"], name="claim_location_idx", opclasses=["jsonb_path_ops"]
                    ),
                ),
                AddIndexOnPostgres(
                    model_name="statement",
                    index=django.contrib.postgres.indexes.GinIndex(
                        django.contrib.postgres.search.SearchVector("text", config="english"),
                        name="statement_search_idx",
                    ),
                ),
            ],
            state_operations=[],
        ),
        migrations.RunPython(analyze_on_postgres, migrations.RunPython.noop, elidable=True),
    ]
