"""Export: parse → import → export gives back the parsed record, in every format.

The fixture minutes are the package's own examples (txt, md, docx, html) and one
invented document rendered as odt and pdf by ``tests/fixtures/builders.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from archive.conftest import EXAMPLES
from archive.factories import BodyFactory, ItemFactory, MeetingFactory, PersonFactory
from fixtures import builders
from motebok.archive import exporter, importer
from motebok.archive.models import (
    Action,
    AgendaItem,
    Decision,
    Meeting,
    Membership,
    Organization,
    Participation,
    Person,
    SourceDocument,
)
from motebok.parse import parse_path
from motebok.record import MinutesRecord
from motebok.vocab import Attendance, MeetingStatus

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

#: An invented meeting for the formats without an example file (odt, pdf).
DOC = [
    ("heading", "Referat fra møte i Fagråd for kulturminner i Nordfjell"),
    ("para", "Dato: 14.03.2024"),
    ("para", "Tid: kl. 09.00–11.00"),
    ("para", "Sted: Nordfjell bibliotek"),
    ("para", "Til stede: Astrid Løvlie (leder), Bjørn Tveiten, Cecilie Aas"),
    ("para", "Forfall: Dag Øverland"),
    ("heading", "Sak 04/24 Kulturminneplan", 2),
    ("para", "Astrid Løvlie orienterte om høringen av kulturminneplanen."),
    ("para", "Vedtak: Fagrådet slutter seg til planen."),
    ("para", "Bjørn Tveiten sender innspill til kommunen. Frist: 2. april 2024."),
    ("heading", "Sak 05/24 Eventuelt", 2),
    ("para", "Ingen saker."),
]


def example_files() -> list[Path]:
    """Every example minutes file of the package."""
    return sorted(p for p in EXAMPLES.iterdir() if p.is_file())


def built_files(folder: Path) -> list[Path]:
    """The invented document as odt and pdf."""
    paths = []
    for suffix, render in (("odt", builders.to_odt), ("pdf", builders.to_pdf)):
        path = folder / f"fagrad-kulturminner.{suffix}"
        path.write_bytes(render(DOC))
        paths.append(path)
    return paths


def assert_same_record(expected: MinutesRecord, actual: MinutesRecord, label: str) -> None:
    """Field by field, so a failure names the field that differs."""
    want, got = expected.to_dict(), actual.to_dict()
    assert list(got) == list(want), label
    for key in want:
        if isinstance(want[key], list):
            assert len(got[key]) == len(want[key]), f"{label}: {key} count"
            for n, (w, g) in enumerate(zip(want[key], got[key], strict=True)):
                assert g == w, f"{label}: {key}[{n}]"
        else:
            assert got[key] == want[key], f"{label}: {key}"


def test_examples_cover_the_formats_and_parse_cleanly():
    formats = {p.suffix for p in example_files()}
    assert {".txt", ".md", ".docx", ".html"} <= formats
    assert 6 <= len(example_files()) <= 8
    for path in example_files():
        record = parse_path(path)
        assert record.body and record.meeting.date and record.items, path.name
        assert len(record.participants) >= 4, path.name


def test_parse_import_export_gives_back_every_field(tmp_path):
    files = [*example_files(), *built_files(tmp_path)]
    assert {p.suffix for p in files} >= {".txt", ".md", ".docx", ".html", ".odt", ".pdf"}
    parsed = {str(p): parse_path(p) for p in files}
    report = importer.import_paths(list(parsed))
    assert report.ok and len(report.imported) == len(files)
    by_sha = {m.source.sha256: m for m in Meeting.objects.select_related("source")}
    for name, record in parsed.items():
        exported = exporter.meeting_to_record(by_sha[record.source.sha256])
        assert_same_record(record, exported, Path(name).name)
    built = parsed[str(tmp_path / "fagrad-kulturminner.pdf")]
    assert built.items[0].number == "04/24" and built.items[0].decisions  # the builder parsed


def test_export_import_into_an_empty_archive_exports_identical_json(tmp_path):
    importer.import_paths([str(EXAMPLES)])
    Meeting.objects.filter(title__icontains="Kystkultur").update(
        status=MeetingStatus.DRAFT.value, locked=False)
    first, backup = back_up_and_empty(tmp_path)
    report = importer.import_paths([str(backup)])
    assert report.ok and len(report.imported) == len(example_files())
    second = json.dumps(exporter.export_all(), ensure_ascii=False, indent=2)
    assert second == first


def test_a_backup_gives_back_each_membership_with_its_origin(tmp_path):
    """Memberships read from minutes, one the admin made leader by hand, one ended, one
    entered by hand for someone no minutes name: a restore gives back exactly these, a
    hand entry never turned into one read from minutes (which deleting minutes would
    remove)."""
    from motebok.vocab import MembershipRole

    importer.import_paths([str(EXAMPLES)])
    body = Organization.objects.filter(name__icontains="Vestfjord",
                                       memberships__isnull=False).distinct().get()
    read = list(Membership.objects.filter(body=body).order_by("pk"))
    assert len(read) >= 3 and all(m.from_minutes for m in read)
    made_deputy = read[0].person.name
    read[0].role, read[0].start = MembershipRole.DEPUTY_LEADER.value, dt.date(2024, 1, 1)
    read[0].change_by_hand()
    read[0].save()
    Membership.objects.filter(pk=read[1].pk).update(end=dt.date(2024, 6, 30))
    Membership.objects.create(
        person=PersonFactory(name="Hånd Hansen"), body=body,
        role=MembershipRole.OBSERVER.value, start=dt.date(2024, 3, 1),
        representing=Organization.objects.create(name="Fjordby kommune", kind="municipality"))

    def memberships() -> set[tuple]:
        return set(Membership.objects.values_list(
            "person__name", "body__name", "role", "representing__name", "start", "end",
            "from_minutes"))

    before = memberships()
    first, backup = back_up_and_empty(tmp_path)
    assert importer.import_paths([str(backup)]).ok
    assert memberships() == before
    assert json.dumps(exporter.export_all(), ensure_ascii=False, indent=2) == first
    # restoring again changes nothing; deleting the minutes keeps what the hand entered
    assert importer.import_paths([str(backup)]).ok and memberships() == before
    Meeting.objects.filter(body__name=body.name).delete()
    assert {m[0] for m in memberships() if m[1] == body.name} == {made_deputy, "Hånd Hansen"}


def everything() -> dict[str, list]:
    """Every stored fact of the archive by natural keys (no ids, no timestamps of the
    restore itself), each table sorted: what a restore must give back exactly."""
    def rows(queryset, *fields) -> list:
        return sorted(tuple("" if v is None else str(v) for v in row)
                       for row in queryset.values_list(*fields))

    return {
        "organisations": rows(Organization.objects, "name", "kind", "parent__name", "aliases",
                              "mandate", "numbering", "lead__name", "ends_on"),
        "people": rows(Person.objects, "name", "email"),
        "memberships": rows(Membership.objects, "person__name", "body__name",
                            "body__parent__name", "role", "representing__name", "start",
                            "end", "from_minutes"),
        "meetings": rows(Meeting.objects, "body__name", "body_text", "organization_text",
                         "title", "date", "start", "end", "location", "status", "kind",
                         "document_date", "next_date", "next_start", "next_location",
                         "warnings", "source__filename", "source__sha256", "source__format",
                         "mode", "link", "locked", "version", "cancel_reason"),
        "participants": rows(Participation.objects, "meeting__date", "meeting__body__name",
                             "person__name", "name_text", "organization_text", "role",
                             "attendance", "note", "order"),
        "items": rows(AgendaItem.objects, "meeting__date", "meeting__body__name", "number",
                      "sequence", "year", "title", "text", "order"),
        "decisions": rows(Decision.objects, "item__meeting__date", "item__title", "text",
                          "order"),
        "actions": rows(Action.objects, "item__meeting__date", "item__title", "text",
                        "responsible_person__name", "responsible_text", "due", "order",
                        "status", "done_note", "done_at"),
    }


def test_a_backup_restores_everything_even_bodies_without_meetings(tmp_path):
    """The secretariat's new body (no meeting yet) with its mandate, other names, lead,
    end date, numbering and hand-entered members (their e-mail addresses, where the
    summons goes), and its working group; done actions, a meeting's link: a backup
    carries them (on its last record) and a restore gives back exactly what was
    stored — before, they were on no record and were lost with their members."""
    from motebok.vocab import MembershipRole, OrganizationKind

    importer.import_paths([str(EXAMPLES)])
    region = Organization.objects.filter(meetings__isnull=False).first().parent
    lead = PersonFactory(name="Gunn Lid", email="gunn@example.no")
    Person.objects.filter(pk=Membership.objects.filter(
        body__meetings__isnull=False).first().person_id).update(email="medlem@example.no")
    new = Organization.objects.create(
        name="Faggruppe for klima", kind=OrganizationKind.BODY.value, parent=region,
        aliases=["Klimagruppa"], mandate="Felles klimaplan.", numbering="per_meeting",
        lead=lead, ends_on=dt.date(2027, 6, 30))
    group = Organization.objects.create(
        name="Arbeidsgruppe for ladepunkt", kind=OrganizationKind.WORKING_GROUP.value,
        parent=new, mandate="Kartlegge ladepunkt.", ends_on=dt.date(2026, 12, 31))
    Membership.objects.create(person=lead, body=new, role=MembershipRole.LEADER.value,
                              start=dt.date(2026, 1, 1),
                              representing=Organization.objects.create(
                                  name="Fjordby kommune", kind="municipality"))
    Membership.objects.create(person=PersonFactory(name="Ola Li"), body=new,
                              end=dt.date(2026, 5, 1))
    Membership.objects.create(person=lead, body=group, role=MembershipRole.LEADER.value)
    Action.objects.order_by("pk").first().mark_done("Sendt.")
    Meeting.objects.filter(pk=Meeting.objects.order_by("pk").first().pk).update(
        mode="digital", link="https://meet.example.no/1")
    before = everything()
    first, backup = back_up_and_empty(tmp_path)
    assert importer.import_paths([str(backup)]).ok
    assert everything() == before
    assert json.dumps(exporter.export_all(), ensure_ascii=False, indent=2) == first
    assert importer.import_paths([str(backup)]).ok and everything() == before


def test_a_backup_whose_bodies_are_mangled_fails_that_record_in_one_line(tmp_path):
    """An edited backup's archive.bodies (a number for a parent, an unknown numbering)
    is one failure line naming the record, never a traceback; the meeting still goes
    in."""
    meeting = MeetingFactory(date=dt.date(2024, 5, 1))
    data = exporter.export_all()
    empty_the_archive()
    for bodies in ([{"name": "Klima", "part_of": 7}], [{"name": "Klima", "numbering": "x"}],
                   "Klima", [{"name": ""}]):
        data[-1]["archive"]["bodies"] = bodies
        backup = tmp_path / "backup.json"
        backup.write_text(json.dumps(data), encoding="utf-8")
        report = importer.import_paths([str(backup)])
        assert len(report.failed) == 1 and "archive.bodies" in report.failed[0][1]
    assert Meeting.objects.get().title == meeting.title
    assert not Organization.objects.filter(name="Klima").exists()


def back_up_and_empty(folder: Path) -> tuple[str, Path]:
    """The archive exported to a backup file in ``folder``, then deleted, as before a
    restore onto a new machine: the backup's text and its path."""
    text = json.dumps(exporter.export_all(), ensure_ascii=False, indent=2)
    backup = folder / "backup.json"
    backup.write_text(text, encoding="utf-8")
    empty_the_archive()
    return text, backup


