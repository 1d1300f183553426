"""A complete backup of the archive as one zip, and its restore into an empty archive.

``motebok export`` gives the minutes back as records; an administrator who lost a disk
needs more: the user accounts and their body access, the original files' bytes, the
secretariat's attachments, versions, summons, comments and audit log, who approved and
published what, the merge suggestions. So a backup holds *every row* of the project's
apps, of ``auth`` (users, groups) and of ``admin`` (its change history), written by
Django's serializers with natural foreign keys (a permission or an admin log entry's
content type is named, not numbered: its id differs between databases),
and the stored files:

- ``manifest.json``: ``{"format": "motebok-backup", "version": 1, "created", "motebok",
  "migrations": {app: [applied names]}, "tables": [{"model", "member", "rows",
  "sha256"}], "files": [{"member", "sha256", "size"}]}``;
- ``tables/NN-app.model.json``: one table each, in an order where a row's natural-key
  references come before it; primary keys are kept, so links (``/meetings/12/``) stay;
- ``sources/PK``: the bytes of source document PK (left out of its table row);
- ``media/NAME``: the file of every ``FileField`` (attachments), under its stored name.

Tables another app rebuilds from the rest (the search index, see
``signals.rebuilt_on_restore``) are left out: ``archive_restored`` is sent at the end
of the restore, inside its transaction, so the search app indexes the restored meetings.

A restore checks the whole zip (format, version, every member's SHA-256) before it
writes anything, runs only into an empty archive, loads with ``loaddata`` in one
transaction and writes the files last; any failure rolls the database back and removes
the files it wrote. This module names no other app: it reads the app registry.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.apps import apps
from django.core import serializers
from django.core.files.base import File
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection, models, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from motebok.archive import signals
from motebok.errors import MotebokError, shown_name

FORMAT = "motebok-backup"
#: The layout this code writes and the newest it reads.
VERSION = 1
MANIFEST = "manifest.json"
#: Apps whose every table a backup holds, besides the project's own (``motebok.*``):
#: users and groups, and the admin's history of changes (``LogEntry``, whose content
#: type goes by natural key: its id differs between databases). Sessions stay out: a
#: restored session would log someone in on the new server without a password, and
#: people simply log in again.
EXTRA_APPS = ("auth", "admin")
#: Rows migrations create (permissions, content types): the target has them already,
#: and the dump names them by natural key.
CREATED_BY_MIGRATE = {"auth.permission"}
CHUNK = 1 << 20


class BackupError(MotebokError):
    """A backup cannot be written or restored (one line, naming the file)."""


@dataclass
class BackupReport:
    """What a backup or restore moved, for its summary line."""

    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    bytes: int = 0
    missing: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """"1234 rows in 22 tables (12 meetings, 3 users), 14 files (2.1 MB)"."""
        total = sum(self.rows.values())
        named = ", ".join(f"{self.rows.get(label, 0)} {word}" for label, word in
                          (("archive.meeting", "meetings"), ("auth.user", "users")))
        size = f"{self.bytes / 1e6:.1f} MB" if self.bytes >= 1e6 else f"{self.bytes / 1e3:.0f} kB"
        return f"{total} rows in {len(self.rows)} tables ({named}), {self.files} files ({size})"


# --------------------------------------------------------------------------- tables


def backed_up_models() -> list[type[models.Model]]:
    """Every concrete table a backup holds, ordered so natural-key references (a user's
    groups, a group's permissions) are loaded before the rows that name them."""
    chosen = []
    # The admin's log is about the other tables' rows: it goes after them (and the
    # other tables keep the member numbers they had before it was backed up).
    for config in sorted(apps.get_app_configs(), key=lambda config: config.label == "admin"):
        if not (config.name.startswith("motebok.") or config.label in EXTRA_APPS):
            continue
        for model in config.get_models():
            label = model._meta.label_lower
            if model._meta.proxy or not model._meta.managed or label in CREATED_BY_MIGRATE \
                    or label in signals.rebuilt_on_restore:
                continue
            chosen.append(model)
    ordered = serializers.sort_dependencies([(None, chosen)], allow_cycles=True)
    return [m for m in ordered if m in chosen]


def file_fields(model: type[models.Model]) -> list[models.FileField]:
    """The model's stored-file columns (attachments): their files go in ``media/``."""
    return [f for f in model._meta.concrete_fields if isinstance(f, models.FileField)]


def binary_fields(model: type[models.Model]) -> list[str]:
    """Byte columns kept as zip members instead of base64 in the table (originals)."""
    return [f.name for f in model._meta.concrete_fields if isinstance(f, models.BinaryField)]


def bytes_prefix(model: type[models.Model], name: str) -> str:
    """Where a byte column's values go: ``sources/app.model/`` (the column named too,
    ``sources/app.model.column/``, for a table with more than one)."""
    label = model._meta.label_lower
    return f"sources/{label}/" if len(binary_fields(model)) == 1 \
        else f"sources/{label}.{name}/"


def applied_migrations() -> dict[str, list[str]]:
    """The migrations applied to this database, per app: a backup made after a migration
    this code does not know cannot be loaded into its tables."""
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


# --------------------------------------------------------------------------- backup


def write_backup(path: Path) -> BackupReport:
    """Write the whole archive to ``path``: beside it first, then renamed into place, so
    an interrupted backup never leaves a truncated zip under the final name."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise BackupError(f"{shown_name(str(path))}: {_reason(exc)}") from None
    try:
        os.chmod(tmp, 0o600)  # user accounts' password hashes are inside
        with os.fdopen(handle, "wb") as raw, \
                zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            report = _write_members(zf)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise BackupError(f"{shown_name(str(path))}: {_reason(exc)}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return report


def _write_members(zf: zipfile.ZipFile) -> BackupReport:
    """Tables, source bytes and media files, then the manifest that lists them all; read
    in one transaction (a snapshot on PostgreSQL too), so the tables agree."""
    report = BackupReport()
    tables, files = [], []
    outermost = not connection.in_atomic_block  # else the caller's transaction decides
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        migrations = applied_migrations()
        for number, model in enumerate(backed_up_models(), start=1):
            label = model._meta.label_lower
            member = f"tables/{number:02d}-{label}.json"
            rows, digest = _write_table(zf, member, model)
            tables.append({"model": label, "member": member, "rows": rows,
                           "sha256": digest})
            report.rows[label] = rows
            files.extend(_write_bytes(zf, model, report))
            files.extend(_write_media(zf, model, report))
    manifest = {"format": FORMAT, "version": VERSION,
                "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "motebok": _version(), "database": connection.vendor,
                "migrations": migrations, "tables": tables, "files": files}
    zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
    return report


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's fixture encoder, but a time keeps all its microseconds.

    Django writes milliseconds only, and none at all when the microseconds are zero, so
    a row stamped 12:00:00.000412 was written "12:00:00.000Z", restored as 12:00:00 and
    written again as "12:00:00Z": a restored archive's backup differed from the backup
    it came from, and the time was no longer the one stored. ISO 8601 with microseconds
    reads back exactly on SQLite and PostgreSQL, and backups written with milliseconds
    still restore."""

    def default(self, o: Any) -> Any:
        if isinstance(o, dt.datetime):
            text = o.isoformat()
            return f"{text[:-6]}Z" if text.endswith("+00:00") else text
        if isinstance(o, dt.time) and o.utcoffset() is None:
            return o.isoformat()
        return super().default(o)


def _write_table(zf: zipfile.ZipFile, member: str, model: type[models.Model]
                 ) -> tuple[int, str]:
    """One table as a Django JSON fixture (byte columns left out); rows and SHA-256."""
    skip = binary_fields(model)
    queryset = model._base_manager.order_by("pk")
    fields = None
    if skip:
        queryset = queryset.defer(*skip)
        fields = [f.name for f in (*model._meta.concrete_fields, *model._meta.many_to_many)
                  if f.name not in skip and not f.primary_key]
    counter = _Counting(queryset.iterator(chunk_size=500))
    hasher = _HashingWriter(zf.open(member, "w"))
    with io.TextIOWrapper(io.BufferedWriter(hasher, CHUNK), encoding="utf-8") as text:
        serializers.serialize("json", counter, stream=text, indent=1, fields=fields,
                              use_natural_foreign_keys=True, cls=ExactJSONEncoder)
    return counter.count, hasher.hexdigest()


def _write_bytes(zf: zipfile.ZipFile, model: type[models.Model], report: BackupReport
                 ) -> Iterator[dict[str, Any]]:
    """``sources/PK`` for each row's bytes (originals), read one row at a time."""
    for name in binary_fields(model):
        prefix = bytes_prefix(model, name)
        ids = model._base_manager.exclude(**{f"{name}__isnull": True}) \
            .order_by("pk").values_list("pk", flat=True)
        for pk in ids.iterator():
            data = bytes(model._base_manager.values_list(name, flat=True).get(pk=pk))
            member = f"{prefix}{pk}"
            zf.writestr(member, data)
            report.files += 1
            report.bytes += len(data)
            yield {"member": member, "sha256": hashlib.sha256(data).hexdigest(),
                   "size": len(data)}


def _write_media(zf: zipfile.ZipFile, model: type[models.Model], report: BackupReport
                 ) -> Iterator[dict[str, Any]]:
    """``media/NAME`` for each stored file a row names; a file gone from the disk is
    reported (the row still goes in, as it is)."""
    for fld in file_fields(model):
        names = model._base_manager.exclude(**{fld.name: ""}).order_by("pk") \
            .values_list(fld.name, flat=True)
        for name in names.iterator():
            member = f"media/{name}"
            if member in zf.NameToInfo:
                continue  # two rows sharing one file
            try:
                with fld.storage.open(name, "rb") as source, zf.open(member, "w") as out:
                    digest, size = _copy(source, out)
            except OSError:
                report.missing.append(name)
                continue
            report.files += 1
            report.bytes += size
            yield {"member": member, "sha256": digest, "size": size}


# --------------------------------------------------------------------------- restore


def restore_backup(path: Path) -> BackupReport:
    """Load the backup at ``path`` into this (empty) archive, all or nothing."""
    shown = shown_name(str(path))
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise BackupError(f"{shown}: not a zip file (a motebok backup is one)") from None
    except OSError as exc:
        raise BackupError(f"{shown}: {_reason(exc)}") from None
    with zf:
        manifest = read_manifest(zf, shown)
        verify_members(zf, manifest, shown)
        refuse_unless_empty(shown)
        return _load(zf, manifest, shown)


def read_manifest(zf: zipfile.ZipFile, shown: str) -> dict[str, Any]:
    """The manifest, when this is a motebok backup this code can read."""
    try:
        manifest = json.loads(zf.read(MANIFEST))
    except KeyError:
        raise BackupError(f"{shown}: not a motebok backup (no {MANIFEST})") from None
    except (ValueError, zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
        raise BackupError(f"{shown}: {MANIFEST} is damaged ({_what(exc)})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{shown}: not a motebok backup ({MANIFEST} is another format)")
    version = manifest.get("version")
    if not isinstance(version, int) or version < 1:
        raise BackupError(f"{shown}: {MANIFEST} has no valid version")
    if version > VERSION:
        raise BackupError(f"{shown}: backup format version {version} is newer than this "
                          f"motebok reads ({VERSION}); restore it with a newer motebok")
    migrations = manifest.get("migrations")
    if not isinstance(migrations, dict) or \
            not all(isinstance(names, list) for names in migrations.values()):
        raise BackupError(f"{shown}: {MANIFEST} lists no migrations")
    unknown = _unknown_migrations(migrations)
    if unknown:
        raise BackupError(f"{shown}: made by a newer motebok (its database has migration "
                          f"{unknown} this one does not know); restore it with that version")
    if not isinstance(manifest.get("tables"), list) or \
            not isinstance(manifest.get("files"), list):
        raise BackupError(f"{shown}: {MANIFEST} lists no tables")
    return manifest


def _unknown_migrations(applied: dict[str, list[str]]) -> str | None:
    """The first migration the backup's database had that this code lacks, if any."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    installed = {config.label for config in apps.get_app_configs()}
    for app, names in sorted(applied.items()):
        for name in names:
            if (app, name) not in known and app in installed:
                return f"{app}.{name}"
    return None


def verify_members(zf: zipfile.ZipFile, manifest: dict[str, Any], shown: str) -> None:
    """Every listed member present and intact (zip CRC and the manifest's SHA-256),
    before the database is touched."""
    models_here = {m._meta.label_lower for m in backed_up_models()}
    for entry in [*manifest["tables"], *manifest["files"]]:
        member = entry.get("member") if isinstance(entry, dict) else None
        if not isinstance(member, str) or not _safe_member(member):
            raise BackupError(f"{shown}: {MANIFEST} lists a member that is not allowed: "
                              f"{member!r}")
        if "model" in entry and entry["model"] not in models_here:
            raise BackupError(f"{shown}: holds table {entry['model']}, which this motebok "
                              "does not have")
        try:
            with zf.open(member) as source:
                digest, _size = _copy(source, None)
        except KeyError:
            raise BackupError(f"{shown}: member {member} is missing") from None
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise BackupError(f"{shown}: member {member} is damaged ({_what(exc)})") from None
        if digest != entry.get("sha256"):
            raise BackupError(f"{shown}: member {member} is damaged (its SHA-256 differs "
                              "from the manifest's)")


def refuse_unless_empty(shown: str) -> None:
    """A restore adds rows with their own ids: it never goes into an archive in use."""
    held = [(m._meta.verbose_name_plural, n) for m in backed_up_models()
            if (n := m._base_manager.count())]
    if held:
        what = ", ".join(f"{n} {name}" for name, n in held[:3])
        raise BackupError(f"{shown}: the archive is not empty ({what}); restore only "
                          "into an empty archive (a new DATABASE_URL)")


def _load(zf: zipfile.ZipFile, manifest: dict[str, Any], shown: str) -> BackupReport:
    """Tables by ``loaddata``, bytes, files and the rebuilt index, in one transaction;
    on any failure the database is rolled back and the written files removed."""
    report = BackupReport()
    written: list[tuple[Any, str]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="motebok-restore-") as folder, \
                transaction.atomic():
            fixtures = []
            for number, entry in enumerate(manifest["tables"]):
                report.rows[entry["model"]] = int(entry.get("rows", 0))
                if not report.rows[entry["model"]]:
                    continue  # loaddata warns about a fixture without rows
                # loaddata reads the format from the name: no dots before ".json"
                target = Path(folder) / f"{number:03d}-{entry['model'].replace('.', '-')}.json"
                target.write_bytes(zf.read(entry["member"]))
                fixtures.append(str(target))
            if fixtures:
                call_command("loaddata", *fixtures, verbosity=0)
            members = {entry["member"] for entry in manifest["files"]}
            for model in backed_up_models():
                _restore_bytes(zf, model, members, report)
                _restore_media(zf, model, members, report, written)
            signals.archive_restored.send(sender=restore_backup)
    except BackupError:
        _remove(written)
        raise
    except (DatabaseError, MotebokError, OSError, ValueError, LookupError, zlib.error,
            zipfile.BadZipFile, serializers.base.DeserializationError) as exc:
        _remove(written)
        raise BackupError(f"{shown}: cannot be restored, nothing was changed "
                          f"({_without_fixture_path(_what(exc))})") from None
    except BaseException:
        _remove(written)
        raise
    return report


def _restore_bytes(zf: zipfile.ZipFile, model: type[models.Model], members: set[str],
                   report: BackupReport) -> None:
    """Put each row's bytes back from its ``sources/…`` member."""
    for name in binary_fields(model):
        start = bytes_prefix(model, name)
        for member in sorted(m for m in members if m.startswith(start)):
            data = zf.read(member)
            model._base_manager.filter(pk=member[len(start):]).update(**{name: data})
            report.files += 1
            report.bytes += len(data)


def _restore_media(zf: zipfile.ZipFile, model: type[models.Model], members: set[str],
                   report: BackupReport, written: list[tuple[Any, str]]) -> None:
    """Write each row's stored file back; a name the storage changes (a file of that
    name is already on the disk) is written into the row."""
    for fld in file_fields(model):
        rows = model._base_manager.exclude(**{fld.name: ""}).values_list("pk", fld.name)
        saved_as: dict[str, str] = {}  # rows sharing one file share it again
        for pk, name in rows:
            member = f"media/{name}"
            if member not in members:
                continue  # missing when the backup was made
            if member in saved_as:
                saved = saved_as[member]
            else:
                with zf.open(member) as source:
                    saved = saved_as[member] = fld.storage.save(name, File(source, name=name))
                written.append((fld.storage, saved))
                report.files += 1
                report.bytes += zf.getinfo(member).file_size
            if saved != name:
                model._base_manager.filter(pk=pk).update(**{fld.name: saved})


def _remove(written: list[tuple[Any, str]]) -> None:
    """Delete the files a failed restore wrote (its rows are rolled back)."""
    for storage, name in written:
        with contextlib.suppress(OSError):
            storage.delete(name)


# --------------------------------------------------------------------------- helpers


def _safe_member(member: str) -> bool:
    """A member name of the layout, never a path out of it."""
    parts = member.split("/")
    return parts[0] in {"tables", "sources", "media"} and ".." not in parts \
        and not member.startswith("/") and "\\" not in member


def _copy(source: IO[bytes], out: IO[bytes] | None) -> tuple[str, int]:
    """Copy in chunks (``out`` None: only read); the SHA-256 and size."""
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
        if out is not None:
            out.write(chunk)
    return digest.hexdigest(), size


class _Counting:
    """An iterator that counts what passes (rows serialized)."""

    def __init__(self, rows: Iterator[Any]) -> None:
        """Wrap ``rows``; ``count`` grows as they are read."""
        self.rows, self.count = rows, 0

    def __iter__(self) -> Iterator[Any]:
        """The rows, counted."""
        for row in self.rows:
            self.count += 1
            yield row


class _HashingWriter(io.RawIOBase):
    """A binary writer that hashes what it passes on (a table's SHA-256 in one pass)."""

    def __init__(self, out: IO[bytes]) -> None:
        """Write through to ``out`` (a zip member)."""
        super().__init__()
        self.out, self.digest = out, hashlib.sha256()

    def writable(self) -> bool:
        """A write-only stream (``io.BufferedWriter`` asks)."""
        return True

    def write(self, data: Any) -> int:
        """Hash and pass on; all of ``data`` is taken."""
        self.digest.update(data)
        self.out.write(data)
        return len(data)

    def close(self) -> None:
        """Close the zip member too: that writes its sizes and CRC."""
        if not self.closed:
            self.out.close()
        super().close()

    def hexdigest(self) -> str:
        """The SHA-256 of everything written, for the manifest."""
        return self.digest.hexdigest()


def _version() -> str:
    """motebok's version, written in the manifest for whoever reads the zip later."""
    from motebok import __version__

    return __version__


def _reason(exc: OSError) -> str:
    """An OS error as the end of a one-line message ("no such file or directory")."""
    return (exc.strerror or "cannot be written").lower()


def _without_fixture_path(text: str) -> str:
    """loaddata's "Problem installing fixture '/tmp/…/x.json': why" as just "why": the
    temporary file means nothing to the user, who was told which backup it is."""
    if text.startswith("Problem installing fixture '") and "': " in text:
        return text.split("': ", 1)[1]
    return text


def _what(exc: BaseException) -> str:
    """The first line of an exception (database errors run on for lines)."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
