"""``motebok backup`` / ``motebok restore``: the whole archive in one zip, and back.

The archive is the secretariat's invented world (users with body access, meetings in
every state, attachments, minutes versions, a comment, a summons, the audit log) plus
minutes imported from a file, so the originals' bytes and merge suggestions are there.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import uuid
import zipfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.storage import default_storage

from archive.conftest import MOTEBOK, cli_env
from motebok.archive import backup
from motebok.archive.backup import BackupError
from motebok.archive.models import BodyAccess, Meeting, SourceDocument
from motebok.parse import parse_bytes
from motebok.search import rebuild, search
from motebok.search.models import SearchEntry
from secretariat.secretariat_world import FAST_HASHERS, build_scene, build_world

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

MINUTES = """Referat fra møte i Faggruppe for reiseliv

Dato: 20.11.2024
Tid: kl. 10.00–12.00
Sted: Rådhuset

Til stede: Kari Fjellstad, Mari Nordby, Kari Fjelstad

Sak 1/24 Kampanje for vinterturisme
Gruppen drøftet en felles kampanje for vinteren.
Vedtak: Sekretariatet lager et utkast til kampanjen.
"""


@pytest.fixture
def archive(settings, tmp_path):
    """The world, its scene and one imported minutes file; uploads in a private folder."""
    from motebok.archive.importer import store_record
    from motebok.secretariat import audit
    from motebok.secretariat.models import ItemComment, SummonsDispatch

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = FAST_HASHERS
    scene = build_scene(build_world())
    users = scene.world.users
    editors = Group.objects.create(name="Redaktører")
    editors.permissions.add(Permission.objects.get(codename="change_meeting"))
    users["secretariat"].groups.add(editors)
    Meeting.objects.filter(pk=scene.published.pk).update(approved_by=users["secretariat"],
                                                         published_by=users["admin"])
    ItemComment.objects.create(item=scene.comment_item, author=users["member"],
                               text="Kan vi ta med tall fra i fjor?")
    SummonsDispatch.objects.create(meeting=scene.current, sent_by=users["secretariat"],
                                   subject="Innkalling", recipients=["kari@example.no"])
    audit.record(users["secretariat"], scene.current, "update", summary="Endret sted")
    data = MINUTES.encode()
    store_record(parse_bytes(data, "referat-2024-11-20.txt"), data, status="draft")
    return scene


def empty_the_archive(media: Path) -> None:
    """Delete every row a backup holds (last table first) and every uploaded file."""
    for model in reversed(backup.backed_up_models()):
        model._base_manager.all().delete()
    SearchEntry.objects.all().delete()
    shutil.rmtree(media, ignore_errors=True)


def contents(path: Path) -> dict[str, bytes]:
    """Every member of a backup but the manifest's time of writing."""
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(members.pop(backup.MANIFEST))
    manifest.pop("created")
    manifest.pop("database")
    members[backup.MANIFEST] = json.dumps(manifest, sort_keys=True).encode()
    return members


def hits(query: str, user) -> list[tuple]:
    """What a search shows ``user``: meeting, kind and snippet of each hit."""
    return [(h.meeting.pk, h.kind, h.snippet) for h in search(query, user=user).hits]


def backed_up_restored_and_backed_up(settings, tmp_path) -> tuple[Path, Path]:
    """Back the archive up, empty it, restore that backup and back it up again: both
    backups' paths."""
    first = tmp_path / "first.zip"
    backup.write_backup(first)
    empty_the_archive(settings.MEDIA_ROOT)
    backup.restore_backup(first)
    second = tmp_path / "second.zip"
    backup.write_backup(second)
    return first, second


def test_backup_restore_backup_gives_the_same_tables_and_file_bytes(archive, settings,
                                                                    tmp_path):
    first, second = backed_up_restored_and_backed_up(settings, tmp_path)

    assert contents(first) == contents(second)
    held = contents(first)
    assert any(name.startswith("sources/") for name in held)  # the original's bytes
    assert sum(name.startswith("media/attachments/") for name in held) == 3
    source = SourceDocument.objects.get(filename="referat-2024-11-20.txt")
    assert bytes(source.content) == MINUTES.encode()
    restored = archive.internal_file.__class__.objects.get(pk=archive.internal_file.pk)
    assert default_storage.open(restored.file.name).read() == b"slides"


