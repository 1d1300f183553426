"""Multi-row INSERTs in plain SQL for the importer's hot path, and cheap model instances.

Why: an import stores a dozen small groups of rows per document (the meeting,
participants, items, decisions, actions …). Through the ORM each group costs far more
CPU to *build* (field preparation, SQL compilation, instance set-up) than the database
takes to run it: that was about 15 ms per document, against about 1 ms of SQL. Here a
``Table`` works out once per run which columns a model has, how each value is adapted
for the database and what the defaults are; after that one group of rows is one
``INSERT … VALUES (…), (…) RETURNING id`` (on SQLite without ``RETURNING``: the ids
follow from the last one, ``inserted_ids``), and on PostgreSQL the groups that do not
depend on each other share one statement (``insert_together``): a handful of round
trips per document, whatever its length.

The rows written are exactly what ``Model.objects.bulk_create`` would write: every
concrete column, model defaults for the ones not given, ``auto_now``/``auto_now_add``
timestamps, values adapted by the connection's own ``adapt_*`` operations (JSON through
the field itself). Model ``save()`` methods and ``pre_save``/``post_save`` signals do not
run — the same as ``bulk_create`` — so callers fill fields a ``save()`` would derive,
and call ``announce_created`` for single rows that ``objects.create`` used to write.

The instances handed back are built the way unpickling builds them (``__new__`` and the
field values, no ``__init__``): complete rows, as if just loaded, at a fraction of the
cost; related objects given by field name are cached on them, so reading the relation
makes no query.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import itertools
import operator
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from threading import get_ident
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.sqlite3.base import FORMAT_QMARK_REGEX
from django.db.models.base import ModelState
from django.db.models.signals import post_save
from django.utils import timezone

Adapter = Callable[[Any], Any]
#: Fields whose adapter gives None for None on every backend (Django's ``adapt_*field_value``
#: operations all start so), so a None value is sent without calling it: a meeting row
#: has half a dozen empty dates and times. Not JSON: its None may be stored as JSON null.
NULL_KEPT = (models.DateField, models.TimeField)
#: Fields whose value objects ``Table.pending`` adapts once per call, by identity: every
#: such column has the same adapter (``adapt_datetimefield_value``, a pure function of
#: the value), and one object often fills several columns (the timestamps, a meeting's
#: "now" as approval and publication time).
ADAPTED_ONCE = (models.DateTimeField,)


def bind_plainly() -> None:
    """Let Python's ``sqlite3`` bind None, booleans and bytes without its adaptation
    protocol.

    Why: the driver binds only exact ``int``, ``float``, ``str`` and ``bytearray`` values
    directly; any other value (None, a bool, bytes) first goes through its adaptation
    protocol, which finds no adapter and then raises and clears two ``AttributeError``s
    (``__adapt__``, ``__conform__``) before binding the value as it is. That cost about
    4,000 instructions a value, some 200,000 per stored file (an imported file's rows
    send some fifty empty columns): about 1.6 % of storing it. An adapter registered
    for the type is found at once. The values bound are the same: None is still NULL
    (the driver binds an adapted None as NULL), a bool its 0 or 1, which is what the
    driver makes of a bool itself (an ``int`` subclass), and bytes the same blob (a
    stored file's content: ``bytes(b)`` gives ``b`` back); the Django backend registers
    its date and time adapters the same way, for the whole process.
    """
    sqlite3.register_adapter(type(None), {}.get)  # a C-level call that gives None back
    sqlite3.register_adapter(bool, int)
    sqlite3.register_adapter(bytes, bytes)  # ``bytes(b)`` is ``b`` itself: no copy


bind_plainly()


def _adapter(field: models.Field, connection: BaseDatabaseWrapper) -> Adapter | None:
    """How a Python value of ``field`` becomes a query parameter (None: as it is).

    Only the types whose database form differs need one; text, numbers, booleans,
    bytes and foreign keys go to the driver unchanged, as the ORM sends them.
    A date, time or datetime None stays None on every backend (``NULL_KEPT``).
    """
    ops = connection.ops
    if isinstance(field, models.DateTimeField):
        if connection.vendor == "sqlite":
            return functools.partial(_sqlite_datetime, connection)
        return ops.adapt_datetimefield_value
    if isinstance(field, models.DateField):
        return ops.adapt_datefield_value
    if isinstance(field, models.TimeField):
        return ops.adapt_timefield_value
    if isinstance(field, models.JSONField):
        if connection.vendor == "sqlite" and field.encoder is None:
            return functools.partial(_sqlite_json, field, connection)
        return lambda value: field.get_db_prep_save(value, connection)
    return None


def _sqlite_json(field: models.JSONField, connection: BaseDatabaseWrapper, value: Any) -> Any:
    """``field.get_db_prep_save(value, connection)`` on SQLite, with an empty list given
    its text directly: what Django's steps make of it (``json.dumps([])``, a field
    without an encoder of its own).

    Why: an import writes a stored file's and a meeting's ``warnings`` (and a new
    organisation's ``aliases``), nearly always empty, and Django's way there costs some
    29,000 instructions a value: ``hasattr(value, "as_sql")`` formats an
    ``AttributeError`` for a list, and ``json.dumps`` sets up an encoder for each call.
    Any other value goes through Django's steps as before.
    """
    if type(value) is list and not value:
        return "[]"
    return field.get_db_prep_save(value, connection)


def _sqlite_datetime(connection: BaseDatabaseWrapper, value: Any) -> Any:
    """Django's SQLite ``adapt_datetimefield_value``, with the usual case done directly: a
    datetime in UTC (what ``timezone.now()`` gives) for a connection whose time zone is
    UTC (``USE_TZ`` on, no ``TIME_ZONE`` of its own) is its naive UTC text.

    Why: Django's adapter asks ``is_aware`` (a ``utcoffset`` call), reads
    ``settings.USE_TZ`` through the lazy settings object and converts the value with
    ``astimezone`` before ``str``: some 29,000 instructions, for about four timestamps a
    stored file (a meeting's, its source file's, a new person's or body's). For that
    case Django's steps give exactly ``str(value.replace(tzinfo=None))`` (``astimezone``
    of a UTC value into UTC is the value itself); anything else goes to Django's.
    ``connection.timezone`` is UTC only while ``USE_TZ`` is on (Django forgets it when
    either setting changes).
    """
    if (type(value) is dt.datetime and value.tzinfo is dt.UTC
            and connection.timezone is dt.UTC):
        return str(value.replace(tzinfo=None))
    return connection.ops.adapt_datetimefield_value(value)


#: ``settings.DEBUG`` as last read (None: read it again), for ``queries_logged``.
_DEBUG: list[bool | None] = [None]


def _forget_debug(*, setting: str, **kwargs: Any) -> None:
    """Read ``settings.DEBUG`` again after a test changed it (``override_settings``)."""
    if setting == "DEBUG":
        _DEBUG[0] = None


setting_changed.connect(_forget_debug)


def queries_logged(connection: BaseDatabaseWrapper) -> bool:
    """``connection.queries_logged`` with ``settings.DEBUG`` read once, not per statement.

    Why: Django's property reads the setting through its lazy settings object every
    time (some 4,400 instructions: a Python-level ``__getattribute__``), and ``run``
    asks for every statement, about a dozen per imported file. The setting does not
    change while a process runs, except in tests, which announce it (``setting_changed``).
    """
    if connection.force_debug_cursor:
        return True
    debug = _DEBUG[0]
    if debug is None:
        debug = _DEBUG[0] = bool(settings.DEBUG)
    return debug


#: (thread id, that thread's default connection) while ``pinned_connection`` lasts.
_PINNED: list[tuple[int, BaseDatabaseWrapper] | None] = [None]


@contextmanager
def pinned_connection() -> Iterator[BaseDatabaseWrapper]:
    """Hold the default database's connection for this thread while the block runs, so
    ``default_connection`` hands it over without looking it up.

    Why: ``connections["default"]`` is a context-aware thread-local (asgiref's
    ``Local``): each look-up formats an ``AttributeError`` in C before ``__getattr__``
    finds the connection, and asks asyncio for a running loop (some 12,000
    instructions). An import run's store looked it up about a dozen times per file
    (every statement of ``run`` without a connection, every ``insert_together``, the
    search index's backend): about 1.4 % of storing a file. A thread's default
    connection stays the same object while it lives (closing it keeps the wrapper),
    and another thread still gets its own (the pin is kept with its thread's id).
    """
    previous = _PINNED[0]
    connection = connections[DEFAULT_DB_ALIAS]
    _PINNED[0] = (get_ident(), connection)
    try:
        yield connection
    finally:
        _PINNED[0] = previous


def default_connection() -> BaseDatabaseWrapper:
    """The default database's connection: the pinned one (``pinned_connection``) when
    this thread holds one, else looked up."""
    pinned = _PINNED[0]
    if pinned is not None and pinned[0] == get_ident():
        return pinned[1]
    return connections[DEFAULT_DB_ALIAS]


def run(sql: str, params: Sequence[Any] = (), *, many: bool = False,
        connection: BaseDatabaseWrapper | None = None, last_id: bool = False) -> Any:
    """Run one statement (``%s`` placeholders) on the default database; its rows, if any.

    Why: Django's cursor wrapper costs about 25 µs a statement, and on SQLite a regular
    expression over the whole text to turn ``%s`` into ``?`` — more than SQLite takes for
    a small INSERT, at a dozen statements per imported document. When nobody watches
    the queries (no debug cursor: ``assertNumQueries`` and ``CaptureQueriesContext``
    turn it on; no ``execute_wrapper``) the statement goes to the driver's connection
    directly, with what the wrapper checks kept: no query after an error in an atomic
    block, and the driver's errors raised as Django's (``IntegrityError`` …). Otherwise
    it goes through the ordinary cursor, so tests see every query.

    ``many``: ``params`` is a list of parameter rows (``executemany``). ``connection``:
    the default database's connection when the caller has it at hand already (the
    tables' INSERTs), since looking it up costs some 12,000 instructions (a context-aware
    thread-local), and an imported file's store looked it up about 20 times.
    ``last_id``: give the statement's last inserted row id (``cursor.lastrowid``) instead
    of its rows (see ``inserted_ids``).
    """
    if connection is None:
        connection = default_connection()
    raw = connection.connection
    if raw is None or connection.execute_wrappers or queries_logged(connection):
        with connection.cursor() as cursor:
            return _execute(cursor, sql, params, many, last_id)
    if connection.needs_rollback:  # (what Django checks, called only when it fails)
        connection.validate_no_broken_transaction()
    sqlite = connection.vendor == "sqlite"
    try:
        cursor = raw.cursor() if sqlite else _server_binding_cursor(raw)
        try:
            return _execute(cursor, _qmark(sql) if sqlite else sql, params, many, last_id)
        finally:
            cursor.close()
    except connection.Database.Error:
        # The driver's error raised as Django's (``IntegrityError`` …), as the cursor
        # wrapper does, entered only when there is one: around every statement its
        # ``__enter__`` and ``__exit__`` are two Python calls more, for about five
        # statements a stored file.
        with connection.wrap_database_errors:
            raise


def _execute(cursor: Any, sql: str, params: Sequence[Any], many: bool, last_id: bool) -> Any:
    """Run the statement on ``cursor`` as ``run`` was asked, and give what ``run`` gives:
    the last inserted row id (``last_id``), else its rows (none for a statement without
    any). One function for Django's cursor and the driver's, so the two ways ``run``
    takes give the same answer."""
    if many:
        cursor.executemany(sql, params)
    else:
        cursor.execute(sql, params)
    if last_id:
        return cursor.lastrowid
    return cursor.fetchall() if cursor.description else []


def inserted_ids(sql: str, params: Sequence[Any], rows: int,
                 connection: BaseDatabaseWrapper | None = None) -> list[int]:
    """Run a multi-row ``INSERT … VALUES`` of ``rows`` rows on SQLite (without
    ``RETURNING``) and give the new rows' ids in VALUES order.

    Why: SQLite runs a ``RETURNING`` statement whole at its first step, keeps every
    returned row in memory and hands them out one by one, and the driver builds a
    tuple for each: about a fifth of a small multi-row INSERT's cost, on some ten
    INSERTs per imported file. Without it the ids are known all the same: SQLite gives
    a row without an id of its own the table's largest id (for ``AUTOINCREMENT``, the
    largest it ever gave) plus one, so one statement's rows get consecutive ids in
    VALUES order, ending at ``last_insert_rowid()`` — nothing else can insert into the
    table while the statement runs, and no trigger of the archive's or the index's
    tables inserts into its own table. A table at the largest possible id makes SQLite
    fail the INSERT (``AUTOINCREMENT``) or pick ids at random (without it); no table
    here comes near it.
    """
    last = run(sql, params, connection=connection, last_id=True)
    return list(range(last - rows + 1, last + 1))


def _server_binding_cursor(raw: Any) -> Any:
    """A psycopg cursor that sends the parameters apart from the statement.

    Django's default cursor binds them into the SQL text on the client, which means
    quoting every value — the whole source file as a bytea literal, thousands of
    entry words — in Python for each statement; the server converts them the same
    way from either form. (``bulk.run``'s statements are plain INSERTs and SELECTs by
    id, which server-side binding handles like client-side.)
    """
    import psycopg

    return psycopg.Cursor(raw)


@functools.lru_cache(maxsize=1024)
def _qmark(sql: str) -> str:
    """A statement's SQLite form, as Django's SQLite cursor makes it (``%s`` → ``?``),
    kept: the importer sends the same few dozen statements again and again.

    A text without "%%" (the importer's INSERTs and look-ups) is the same with every
    "%s" replaced: Django's pattern skips only a "%s" that follows a "%". Why: its
    regular expression costs some 370 instructions a character, and a batch's
    multi-row INSERTs are up to 4,700 characters, each new row count a new text (some
    65 in 300 stored files: about 90,000 instructions a file).
    """
    if "%%" not in sql:
        return sql.replace("%s", "?")
    return FORMAT_QMARK_REGEX.sub("?", sql).replace("%%", "%")


def _plain(value: Any) -> Any:
    """A choices enum member as its value (what the database stores)."""
    return value.value if isinstance(value, enum.Enum) else value


class Table:
    """Inserts rows of one model with one statement per call (per batch of parameters)."""

    def __init__(self, model: type[models.Model]) -> None:
        meta = model._meta
        self.model = model
        self.fields = [f for f in meta.concrete_fields if not f.primary_key]
        self.pk_attname = meta.pk.attname
        #: field name of a foreign key → its column attribute ("person" → "person_id")
        self.relations = {f.name: f.attname for f in self.fields if f.is_relation}
        self.stamped = [f.attname for f in self.fields
                        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
        #: columns whose default is made per row (``default=list``): never shared
        self.fresh = [f for f in self.fields if f.has_default() and callable(f.default)]
        #: (attribute name, the callable making its default) of ``fresh``: what
        #: ``Field.get_default`` calls, without its layers, a dozen rows per document
        self.makers = [(f.attname, f.default) for f in self.fresh]
        #: foreign key's field name → (its column attribute, the primary key attribute of
        #: the model it points to): the key read off the instance directly, not through
        #: ``Model.pk`` (a property and a method call, some 80 times per document)
        self.keys = {f.name: (f.attname, f.related_model._meta.pk.attname)
                     for f in self.fields if f.is_relation}
        #: ``keys`` as flat (name, column attribute, primary key attribute) triples
        self.key_items = [(name, *found) for name, found in self.keys.items()]
        #: ``Field.get_default`` decides the rest, as for ``Model()``: the declared
        #: default, else None for nullable and non-text columns and "" for text. Every
        #: other column, one without a declared default too: ``pending``'s count rests
        #: on it (``static``, ``stamped`` and ``fresh`` are all the columns).
        self.static = {f.attname: _plain(f.get_default()) for f in self.fields
                       if f not in self.fresh and f.attname not in self.stamped}
        self.values_of = operator.itemgetter(*(f.attname for f in self.fields))
        #: what a row may name: attribute names, and foreign keys by field name
        self.known = {f.attname for f in self.fields} | set(self.relations)
        self._vendor: str | None = None
        self._sql = ""
        #: ``_sql`` with the primary key column first (``execute(numbered=True)``)
        self._numbered_sql = ""
        self._statements: dict[int | tuple[int, str], str] = {}
        #: (column index, adapter, whether None stays None: ``NULL_KEPT``, whether one
        #: value object is adapted once per call: ``ADAPTED_ONCE``)
        self._adapted: list[tuple[int, Adapter, bool, bool]] = []

    def _prepare(self, connection: BaseDatabaseWrapper) -> None:
        """Column list and adapters for the connection's database (once per run)."""
        if self._vendor == connection.vendor:
            return
        quote = connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in self.fields)
        self._sql = f"INSERT INTO {quote(self.model._meta.db_table)} ({columns}) VALUES "
        self._numbered_sql = (f"INSERT INTO {quote(self.model._meta.db_table)} "
                              f"({quote(self.model._meta.pk.column)}, {columns}) VALUES ")
        self._statements = {}
        self._adapted = [(n, adapt, isinstance(f, NULL_KEPT), isinstance(f, ADAPTED_ONCE))
                         for n, f in enumerate(self.fields)
                         if (adapt := _adapter(f, connection)) is not None]
        self._vendor = connection.vendor

    def insert(self, rows: Sequence[dict[str, Any]]) -> list[models.Model]:
        """Insert ``rows`` (attribute or field name → Python value) and return them as
        saved instances, in order, primary keys set.

        A foreign key may be given by field name with an instance (``"person": p``):
        its id is stored and the instance cached on the new row. Columns not given get
        the model's default; ``auto_now``/``auto_now_add`` columns get the time now.
        """
        if not rows:  # (most files bring no new name and no merge suggestion)
            return []
        # (``insert_together`` of one table, without its lists and dicts for several:
        # a stored file's source row and meeting come this way, and its new names)
        connection = default_connection()
        pending = self.pending(connection, rows)
        return self.instances(pending, self.execute(connection, pending.params),
                              connection.alias)

    def pending(self, connection: BaseDatabaseWrapper,
                rows: Sequence[dict[str, Any]]) -> Pending:
        """``rows`` completed with defaults and turned into query parameters.

        A datetime object is adapted once per call however many columns and rows hold
        it (``ADAPTED_ONCE``): the timestamps are one value per call, and a meeting's
        ``approved_at`` and ``published_at`` are one "now" too; Django's SQLite adapter
        of an aware datetime costs some 29,000 instructions. The time is read only for
        a table with timestamps (``timezone.now()`` reads a setting through Django's
        lazy settings: some 7,000 instructions, for every call). One loop with
        everything it reads bound first: it runs for every row an import writes (some
        45 per generated document), and the calls and attribute reads it saves were
        about a third of its time.

        A row naming a column the table lacks is refused (``TypeError``). That is known
        from the completed values' count, not by comparing each row's names with the
        table's (some 1,500 instructions a row): they hold every column already (the
        defaults, the timestamps, the made defaults), foreign keys given by field name
        are replaced by their columns, so only an unknown name makes one more. "Every
        column" is the rule the count rests on, a column without a declared default
        included (``static`` holds ``Field.get_default``'s None or "" for it): were one
        left out, a row leaving it out and misspelling another would count right and
        fail later as a ``KeyError``.
        """
        self._prepare(connection)
        defaults = dict(self.static)
        if self.stamped:
            now = timezone.now()
            for name in self.stamped:
                defaults[name] = now
        #: id of a datetime object → its adapted form (the objects live while the call does)
        adapted_once: dict[int, Any] = {}
        keys = self.key_items
        makers = self.makers
        known = self.known
        width = len(self.fields)
        values_of = self.values_of
        adapted = self._adapted
        done = Pending(self)
        add_values, add_related, add_params = (done.values.append, done.related.append,
                                               done.params.append)
        for row in rows:
            values = {**defaults, **row}
            for attname, make in makers:
                if attname not in row:
                    values[attname] = make()
            cached = {}
            for name, attname, pk in keys:
                if name in values:
                    obj = cached[name] = values.pop(name)
                    values[attname] = getattr(obj, pk) if obj is not None else None
            if len(values) != width:  # a misspelt column must not vanish quietly
                raise TypeError(f"{self.model.__name__} has no column "
                                f"{', '.join(sorted(row.keys() - known))}")
            params = list(values_of(values))
            for n, adapt, null_kept, once in adapted:
                value = params[n]
                if value is None and null_kept:
                    continue
                if once:
                    key = id(value)
                    if key not in adapted_once:
                        adapted_once[key] = adapt(value)
                    params[n] = adapted_once[key]
                else:
                    params[n] = adapt(value)
            add_values(values)
            add_related(cached)
            add_params(params)
        return done

    def instances(self, pending: Pending, pks: list[int], db: str) -> list[models.Model]:
        """The inserted rows as saved instances, given their new primary keys in order.

        Built without ``Model.__init__``, the way unpickling builds them: ``__new__``, the
        complete attribute values (every concrete field's, else reading a missing one
        would query it as a deferred field), and a ``ModelState`` whose fields cache
        holds the related objects given by field name.
        """
        model, pk_attname = self.model, self.pk_attname
        new, new_state = model.__new__, ModelState.__new__
        made = []
        for values, cached, pk in zip(pending.values, pending.related, pks, strict=True):
            state = new_state(ModelState)
            state.__dict__ = {"adding": False, "db": db, "fields_cache": cached}
            values[pk_attname] = pk
            values["_state"] = state
            obj = new(model)
            obj.__dict__ = values  # the row's own dict: ``pending`` made it for this row
            made.append(obj)
        return made

    def returning(self, connection: BaseDatabaseWrapper) -> str:
        """The primary key column, quoted, for ``RETURNING``."""
        return connection.ops.quote_name(self.model._meta.pk.column)

    def statement(self, connection: BaseDatabaseWrapper, rows: int,
                  returning: bool = True, numbered: bool = False) -> str:
        """``INSERT … VALUES`` with placeholders for ``rows`` rows, ``RETURNING`` the ids
        unless ``returning`` is false; with ``numbered`` each row starts with its id
        (``hold_numbered``) and nothing is returned (kept per row count: documents
        repeat the same few sizes)."""
        self._prepare(connection)
        key: int | tuple[int, str] = (rows, "numbered") if numbered else (
            rows if returning else -rows)
        found = self._statements.get(key)
        if found is None:
            width = len(self.fields) + numbered
            marks = "(" + ", ".join(["%s"] * width) + ")"
            found = f"{self._numbered_sql if numbered else self._sql}{', '.join([marks] * rows)}"
            if returning and not numbered:
                found += f" RETURNING {self.returning(connection)}"
            self._statements[key] = found
        return found

    def next_id(self, connection: BaseDatabaseWrapper) -> int:
        """The id SQLite gives the table's next row without an id of its own: one more
        than the largest it ever gave (``AUTOINCREMENT``, which Django's SQLite tables
        have: ``sqlite_sequence``) or than the largest there is, whichever is larger."""
        self._prepare(connection)
        name = self.model._meta.db_table
        quote = connection.ops.quote_name
        rows = run("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = %s), 0), "
                   f"coalesce((SELECT max({quote(self.model._meta.pk.column)}) "
                   f"FROM {quote(name)}), 0))", [name], connection=connection)
        return rows[0][0] + 1

    def execute(self, connection: BaseDatabaseWrapper, rows: list[list[Any]],
                numbered: bool = False) -> list[int]:
        """Run the INSERTs (batched under the driver's parameter limit); new ids in order.

        ``numbered``: each row's parameters start with its id (``hold_numbered``), which
        is given back; SQLite only."""
        features = connection.features
        pks: list[int] = []
        if numbered:
            per_batch = len(rows)
            if features.max_query_params:
                per_batch = max(1, features.max_query_params // (len(self.fields) + 1))
            for start in range(0, len(rows), per_batch):
                batch = rows[start:start + per_batch]
                run(self.statement(connection, len(batch), numbered=True),
                    list(itertools.chain.from_iterable(batch)), connection=connection)
                pks += [row[0] for row in batch]
            return pks
        if not features.can_return_rows_from_bulk_insert:  # SQLite before 3.35
            with connection.cursor() as cursor:
                for row in rows:
                    cursor.execute(self._sql + "(" + ", ".join(["%s"] * len(row)) + ")", row)
                    pks.append(cursor.lastrowid)
            return pks
        per_batch = len(rows)
        if features.max_query_params:
            per_batch = max(1, features.max_query_params // len(self.fields))
        sqlite = connection.vendor == "sqlite"
        for start in range(0, len(rows), per_batch):
            batch = rows[start:start + per_batch]
            # (flattened in C: some 450 values a document)
            params = list(itertools.chain.from_iterable(batch))
            if sqlite:  # the ids without ``RETURNING`` (``inserted_ids``)
                pks += inserted_ids(self.statement(connection, len(batch), returning=False),
                                    params, len(batch), connection)
                continue
            found = run(self.statement(connection, len(batch)), params, connection=connection)
            # Ids come from one sequence in VALUES order; sorting makes that
            # independent of the order RETURNING happens to list them in.
            pks += sorted([row[0] for row in found])
        return pks


@dataclasses.dataclass
class Pending:
    """Rows of one table on their way in: complete values, related objects, parameters."""

    table: Table
    values: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    related: list[dict[str, models.Model]] = dataclasses.field(default_factory=list)
    params: list[list[Any]] = dataclasses.field(default_factory=list)


#: At most this many parameters go into one combined statement (PostgreSQL's server-side
#: binding stops at 65535).
MAX_COMBINED_PARAMS = 30000


def insert_together(*groups: tuple[type[models.Model], Sequence[dict[str, Any]]]
                    ) -> list[list[models.Model]]:
    """Rows of several tables that do not depend on each other, as instances per table.

    On PostgreSQL they go in with *one* statement (a data-modifying ``WITH`` per table):
    one round trip instead of one per table. Elsewhere each table is one statement
    (SQLite runs in-process; a round trip costs nothing there).
    """
    # The real connection, looked up once: each attribute read through the
    # ``django.db.connection`` proxy costs a thread-local lookup.
    connection = default_connection()
    pending = [table(model).pending(connection, rows) for model, rows in groups]
    live = [p for p in pending if p.params]
    width = sum(len(p.params) * len(p.table.fields) for p in live)
    if len(live) > 1 and connection.vendor == "postgresql" and width <= MAX_COMBINED_PARAMS:
        pks = _execute_together(connection, live)
    else:
        pks = [p.table.execute(connection, p.params) for p in live]
    by_group = dict(zip(map(id, live), pks, strict=True))
    return [p.table.instances(p, by_group.get(id(p), []), connection.alias) for p in pending]


def hold(model: type[models.Model], rows: Sequence[dict[str, Any]],
         held: dict[Any, Any]) -> list[models.Model]:
    """``insert``'s instances of ``rows``, but the rows wait in ``held`` for
    ``write_held``: instances without their ids (None), which nothing asks for before
    the transaction commits.

    Why: for the rows of a table no other row points to while a batch is open
    (participants, decisions, actions), one multi-row INSERT per table and batch of
    files costs less than one per file: each statement has its own set-up in the
    driver and in SQLite (a statement journal, a program to start), some three dozen
    microseconds for a file's few rows. They get the same ids as written one by one:
    the rows go in file by file in the order held, and nothing else writes these
    tables meanwhile.
    """
    connection = default_connection()
    found = table(model)
    pending = found.pending(connection, rows)
    if pending.params:
        held.setdefault(model, []).extend(pending.params)
    return found.instances(pending, [None] * len(pending.params), connection.alias)


@dataclasses.dataclass
class Numbered:
    """Rows of one table that ``hold_numbered`` keeps, each parameter list starting
    with the id it was given, and the id the next row gets."""

    next_id: int
    rows: list[list[Any]] = dataclasses.field(default_factory=list)


def hold_numbered(model: type[models.Model], rows: Sequence[dict[str, Any]],
                  held: dict[Any, Any]) -> list[models.Model]:
    """``insert``'s instances of ``rows`` with the ids SQLite would give them, but the
    rows wait in ``held`` for ``write_held``, which writes them with those ids.

    Why: ``hold`` is for rows no other row points to while a batch is open; a batch's
    agenda items and memberships are pointed to (decisions, actions and search entries
    name their item; a later file's role upgrade names a membership), so their ids are
    needed at once. On SQLite they are known without writing the rows: a batch's
    transaction holds the database's write lock from its start (``BEGIN IMMEDIATE``),
    so nothing but the batch writes the table until it commits, and the ids go on from
    the table's next one (``Table.next_id``, read once per table and batch) in the
    order the rows are held, which is the order they were written one file at a time.
    One INSERT per table and batch then replaces one per file. Nothing may read these
    rows back from the database before the commit (the importer does not; ``_Written``
    primes its relations); a held row changed meanwhile is changed in ``held``
    (``update_held``).
    """
    connection = default_connection()
    found = table(model)
    pending = found.pending(connection, rows)
    if not pending.params:
        return []
    waiting = held.get(key := (Numbered, model))
    if waiting is None:
        waiting = held[key] = Numbered(found.next_id(connection))
    pks = list(range(waiting.next_id, waiting.next_id + len(pending.params)))
    waiting.next_id += len(pks)
    waiting.rows.extend([pk, *params] for pk, params in zip(pks, pending.params, strict=True))
    return found.instances(pending, pks, connection.alias)


def update_held(held: dict[Any, Any], model: type[models.Model], pk: int,
                values: dict[str, Any]) -> bool:
    """Give a row ``hold_numbered`` keeps new column values (attribute name → a value
    stored as it is, without an adapter); False when ``held`` has no row ``pk`` of
    ``model`` (it is in the database, or nowhere)."""
    waiting = held.get((Numbered, model))
    if waiting is None:
        return False
    columns = [f.attname for f in table(model).fields]
    for row in waiting.rows:
        if row[0] == pk:
            for name, value in values.items():
                row[1 + columns.index(name)] = value
            return True
    return False


def write_held(held: dict[Any, Any]) -> None:
    """Write the rows ``hold`` and ``hold_numbered`` kept (each table's in one statement
    or a few, under the driver's parameter limit, in the order they were first held),
    and empty ``held``."""
    if not held:
        return
    connection = default_connection()
    for key, waiting in held.items():
        if isinstance(waiting, Numbered):
            table(key[1]).execute(connection, waiting.rows, numbered=True)
        else:
            table(key).execute(connection, waiting)
    held.clear()


def _execute_together(connection: BaseDatabaseWrapper, live: list[Pending]) -> list[list[int]]:
    """One ``WITH g0 AS (INSERT …), g1 AS (INSERT …) SELECT …`` for several tables.

    Each sub-statement returns its ids; they come back tagged with their group and
    sorted within it (ids of one sequence grow in VALUES order).
    """
    parts, selects, params = [], [], []
    for n, p in enumerate(live):
        parts.append(f"g{n} AS ({p.table.statement(connection, len(p.params))})")
        selects.append(f"SELECT {n}, {p.table.returning(connection)} FROM g{n}")
        params += itertools.chain.from_iterable(p.params)
    found: list[list[int]] = [[] for _ in live]
    for group, pk in run(f"WITH {', '.join(parts)} {' UNION ALL '.join(selects)}", params,
                         connection=connection):
        found[group].append(pk)
    return [sorted(pks) for pks in found]


def announce_created(obj: models.Model) -> None:
    """Send ``post_save`` (created) for a row ``insert`` wrote, as ``objects.create`` did.

    For the few single rows (a meeting, its source file, a new organisation) whose
    creation listeners may watch; no listener acts on it today, so it costs microseconds.
    """
    post_save.send(sender=type(obj), instance=obj, created=True, update_fields=None,
                   raw=False, using=obj._state.db)


_TABLES: dict[type[models.Model], Table] = {}


def table(model: type[models.Model]) -> Table:
    """The shared ``Table`` of a model (its set-up is worth keeping for the process)."""
    found = _TABLES.get(model)
    if found is None:
        found = _TABLES[model] = Table(model)
    return found


def insert(model: type[models.Model], rows: Iterable[dict[str, Any]]) -> list[models.Model]:
    """``table(model).insert(rows)``: rows of ``model`` in one statement, as instances."""
    return table(model).insert(list(rows))