def empty_the_archive() -> None:
    """Delete every archive row, as in a new database."""
    for model in (Action, Decision, Participation, Meeting, Membership, SourceDocument):
        model.objects.all().delete()
    Organization.objects.update(parent=None)
    Person.objects.all().delete()
    Organization.objects.all().delete()


def test_export_order_is_date_then_id_with_undated_first():
    body = BodyFactory()
    late = MeetingFactory(body=body, date=dt.date(2024, 5, 1))
    undated = MeetingFactory(body=body, date=None)
    early = MeetingFactory(body=body, date=dt.date(2023, 1, 1))
    titles = [d["title"] for d in exporter.export_all()]
    assert titles == [undated.title, early.title, late.title]


def test_export_for_a_user_shows_only_what_they_may_see(personas):
    MeetingFactory(body=personas.body, title="Offentlig")
    MeetingFactory(body=personas.body, title="Utkast", status=MeetingStatus.DRAFT.value)
    assert [d["title"] for d in exporter.export_all(personas.anonymous)] == ["Offentlig"]
    assert sorted(d["title"] for d in exporter.export_all(personas.member)) == [
        "Offentlig", "Utkast"]
    assert len(exporter.export_all()) == 2
    statuses = {d["title"]: d["archive"]["status"] for d in exporter.export_all()}
    assert statuses == {"Offentlig": "published", "Utkast": "draft"}