def test_rows_added_after_a_restore_get_new_ids(archive, settings, tmp_path):
    from archive.factories import BodyFactory, UserFactory

    path = tmp_path / "backup.zip"
    backup.write_backup(path)
    highest = max(get_user_model().objects.values_list("pk", flat=True))
    empty_the_archive(settings.MEDIA_ROOT)
    backup.restore_backup(path)

    assert UserFactory().pk > highest  # a new database: see the PostgreSQL test below
    assert BodyFactory(name="Nytt utvalg for kultur").pk


def test_what_the_secretariat_and_admin_did_comes_back(archive, settings, tmp_path):
    from motebok.secretariat.models import AuditEntry, ItemComment, MinutesVersion

    path = tmp_path / "backup.zip"
    backup.write_backup(path)
    empty_the_archive(settings.MEDIA_ROOT)
    backup.restore_backup(path)

    published = Meeting.objects.get(pk=archive.published.pk)
    assert (published.approved_by.username, published.published_by.username) == \
        ("sindre", "admin")
    secretary = get_user_model().objects.get(username="sindre")
    assert secretary.check_password("Hemmelig-passord-42")
    assert secretary.has_perm("archive.change_meeting")  # group permission by name
    assert BodyAccess.objects.filter(user=secretary, role="secretariat").exists()
    assert ItemComment.objects.get().author.username == "mari"
    assert MinutesVersion.objects.get(pk=archive.version.pk).meeting_id == archive.approved.pk
    assert AuditEntry.objects.filter(summary="Endret sted").exists()


def test_a_member_still_sees_the_drafts_they_saw(archive, settings, tmp_path):
    member = archive.world.users["member"]
    seen = sorted(Meeting.objects.visible_to(member).values_list("pk", flat=True))
    outsider_saw = sorted(Meeting.objects.visible_to(archive.world.users["outsider"])
                          .values_list("pk", flat=True))
    path = tmp_path / "backup.zip"
    backup.write_backup(path)
    empty_the_archive(settings.MEDIA_ROOT)
    backup.restore_backup(path)

    users = get_user_model().objects
    assert sorted(Meeting.objects.visible_to(users.get(username="mari"))
                  .values_list("pk", flat=True)) == seen
    assert archive.previous.pk in seen  # a draft
    assert sorted(Meeting.objects.visible_to(users.get(username="oda"))
                  .values_list("pk", flat=True)) == outsider_saw


def test_search_finds_the_same_hits_after_a_restore(archive, settings, tmp_path):
    rebuild()  # the scene writes some items straight into their tables, unindexed
    admin, member = archive.world.users["admin"], archive.world.users["member"]
    before = {q: (hits(q, admin), hits(q, member)) for q in ("kampanje", "budsjett")}
    assert before["kampanje"][0]
    path = tmp_path / "backup.zip"
    backup.write_backup(path)
    empty_the_archive(settings.MEDIA_ROOT)
    assert not hits("kampanje", admin)

    backup.restore_backup(path)

    users = get_user_model().objects
    admin, member = users.get(username="admin"), users.get(username="mari")
    assert {q: (hits(q, admin), hits(q, member)) for q in before} == before


def test_a_file_two_attachments_share_is_backed_up_and_restored_once(archive, settings,
                                                                      tmp_path):
    from motebok.secretariat.models import Attachment

    shared = archive.public_file
    twin = Attachment.objects.create(meeting=archive.current, title="Samme foiler",
                                     file=shared.file.name)
    path = tmp_path / "backup.zip"
    backup.write_backup(path)
    with zipfile.ZipFile(path) as zf:
        assert zf.namelist().count(f"media/{shared.file.name}") == 1
    empty_the_archive(settings.MEDIA_ROOT)
    backup.restore_backup(path)

    names = set(Attachment.objects.filter(pk__in=[shared.pk, twin.pk])
                .values_list("file", flat=True))
    assert names == {shared.file.name}
    assert default_storage.open(shared.file.name).read() == b"slides"


def test_a_manifest_naming_a_path_outside_the_backup_is_refused(archive, settings,
                                                                tmp_path):
    good = tmp_path / "good.zip"
    backup.write_backup(good)
    empty_the_archive(settings.MEDIA_ROOT)
    escaping = rewritten(good, tmp_path / "escaping.zip", lambda m: m["files"].append(
        {"member": "media/../../etc/passwd", "sha256": "0" * 64, "size": 1}))

    with pytest.raises(BackupError, match="lists a member that is not allowed"):
        backup.restore_backup(escaping)
    assert not Meeting.objects.exists()


def test_restore_refuses_an_archive_in_use_and_changes_nothing(archive, tmp_path):
    path = tmp_path / "backup.zip"
    backup.write_backup(path)
    meetings = Meeting.objects.count()

    with pytest.raises(BackupError, match=r"backup\.zip: the archive is not empty \("):
        backup.restore_backup(path)
    assert Meeting.objects.count() == meetings


