"""Backend-specific full-text structures: FTS5 tables on SQLite, tsvector + pg_trgm on
PostgreSQL. Each operation runs only on its own database vendor."""

from django.db import migrations

from motebok.search import schema


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0001_initial"),
    ]

    operations = [
        schema.VendorRunSQL("sqlite", schema.SQLITE_FORWARD, schema.SQLITE_REVERSE),
        schema.VendorRunSQL("postgresql", schema.POSTGRES_FORWARD, schema.POSTGRES_REVERSE),
    ]
