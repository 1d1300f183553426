"""Index words lose the accents of Latin letters ("café" → "cafe", see
``motebok.search.text.fold``): entries indexed before are worded again from their text."""

from django.db import migrations


def reword(apps, schema_editor):
    from motebok.search import service

    service.reword()


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0003_postgres_vocabulary"),
    ]

    operations = [
        migrations.RunPython(reword, migrations.RunPython.noop),
    ]