def test_a_meeting_the_secretariat_made_exports_from_its_rows():
    parent = Organization.objects.create(name="Vestfjord regionråd", kind="region")
    body = BodyFactory(name="Faggruppe for reiseliv", parent=parent)
    meeting = MeetingFactory(body=body, title="Møte i faggruppa", date=dt.date(2024, 6, 3),
                             start=dt.time(9, 0), end=dt.time(11, 30), location="Rådhuset")
    kari = PersonFactory(name="Kari Nordmann")
    Participation.objects.create(meeting=meeting, person=kari, role="chair",
                                 attendance=Attendance.PARTIAL.value, note="til sak 2", order=0)
    item = ItemFactory(meeting=meeting, number="07/24", title="Reiselivsplan", text="Drøfting.")
    Decision.objects.create(item=item, text="Planen vedtas.")
    Action.objects.create(item=item, text="Sende planen.", responsible_person=kari,
                          due=dt.date(2024, 7, 1))
    record = exporter.export_meeting(meeting)
    assert (record.body, record.organization) == ("Faggruppe for reiseliv", "Vestfjord regionråd")
    assert dataclasses.asdict(record.meeting) == {"date": "2024-06-03", "start": "09:00",
                                                  "end": "11:30", "location": "Rådhuset"}
    assert record.participants[0].name == "Kari Nordmann"
    assert record.participants[0].attendance == "partial"
    assert record.items[0].decisions == ["Planen vedtas."]
    assert dataclasses.asdict(record.items[0].actions[0]) == {
        "text": "Sende planen.", "responsible": "Kari Nordmann", "due": "2024-07-01"}
    assert record.source.filename is None and record.kind == "minutes"


