# Where a membership came from: read from minutes (stands while a meeting of the body
# lists the person, hidden as far as those minutes are) or entered by hand (public).
# Existing rows of people listed, other than as guests, at a meeting of the body were
# read from minutes; the others were entered by hand (the rule visibility used so far).

from django.db import migrations, models
from django.db.models import Exists, OuterRef, Q

MEMBER_PARTICIPANTS = Q(role__isnull=True) | Q(role__in=["chair", "secretary", "member"])


def mark_read_from_minutes(apps, schema_editor):
    Membership = apps.get_model("archive", "Membership")
    Participation = apps.get_model("archive", "Participation")
    listed = Participation.objects.filter(MEMBER_PARTICIPANTS, person=OuterRef("person"),
                                          meeting__body=OuterRef("body"))
    Membership.objects.filter(Exists(listed)).update(from_minutes=True)


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0003_person_alias'),
    ]

    operations = [
        migrations.AddField(
            model_name='membership',
            name='from_minutes',
            field=models.BooleanField(default=False, editable=False, verbose_name='read from minutes'),
        ),
        migrations.RunPython(mark_read_from_minutes, migrations.RunPython.noop),
    ]
