"""PostgreSQL: word parts through a vocabulary table with a pg_trgm index (as on SQLite)
instead of a trigram index over every entry's words. Nothing changes on SQLite."""

from django.db import migrations

from motebok.search import schema


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0002_fulltext"),
    ]

    operations = [
        schema.VendorRunSQL("postgresql", schema.POSTGRES_VOCABULARY_FORWARD,
                            schema.POSTGRES_VOCABULARY_REVERSE),
    ]