def test_exporting_many_meetings_takes_a_fixed_number_of_queries(django_assert_max_num_queries):
    for n in range(5):
        meeting = MeetingFactory(date=dt.date(2024, 1, n + 1))
        item = ItemFactory(meeting=meeting)
        Decision.objects.create(item=item, text="Vedtatt.")
        Participation.objects.create(meeting=meeting, person=PersonFactory(), order=0)
    with django_assert_max_num_queries(8):
        assert len(exporter.export_all()) == 5


def test_a_cancelled_meeting_keeps_its_reason_through_export_and_import(tmp_path):
    """Spec v1 has no key for why a meeting was called off: the backup carries it on
    the ``archive`` object (``cancel_reason``), and import gives back the cancelled
    meeting with its reason, its words as typed (markup is text, not HTML)."""
    reason = "Styreleder er syk <b>& møtet flyttes</b>"
    meeting = MeetingFactory(status=MeetingStatus.PLANNED.value, date=dt.date(2025, 5, 6))
    meeting.cancel(reason)
    MeetingFactory(body=meeting.body, date=dt.date(2025, 6, 3))
    first, backup = back_up_and_empty(tmp_path)
    assert json.loads(first)[0]["archive"]["cancel_reason"] == reason
    assert "cancel_reason" not in json.loads(first)[1]["archive"]
    assert importer.import_paths([str(backup)]).ok
    restored = Meeting.objects.get(date=dt.date(2025, 5, 6))
    assert restored.cancelled and restored.cancel_reason == reason
    assert Meeting.objects.get(date=dt.date(2025, 6, 3)).cancel_reason == ""
    assert json.dumps(exporter.export_all(), ensure_ascii=False, indent=2) == first