def rewritten(source: Path, target: Path, change) -> Path:
    """A copy of a backup whose manifest ``change`` edits (or whose members it edits)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == backup.MANIFEST:
                manifest = json.loads(data)
                change(manifest)
                data = json.dumps(manifest).encode()
            zout.writestr(info.filename, data)
    return target


def damaged(source: Path, target: Path) -> Path:
    """A copy whose meetings table has one byte changed (its zip CRC no longer matches)."""
    with zipfile.ZipFile(source) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("archive.meeting.json"))
    data = bytearray(source.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def test_bad_backups_are_one_line_naming_the_file_and_leave_the_archive_empty(
        archive, settings, tmp_path):
    good = tmp_path / "good.zip"
    backup.write_backup(good)
    empty_the_archive(settings.MEDIA_ROOT)
    text = tmp_path / "notes.zip"
    text.write_text("Referat fra møtet", encoding="utf-8")
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("bilde.jpg", b"\xff\xd8")
    newer = rewritten(good, tmp_path / "newer.zip", lambda m: m.update(version=2))
    future = rewritten(good, tmp_path / "future.zip",
                       lambda m: m["migrations"]["archive"].append("0099_framtid"))
    broken = damaged(good, tmp_path / "broken.zip")

    cases = [(text, "not a zip file"), (other, "not a motebok backup"),
             (newer, "backup format version 2 is newer"), (future, "archive.0099_framtid"),
             (broken, "member tables/11-archive.meeting.json is damaged"),
             (tmp_path / "missing.zip", "no such file")]
    for path, problem in cases:
        with pytest.raises(BackupError) as caught:
            backup.restore_backup(path)
        message = str(caught.value)
        assert message.startswith(f"{path}: ") and problem in message, message
        assert "\n" not in message
        assert not Meeting.objects.exists() and not get_user_model().objects.exists()


def test_a_row_the_database_refuses_rolls_the_whole_restore_back(archive, settings,
                                                                  tmp_path):
    good = tmp_path / "good.zip"
    backup.write_backup(good)
    empty_the_archive(settings.MEDIA_ROOT)
    refused = tmp_path / "refused.zip"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(refused, "w") as zout:
        manifest = json.loads(zin.read(backup.MANIFEST))
        for entry in manifest["tables"]:  # the last table: every other one is in by then
            data = zin.read(entry["member"])
            if entry["model"] == "secretariat.itemcomment":
                data = data.replace(b'"text": "Kan vi ta med tall fra i fjor?"', b'"text": null')
                entry["sha256"] = hashlib.sha256(data).hexdigest()
            zout.writestr(entry["member"], data)
        for entry in manifest["files"]:
            zout.writestr(entry["member"], zin.read(entry["member"]))
        zout.writestr(backup.MANIFEST, json.dumps(manifest))

    with pytest.raises(BackupError) as caught:
        backup.restore_backup(refused)
    assert str(caught.value).startswith(f"{refused}: cannot be restored, nothing was "
                                        "changed (Could not load secretariat.ItemComment")
    assert not Meeting.objects.exists() and not get_user_model().objects.exists()


def test_the_commands_write_and_restore_a_backup_with_one_line_errors(cli, tmp_path):
    from archive.conftest import EXAMPLES

    assert cli.run("import", str(EXAMPLES), "--draft").returncode == 0
    result = cli.run("backup", str(tmp_path / "kopi.zip"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Backed up ") and "to " in result.stdout
    assert stat.S_IMODE((tmp_path / "kopi.zip").stat().st_mode) == 0o600  # password hashes
    nowhere = cli.run("backup", str(tmp_path / "finnes-ikke" / "kopi.zip"))
    assert nowhere.returncode == 2
    assert nowhere.stderr == f"motebok: {tmp_path / 'finnes-ikke' / 'kopi.zip'}: no such " \
                             "file or directory\n"
    assert sorted(p.name for p in tmp_path.iterdir() if "kopi" in p.name) == ["kopi.zip"]

    refused = cli.run("restore", str(tmp_path / "kopi.zip"))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "the archive is not empty" in refused.stderr

    fresh = tmp_path / "ny.sqlite3"
    env = cli_env(fresh, tmp_path / "data2")
    restored = subprocess.run([*MOTEBOK, "restore", str(tmp_path / "kopi.zip")], env=env,
                              capture_output=True, text=True, timeout=120, check=False)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("Restored ")
    (tmp_path / "tull.zip").write_bytes(b"PK\x03\x04 ikke en zip")
    bad = subprocess.run([*MOTEBOK, "restore", str(tmp_path / "tull.zip")], env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert bad.returncode == 2
    assert bad.stderr == f"motebok: {tmp_path / 'tull.zip'}: not a zip file (a motebok " \
                         "backup is one)\n"


# --------------------------------------------------------------------------- PostgreSQL


@pytest.fixture
def postgres_database():
    """A new, empty database on the test server (dropped afterwards); its URL."""
    import psycopg

    server = os.environ["MOTEBOK_TEST_POSTGRES_URL"]
    name = f"motebok_backup_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(server)
    yield urlunsplit(parts._replace(path=f"/{name}"))
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.needs_postgres
def test_a_backup_goes_from_sqlite_to_postgresql_and_back(cli, tmp_path, postgres_database):
    from archive.conftest import EXAMPLES

    def motebok(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
        result = subprocess.run([*MOTEBOK, *args], env=env, capture_output=True, text=True,
                                timeout=300, check=False)
        assert result.returncode == 0, result.stderr
        return result

    assert cli.run("import", str(EXAMPLES), "--draft").returncode == 0
    motebok(cli.env, "backup", str(tmp_path / "fra-sqlite.zip"))
    on_postgres = {**cli.env, "DATABASE_URL": postgres_database}
    motebok(on_postgres, "restore", str(tmp_path / "fra-sqlite.zip"))
    motebok(on_postgres, "backup", str(tmp_path / "fra-postgres.zip"))
    back = cli_env(tmp_path / "tilbake.sqlite3", tmp_path / "data-tilbake")
    motebok(back, "restore", str(tmp_path / "fra-postgres.zip"))
    motebok(back, "backup", str(tmp_path / "tilbake.zip"))

    # The restored ids are taken: new rows on the new server get ids after them.
    later = tmp_path / "senere.txt"
    later.write_text(MINUTES.replace("20.11.2024", "15.01.2025"), encoding="utf-8")
    motebok(on_postgres, "import", str(later))

    first = contents(tmp_path / "fra-sqlite.zip")
    assert contents(tmp_path / "fra-postgres.zip") == first
    assert contents(tmp_path / "tilbake.zip") == first
    import psycopg

    with psycopg.connect(postgres_database) as conn:
        indexed = conn.execute("SELECT count(*) FROM search_searchentry").fetchone()[0]
    assert indexed > 0


def test_the_admins_change_history_comes_back_with_its_content_types_named(
        archive, settings, tmp_path):
    # The admin's LogEntry rows name their content type by app and model, never by id
    # (a content type's id differs between databases); sessions stay out.
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType

    LogEntry.objects.create(user=archive.world.users["admin"],
                            content_type=ContentType.objects.get_for_model(Meeting),
                            object_id=str(archive.published.pk), object_repr="Møte",
                            action_flag=CHANGE, change_message="Endret tittel")
    path = tmp_path / "backup.zip"
    backup.write_backup(path)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        rows = json.loads(zf.read(next(n for n in names if n.endswith("-admin.logentry.json"))))
    assert not any("session" in name for name in names)
    assert [row["fields"]["content_type"] for row in rows
            if row["fields"]["change_message"] == "Endret tittel"] == [["archive", "meeting"]]
    empty_the_archive(settings.MEDIA_ROOT)
    assert not LogEntry.objects.exists()

    backup.restore_backup(path)
    entry = LogEntry.objects.get(change_message="Endret tittel")
    assert entry.get_edited_object() == Meeting.objects.get(pk=archive.published.pk)
    assert (entry.user.username, entry.action_flag) == ("admin", CHANGE)


def test_a_time_with_microseconds_comes_back_exactly_and_backs_up_the_same(archive, settings,
                                                                           tmp_path):
    """A stamp under a millisecond ("…:34.000412") is written whole, so the restored row
    holds the same time and its backup equals the one it came from (Django's encoder
    cut it to "…:34.000Z", and the restored "…:34" was then written without a fraction)."""
    import datetime

    from motebok.archive.models import Person

    stamp = datetime.datetime(2026, 12, 3, 0, 22, 34, 412, tzinfo=datetime.UTC)
    person = Person.objects.order_by("pk").first()
    Person.objects.filter(pk=person.pk).update(created_at=stamp)
    first, second = backed_up_restored_and_backed_up(settings, tmp_path)

    assert Person.objects.get(pk=person.pk).created_at == stamp
    assert contents(first) == contents(second)
