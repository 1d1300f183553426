"""``motebok remind``: one e-mail per person of their open actions, due soon or overdue."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from motebok.archive.models import Action, AgendaItem, Meeting, Organization, Person
from motebok.cli import main
from motebok.secretariat import reminders
from motebok.vocab import ActionStatus, MeetingStatus

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _locmem(settings):
    """Mail goes to ``mail.outbox``; no links unless a test sets the base URL."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.DEFAULT_FROM_EMAIL = "motebok@region.example"
    settings.MOTEBOK_BASE_URL = ""
    settings.LANGUAGE_CODE = "nb"


def _day(offset: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=offset)


def _meeting(body, status=MeetingStatus.PUBLISHED, offset=-30) -> Meeting:
    return Meeting.objects.create(body=body, date=_day(offset), status=status,
                                  title=f"Møte i {body.name}")


def _action(meeting, text, person, due, status=ActionStatus.OPEN, number="12/26",
            title="Felles innkjøp") -> Action:
    item = AgendaItem.objects.create(meeting=meeting, number=number, title=title)
    return Action.objects.create(item=item, text=text, responsible_person=person, due=due,
                                 status=status)


@pytest.fixture
def world():
    """Two bodies; Kari (with e-mail) has open, overdue, far-ahead and done actions,
    Ola has none with an address, Siri's only action is in a draft."""
    rad = Organization.objects.create(name="Regionrådet i Fjellbygd")
    nett = Organization.objects.create(name="Helsenettverket Vest")
    kari = Person.objects.create(name="Kari Nordmann", email="kari@fjellbygd.example")
    ola = Person.objects.create(name="Ola Hansen")
    siri = Person.objects.create(name="Siri Berg", email="siri@vest.example")
    per = Person.objects.create(name="Per Lie", email="per@vest.example")
    published = _meeting(rad)
    approved = _meeting(nett, MeetingStatus.APPROVED)
    draft = _meeting(nett, MeetingStatus.DRAFT)
    return {
        "soon": _action(published, "Sende høringsuttalelse", kari, _day(3)),
        "overdue": _action(approved, "Lage budsjettforslag", kari, _day(-2), number="3",
                           title="Budsjett"),
        "far": _action(published, "Evaluere ordningen", kari, _day(60)),
        "done": _action(published, "Ferdig sak", kari, _day(1), ActionStatus.DONE),
        "undated": _action(published, "Uten frist", kari, None),
        "no_email": _action(published, "Ringe kommunen", ola, _day(1)),
        "draft": _action(draft, "Utkastets oppgave", siri, _day(1)),
        "per": _action(approved, "Invitere <partnere> & «andre»", per, _day(7)),
        "bodies": (rad, nett),
    }


def test_one_mail_per_person_of_open_actions_due_soon_or_overdue(world, capsys):
    assert main(["remind"]) == 0
    to = {message.to[0]: message for message in mail.outbox}
    assert set(to) == {"kari@fjellbygd.example", "per@vest.example"}  # no Ola, no draft
    kari = to["kari@fjellbygd.example"]
    assert kari.subject == "Påminnelse: 2 åpne oppfølgingspunkter"
    assert kari.from_email == "motebok@region.example"
    body = kari.body
    assert "Lage budsjettforslag" in body and "Sende høringsuttalelse" in body
    for absent in ("Evaluere ordningen", "Ferdig sak", "Uten frist"):
        assert absent not in body
    assert body.index("Lage budsjettforslag") < body.index("Sende høringsuttalelse")
    assert "(FORFALT)" in body
    assert "Sak: 3 Budsjett" in body and "Møte: Helsenettverket Vest" in body
    assert "http" not in body  # no base URL, no links
    out = capsys.readouterr()
    assert "sent: kari@fjellbygd.example (Kari Nordmann): 2 actions, 1 overdue" in out.out
    assert "Sent 2 reminders (3 actions)" in out.err


def test_days_widens_the_window(world):
    assert main(["remind", "--days", "90"]) == 0
    kari = next(m for m in mail.outbox if m.to == ["kari@fjellbygd.example"])
    assert "Evaluere ordningen" in kari.body
    assert main(["remind", "--days", "0", "--force"]) == 0
    kari = [m for m in mail.outbox if m.to == ["kari@fjellbygd.example"]][-1]
    assert "Sende høringsuttalelse" not in kari.body and "Lage budsjettforslag" in kari.body


