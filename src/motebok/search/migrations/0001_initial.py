import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("archive", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("meeting", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="search_entries", to="archive.meeting")),
                ("item", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name="search_entries", to="archive.agendaitem")),
                ("kind", models.CharField(choices=[("title", "title"), ("item", "item"), ("decision", "decision"), ("action", "action")], max_length=16)),
                ("tags", models.TextField(default="")),
                ("text", models.TextField()),
                ("words", models.TextField()),
            ],
            options={
                "verbose_name": "search entry",
                "verbose_name_plural": "search entries",
            },
        ),
    ]
