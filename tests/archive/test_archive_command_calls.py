"""``import`` and ``export`` run in-process with ``call_command`` (fast; subprocess tests
of the real ``motebok`` entry point live in test_archive_commands.py)."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from archive.conftest import EXAMPLES
from archive.factories import good_folder
from motebok.archive.models import Meeting
from motebok.vocab import MeetingStatus

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def run(*args: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of a management command."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(*args, stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_import_twice_then_export_to_stdout(tmp_path):
    files = good_folder(tmp_path / "in", 3)
    code, out, err = run("import", str(tmp_path / "in"), "--no-progress")
    assert code == 0 and err == ""
    assert out.startswith("3 imported, 0 unchanged, 0 failed, 0 skipped in ")
    assert "documents/s) into SQLite at " in out or "into PostgreSQL database" in out
    code, out, _ = run("import", str(tmp_path / "in"))
    assert code == 0 and out.startswith("0 imported, 3 unchanged, 0 failed")
    code, out, _ = run("export", "--format", "json")
    records = json.loads(out)
    assert sorted(r["source"]["filename"] for r in records) == sorted(f.name for f in files)
    assert all(r["archive"]["status"] == "published" for r in records)
    # the body's last record carries its members, each read from the minutes
    members = [m for r in records for m in r["archive"].get("memberships", [])]
    assert members and all(m["from_minutes"] for m in members)


def test_failures_exit_one_and_list_skipped_files(tmp_path):
    folder = tmp_path / "in"
    good_folder(folder, 1)
    (folder / "odelagt.pdf").write_bytes(b"%PDF-1.7 ikke en pdf")
    for n in range(12):
        (folder / f"vedlegg-{n:02d}.xlsx").write_bytes(b"PK")
    code, out, err = run("import", str(folder), "--no-progress")
    assert code == 1
    assert err.splitlines() == [f"{folder / 'odelagt.pdf'}: " + err.split(": ", 1)[1].strip()]
    assert "Traceback" not in err
    assert out.count("(not a minutes file type)") == 10
    assert "skipped   … and 2 more" in out
    assert "1 imported, 0 unchanged, 1 failed, 12 skipped" in out


def test_draft_and_verbose_listing(tmp_path):
    files = good_folder(tmp_path / "in", 2)
    code, out, _ = run("import", "--draft", "--verbosity", "2", "--no-progress",
                       str(tmp_path / "in"))
    assert code == 0
    assert [line for line in out.splitlines() if line.startswith("imported")] == [
        f"imported  {f}" for f in files]
    assert set(Meeting.objects.values_list("status", "locked")) == {
        (MeetingStatus.DRAFT.value, False)}


def test_progress_bar_goes_to_stderr_and_is_gone_after(tmp_path):
    good_folder(tmp_path / "in", 2)
    code, out, err = run("import", str(tmp_path / "in"))
    assert code == 0 and out.startswith("2 imported")
    assert "Traceback" not in err


def test_export_of_one_meeting_says_meeting_not_meetings(tmp_path):
    run("import", str(EXAMPLES / "kystkulturradet-2023-11-20.txt"), "--no-progress")
    target = tmp_path / "backup.json"
    code, _out, err = run("export", "--output", str(target))
    assert code == 0 and err.strip() == f"Exported 1 meeting to {target}"


def test_export_to_a_file_writes_the_backup_atomically(tmp_path):
    run("import", str(EXAMPLES), "--no-progress")
    target = tmp_path / "backup.json"
    code, out, err = run("export", "--output", str(target))
    assert code == 0 and out == ""
    count = len(list(EXAMPLES.iterdir()))
    assert err.strip() == f"Exported {count} meetings to {target}"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data) == count and {d["schema_version"] for d in data} == {1}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.json"]


def test_an_exported_backup_has_the_mode_of_a_plainly_written_file(tmp_path):
    import os
    import stat

    umask = os.umask(0o022)
    try:
        target = tmp_path / "backup.json"
        assert run("export", "--output", str(target))[0] == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not mkstemp's 0600
        target.chmod(0o640)  # a backup readable by the backup group stays so
        assert run("export", "--output", str(target))[0] == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
    finally:
        os.umask(umask)


def test_export_of_an_empty_archive_is_an_empty_array():
    code, out, _ = run("export")
    assert code == 0 and json.loads(out) == []


def test_export_says_when_bodies_have_no_meeting_to_ride_on():
    """A backup carries bodies on a meeting's record; an archive of bodies alone (a new
    secretariat) gives "[]" and says so, not a backup that passes for complete."""
    from motebok.archive.models import Organization

    Organization.objects.create(name="Faggruppe for klima", kind="body")
    code, out, err = run("export", "--format", "json")
    assert code == 0 and json.loads(out) == []
    assert "no meeting to carry the bodies" in err


def test_export_of_one_body_and_status_keeps_only_its_meetings():
    """A user exports one body's published minutes: by its name, another name or its
    slug; the bodies without meetings are left to the whole backup."""
    from django.core.management.base import CommandError

    from motebok.archive.models import Organization

    run("import", str(EXAMPLES), "--no-progress")
    Organization.objects.create(name="Faggruppe for klima", kind="body")
    records = json.loads(run("export")[1])
    bodies = {r["body"] for r in records}
    assert len(bodies) > 1 and "bodies" in records[-1]["archive"]
    meeting = Meeting.objects.filter(body__isnull=False).order_by("pk").first()
    meeting.status = MeetingStatus.DRAFT.value
    meeting.save(update_fields=["status"])
    body = meeting.body
    for named in (body.name, body.name.upper(), f" {body.slug} "):
        code, out, _ = run("export", "--body", named)
        kept = json.loads(out)
        assert code == 0 and {r["body"] for r in kept} == {meeting.body_text}, named
        assert len(kept) == Meeting.objects.filter(body=body).count()
        assert "bodies" not in kept[-1]["archive"] and "memberships" in kept[-1]["archive"]
    code, out, _ = run("export", "--body", body.name, "--status", "published")
    kept = json.loads(out)
    assert len(kept) == Meeting.objects.filter(body=body, status="published").count()
    assert {r["archive"]["status"] for r in kept} == {"published"}
    code, out, _ = run("export", "--status", "draft", "--status", "approved")
    assert [r["archive"]["status"] for r in json.loads(out)] == ["draft"]
    code, out, err = run("export", "--body", "Faggruppe for klima")
    assert code == 0 and json.loads(out) == []
    assert err.strip() == "motebok: no meeting of the bodies and statuses asked for"
    with pytest.raises(CommandError, match="no body is named 'Ukjent utvalg'"):
        run("export", "--body", "Ukjent utvalg")


def test_export_of_a_name_two_bodies_share_asks_for_a_slug():
    from django.core.management.base import CommandError

    from motebok.archive.models import Organization

    first = Organization.objects.create(name="Arbeidsutvalget", kind="body")
    second = Organization.objects.create(name="Arbeidsutvalget", kind="body")
    with pytest.raises(CommandError, match=f"name one by its slug \\({first.slug}, "
                                           f"{second.slug}\\)"):
        run("export", "--body", "ARBEIDSUTVALGET")
    assert run("export", "--body", second.slug)[0] == 0
    assert run("export", "--body", first.slug)[0] == 0  # a slug is one body's


def test_serve_on_an_empty_host_shows_every_address(monkeypatch):
    # "motebok serve --host ''" announced "Serving motebok on http://:8000/".
    from motebok.archive.management.commands import serve

    monkeypatch.setattr(serve.Command, "serve",
                        lambda self, host, port: self.announce(host, port))
    out = io.StringIO()
    call_command("serve", "--host", "", "--port", "8000", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[1] == "Serving motebok on http://0.0.0.0:8000/ (Ctrl-C stops)"
    assert lines[2].startswith("Listening on every address")