def test_body_filter_keeps_that_bodys_meetings(world):
    assert main(["remind", "--body", "Helsenettverket Vest"]) == 0
    assert sorted(m.to[0] for m in mail.outbox) == ["kari@fjellbygd.example",
                                                    "per@vest.example"]
    kari = next(m for m in mail.outbox if m.to == ["kari@fjellbygd.example"])
    assert "Sende høringsuttalelse" not in kari.body


def test_an_unknown_body_is_one_line(world, capsys):
    assert main(["remind", "--body", "Ukjent utvalg"]) == 1
    assert capsys.readouterr().err == (
        "motebok: remind: no body is named 'Ukjent utvalg' (name it by its name, another "
        "name or its slug)\n")
    assert mail.outbox == []


def test_a_wrong_days_is_one_line(capsys):
    assert main(["remind", "--days", "-1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("motebok: remind: argument --days: a whole number of days")
    assert err.endswith("(motebok help remind describes its arguments)\n")


def test_dry_run_sends_and_records_nothing(world, capsys):
    assert main(["remind", "--dry-run"]) == 0
    assert mail.outbox == []
    out = capsys.readouterr()
    assert "would send: per@vest.example (Per Lie): 1 action, 0 overdue" in out.out
    assert "Would send 2 reminders" in out.err
    assert main(["remind"]) == 0  # the dry run did not count as sent
    assert len(mail.outbox) == 2


def test_a_second_run_the_same_day_sends_nothing_unless_forced(world, capsys):
    assert main(["remind"]) == 0
    assert len(mail.outbox) == 2
    capsys.readouterr()
    assert main(["remind"]) == 0
    assert len(mail.outbox) == 2
    out = capsys.readouterr()
    assert "already reminded today: kari@fjellbygd.example" in out.out
    assert main(["remind", "--force"]) == 0
    assert len(mail.outbox) == 4


def test_the_html_part_escapes_everything_and_links_the_meeting(world, settings):
    settings.MOTEBOK_BASE_URL = "https://motebok.example.no"
    assert main(["remind"]) == 0
    per = next(m for m in mail.outbox if m.to == ["per@vest.example"])
    meeting_id = world["per"].item.meeting_id
    assert "Invitere <partnere> & «andre»" in per.body  # text stays as typed
    assert f"https://motebok.example.no/meetings/{meeting_id}/" in per.body
    html, kind = per.alternatives[0]
    assert kind == "text/html"
    assert "Invitere &lt;partnere&gt; &amp; «andre»" in html
    assert "<partnere>" not in html
    assert "<br>Frist: " in html and "&lt;br&gt;" not in html  # the markup stays markup
    assert f'<a href="https://motebok.example.no/meetings/{meeting_id}/">' in html


def test_english_when_the_settings_say_so(world, settings):
    settings.LANGUAGE_CODE = "en"
    assert main(["remind"]) == 0
    kari = next(m for m in mail.outbox if m.to == ["kari@fjellbygd.example"])
    assert kari.subject == "Reminder: 2 open actions"
    assert "(OVERDUE)" in kari.body


def test_sending_failure_is_one_line_and_records_nothing(world, monkeypatch, capsys):
    from django.core.mail.backends.locmem import EmailBackend

    def refuse(self, messages):
        raise OSError("connection refused")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    assert main(["remind"]) == 2
    assert capsys.readouterr().err == (
        "motebok: sending the reminders failed (connection refused): none is recorded as "
        "sent; try again\n")
    assert reminders.reminded_today(timezone.localdate()) == set()


def test_the_queries_do_not_grow_per_action(world):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            reminders.send(reminders.reminders(timezone.localdate()))
        return len(queries)

    before = count()
    _rad, nett = world["bodies"]
    kari = Person.objects.get(name="Kari Nordmann")
    for n in range(5):
        _action(_meeting(nett, offset=-n), f"Oppgave {n}", kari, _day(n), number=str(n))
    assert count() == before == 2  # the actions with their meetings; the log's rows
    kari_now = next(r for r in reminders.reminders(timezone.localdate())
                    if r.person == kari)
    assert len(kari_now.actions) == 7


def test_help_describes_remind(capsys):
    assert main(["help", "remind"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: motebok remind ")
    assert "--dry-run" in out and "--force" in out and "--days N" in out


def test_a_user_accounts_address_is_used_as_the_summons_use_it(world, django_user_model):
    # Ola has no e-mail on his person, but his user account has one: the summons reach him
    # there, so his reminder does too; an account's address wins over the person's
    ola = Person.objects.get(name="Ola Hansen")
    ola.user = django_user_model.objects.create_user("ola", email="ola@konto.example")
    ola.save()
    per = Person.objects.get(name="Per Lie")
    per.user = django_user_model.objects.create_user("per", email="per@konto.example")
    per.save()
    assert main(["remind"]) == 0
    to = {message.to[0] for message in mail.outbox}
    assert {"ola@konto.example", "per@konto.example"} <= to
    assert "per@vest.example" not in to


def test_a_new_action_the_same_day_is_reminded_of_alone(world, capsys):
    # (s79h) "reminded today" is per action: Kari's new action due after the first run
    # reaches her that day, alone; what the first mail listed is not listed again
    assert main(["remind"]) == 0
    assert len(mail.outbox) == 2
    kari = Person.objects.get(name="Kari Nordmann")
    _action(_meeting(world["bodies"][0], offset=-1), "Svare departementet", kari, _day(2),
            number="9")
    capsys.readouterr()
    assert main(["remind"]) == 0
    assert len(mail.outbox) == 3
    new = mail.outbox[-1]
    assert new.to == ["kari@fjellbygd.example"]
    assert new.subject == "Påminnelse: 1 åpent oppfølgingspunkt"
    assert "Svare departementet" in new.body and "Lage budsjettforslag" not in new.body
    out = capsys.readouterr().out
    assert "already reminded today: per@vest.example" in out
    assert main(["remind"]) == 0  # once a day per action
    assert len(mail.outbox) == 3


def test_a_body_s_run_and_a_whole_run_leave_out_only_what_the_other_listed(world):
    # (s79h) a run for one body does not keep a run for all from reminding Kari of the
    # other body's action, and the whole run then leaves nothing for the other body's run
    rad, nett = world["bodies"]
    assert main(["remind", "--body", rad.name]) == 0
    assert [m.to for m in mail.outbox] == [["kari@fjellbygd.example"]]
    assert "Lage budsjettforslag" not in mail.outbox[0].body
    assert main(["remind"]) == 0
    sent = {m.to[0]: m for m in mail.outbox[1:]}
    assert set(sent) == {"kari@fjellbygd.example", "per@vest.example"}
    kari = sent["kari@fjellbygd.example"].body
    assert "Lage budsjettforslag" in kari and "Sende høringsuttalelse" not in kari
    assert main(["remind", "--body", nett.name]) == 0
    assert len(mail.outbox) == 3


def test_the_log_names_the_body_and_the_actions_of_each_reminder(world):
    # (s79h) one entry per person and body, in that body's log, with the ids of the
    # actions the mail listed
    from motebok.secretariat.models import AuditEntry

    rad, nett = world["bodies"]
    assert main(["remind"]) == 0
    kari = Person.objects.get(name="Kari Nordmann")
    entries = {entry.body: entry for entry in
               AuditEntry.objects.filter(object_id=str(kari.pk), action="send")}
    assert set(entries) == {rad, nett}
    assert entries[rad].changes == {"actions": [None, [world["soon"].pk]]}
    assert entries[nett].changes == {"actions": [None, [world["overdue"].pk]]}
    assert entries[nett].summary == "reminder: 1 → kari@fjellbygd.example"
    # (the body's log page shows the entry's actions as its one row)
    assert [(old, new) for _, old, new in entries[nett].change_rows()] == [
        (None, [world["overdue"].pk])]
    assert reminders.reminded_today(timezone.localdate()) == {
        world["soon"].pk, world["overdue"].pk, world["per"].pk}


def _logged(at: dt.datetime, ids: list[int] | None) -> None:
    """A reminder's log entry written at ``at`` (UTC), listing ``ids`` (None: an entry of
    the shape written before reminders were tracked per action, with no ids)."""
    from motebok.secretariat.models import AuditAction, AuditEntry

    AuditEntry.objects.create(
        model=Person._meta.label_lower, object_id="1", action=AuditAction.SEND,
        summary=f"{reminders.SUMMARY_PREFIX} 1 → kari@fjellbygd.example", at=at,
        changes={} if ids is None else {"actions": [None, ids]})


@pytest.mark.parametrize(("before", "after", "day"), [
    # winter (UTC+1): 23:59 and 00:01 in Oslo are one UTC day, two days in Oslo
    ("2027-01-14T22:59", "2027-01-14T23:01", dt.date(2027, 1, 14)),
    # the spring day of 23 hours: the next day starts at 22:00 UTC (CEST, UTC+2)
    ("2027-03-28T21:59", "2027-03-28T22:01", dt.date(2027, 3, 28)),
    # the autumn day of 25 hours: it starts at 22:00 UTC (CEST) and ends at 23:00 (CET)
    ("2027-10-31T22:59", "2027-10-31T23:01", dt.date(2027, 10, 31)),
    ("2027-10-30T21:59", "2027-10-30T22:01", dt.date(2027, 10, 30)),
])
def test_today_is_oslo_s_day_at_midnight_and_over_summer_time(before, after, day):
    # (s79m) a reminder sent at 23:59 in Oslo counts for that day, one sent at 00:01 for
    # the next, whatever the UTC date and on the days summer time starts and ends
    utc = dt.UTC
    _logged(dt.datetime.fromisoformat(before).replace(tzinfo=utc), [1])
    _logged(dt.datetime.fromisoformat(after).replace(tzinfo=utc), [2])
    assert reminders.reminded_today(day) == {1}
    assert reminders.reminded_today(day + dt.timedelta(days=1)) == {2}


def test_a_run_at_midnight_in_oslo_starts_a_new_day(monkeypatch):
    # (s79m) the command's "today" is Oslo's: a run at 23:59 and one at 00:01 both send
    # (two days in Oslo, one in UTC), and a run at 23:30 that evening (the 15th in Oslo,
    # a new UTC day) sends nothing; an action due the 14th is overdue at 00:01 on the
    # 15th in Oslo (23:01 on the 14th in UTC)
    from motebok.secretariat.models import AuditEntry

    clock = {"now": dt.datetime(2027, 1, 14, 22, 59, tzinfo=dt.UTC)}
    monkeypatch.setattr(timezone, "now", lambda: clock["now"])
    monkeypatch.setattr(AuditEntry._meta.get_field("at"), "_get_default",
                        lambda: clock["now"])
    body = Organization.objects.create(name="Regionrådet i Fjellbygd")
    kari = Person.objects.create(name="Kari Nordmann", email="kari@fjellbygd.example")
    meeting = Meeting.objects.create(body=body, date=dt.date(2027, 1, 7),
                                     status=MeetingStatus.PUBLISHED, title="Møte")
    _action(meeting, "Sende høringsuttalelse", kari, dt.date(2027, 1, 14))
    assert main(["remind"]) == 0  # 23:59 on the 14th in Oslo: due today, not overdue
    assert len(mail.outbox) == 1 and "FORFALT" not in mail.outbox[0].body
    clock["now"] = dt.datetime(2027, 1, 14, 23, 1, tzinfo=dt.UTC)
    assert main(["remind"]) == 0  # 00:01 on the 15th in Oslo: a new day, now overdue
    assert len(mail.outbox) == 2 and "(FORFALT)" in mail.outbox[1].body
    clock["now"] = dt.datetime(2027, 1, 15, 22, 30, tzinfo=dt.UTC)
    assert main(["remind"]) == 0  # 23:30 on the 15th in Oslo: reminded today already
    assert len(mail.outbox) == 2


def test_an_entry_without_ids_reminds_of_nothing_and_others_are_not_read(world):
    # (s79m) an entry written before reminders were tracked per action lists no ids, and
    # an entry of another shape or another day's is no reminder of today's actions
    now = timezone.now()
    _logged(now, None)
    _logged(now - dt.timedelta(days=1), [world["soon"].pk])
    assert reminders.reminded_today(timezone.localdate()) == set()
    assert main(["remind"]) == 0
    assert len(mail.outbox) == 2


def test_without_reminded_keeps_whole_reminders_and_drops_only_the_listed_actions(world):
    # (s79m) a reminder none of whose actions were listed today is sent as it is; one
    # with some listed loses those (and their overdue marks); one with all listed is
    # skipped
    batch = reminders.reminders(timezone.localdate())
    kari = next(r for r in batch if r.person.name == "Kari Nordmann")
    per = next(r for r in batch if r.person.name == "Per Lie")
    left, skipped = reminders.without_reminded(batch, {world["overdue"].pk, world["per"].pk})
    assert skipped == [per]
    assert [r.person for r in left] == [kari.person]
    assert [a.pk for a in left[0].actions] == [world["soon"].pk] and left[0].overdue == set()
    left, skipped = reminders.without_reminded(batch, set())
    assert left == batch and skipped == []