def test_a_reason_is_restored_only_on_a_cancelled_meeting(tmp_path):
    """A hand-edited backup that gives a reason to a meeting that was held does not
    make it look called off; a reason that is not text is a problem of the record."""
    MeetingFactory(date=dt.date(2025, 5, 6))
    data = exporter.export_all()
    data[0]["archive"]["cancel_reason"] = "Feil"
    empty_the_archive()
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(data), encoding="utf-8")
    assert importer.import_paths([str(backup)]).ok
    assert Meeting.objects.get().cancel_reason == ""
    empty_the_archive()
    data[0]["archive"]["cancel_reason"] = ["Feil"]
    backup.write_text(json.dumps(data), encoding="utf-8")
    assert not importer.import_paths([str(backup)]).ok


def _closed_record() -> MinutesRecord:
    """A record with one open item and one closed to the public (``exemption``)."""
    return MinutesRecord.from_dict({
        "schema_version": 1, "kind": "minutes", "title": "Referat", "body": "Styret i Testdalen",
        "meeting": {"date": "2025-03-12"},
        "items": [
            {"number": "1/25", "title": "Budsjett", "text": "Vedtatt.", "decisions": ["Ja."]},
            {"number": "2/25", "title": "Tilsetting", "text": "Drøftet.",
             "decisions": ["Søker to tilsettes."],
             "actions": [{"text": "Ringe søkeren", "responsible": "Kari", "due": None}],
             "exemption": "offl. § 13"}]})


def test_the_exemption_key_is_written_only_on_closed_items():
    data = _closed_record().to_dict()
    assert "exemption" not in data["items"][0]
    assert data["items"][1]["exemption"] == "offl. § 13"
    assert MinutesRecord.from_dict(data).to_dict() == data
    with pytest.raises(ValueError, match=r"items\[0\]\.exemption"):
        MinutesRecord.from_dict({**data, "items": [{"exemption": 13}]})


def test_a_record_s_fingerprint_of_open_items_is_as_before():
    """An open item's record hashes as it did before the key existed (no re-import)."""
    from motebok.archive.parsing import record_hash

    record = _closed_record()
    record.items = record.items[:1]
    canonical = json.dumps(record.to_dict(), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    import hashlib

    assert record_hash(record) == hashlib.sha256(canonical.encode()).hexdigest()
    assert "exemption" not in canonical


def test_the_exemption_round_trips_through_import_and_export(tmp_path):
    importer.store_record(_closed_record())
    item = AgendaItem.objects.get(number="2/25")
    assert item.exemption == "offl. § 13" and item.is_closed
    assert not AgendaItem.objects.get(number="1/25").is_closed
    item.title_public = True
    item.save()
    first, backup = back_up_and_empty(tmp_path)
    record = json.loads(first)[0]
    assert record["items"][1]["exemption"] == "offl. § 13"
    assert record["archive"]["public_titles"] == [1]
    assert "exemption" not in record["items"][0]
    assert importer.import_paths([str(backup)]).ok
    restored = AgendaItem.objects.get(number="2/25")
    assert restored.exemption == "offl. § 13" and restored.title_public
    assert json.dumps(exporter.export_all(), ensure_ascii=False, indent=2) == first


def test_an_export_for_the_public_gives_the_closed_item_s_number_and_basis_alone(personas):
    importer.store_record(_closed_record())
    Meeting.objects.update(status=MeetingStatus.PUBLISHED.value, body=personas.body)
    for user in (personas.anonymous, personas.outsider):  # (access to another body)
        item = exporter.export_all(user)[0]["items"][1]
        assert item == {"number": "2/25", "title": "Unntatt offentlighet (offl. § 13)",
                        "text": "", "decisions": [], "actions": [], "exemption": "offl. § 13"}
    for user in (None, personas.member, personas.secretariat, personas.superuser):
        whole = exporter.export_all(user)[0]["items"][1]
        assert whole["title"] == "Tilsetting" and whole["decisions"] == ["Søker to tilsettes."]
