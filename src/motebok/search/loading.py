"""Model instances for a page of hits, read in the page query itself.

A hit needs its meeting (with the body) and its agenda item. Fetching them with the ORM
took two more queries and most of a search's time in Python (query compilation and
model building for forty rows); instead the page query joins their tables, and this
module names the columns and turns each row back into model instances the way Django's
own compiler does (``from_db`` plus each field's database converters), so callers get
ordinary, fully loaded instances: no attribute access triggers a query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import Model, signals
from django.db.models.base import ModelState

from motebok.archive.models import AgendaItem, Meeting, Organization

Converter = Callable[[Any, Any, Any], Any]


@dataclass(frozen=True)
class ModelColumns:
    """Every concrete column of one model under a table alias, with their converters."""

    model: type[Model]
    alias: str
    names: tuple[str, ...]  # attnames, in ``concrete_fields`` order
    converters: tuple[tuple[int, Any, tuple[Converter, ...]], ...]
    #: Whether instances may be made without ``Model.__init__`` (``_make``).
    plain: bool = False

    @classmethod
    def of(cls, model: type[Model], alias: str) -> ModelColumns:
        """The columns of ``model`` read through the table alias ``alias``."""
        fields = model._meta.concrete_fields
        converters = []
        for index, field in enumerate(fields):
            column = field.get_col(alias)
            found = (connection.ops.get_db_converters(column)
                     + column.get_db_converters(connection))
            if found:
                converters.append((index, column, tuple(found)))
        plain = (model.__init__ is Model.__init__
                 and model.from_db.__func__ is Model.from_db.__func__
                 and not signals.pre_init.has_listeners(model)
                 and not signals.post_init.has_listeners(model))
        return cls(model, alias, tuple(f.attname for f in fields), tuple(converters), plain)

    def select(self) -> str:
        """The SQL select list for these columns."""
        quote = connection.ops.quote_name
        return ", ".join(f"{self.alias}.{quote(field.column)}"
                         for field in self.model._meta.concrete_fields)

    def build(self, values: Sequence[Any]) -> Model | None:
        """A model instance from this model's slice of a row (None for a missing row)."""
        if values[0] is None:  # primary key of an outer-joined row that is not there
            return None
        values = list(values)
        for index, column, converters in self.converters:
            value = values[index]
            if value is None:  # every converter keeps NULL as None
                continue
            for convert in converters:
                value = convert(value, column, connection)
            values[index] = value
        if self.plain:
            return self._make(values)
        return self.model.from_db(connection.alias, self.names, values)

    def _make(self, values: list[Any]) -> Model:
        """What ``from_db`` makes, without ``Model.__init__``: its values in the
        instance's ``__dict__`` and a saved instance's state.

        ``__init__`` sets each of the fields one by one, through the descriptors of the
        foreign keys: a page builds some fifty instances (the meeting alone has thirty
        fields), which was a tenth of a search's time in Python. Only for a model that
        keeps Django's own ``__init__`` and ``from_db`` and has no ``pre_init`` or
        ``post_init`` receivers (``plain``), where both ways give the same instance.
        """
        instance = self.model.__new__(self.model)
        instance.__dict__.update(zip(self.names, values, strict=True))
        state = instance._state = ModelState()
        state.adding = False
        state.db = connection.alias
        return instance


class HitLoader:
    """The meeting, body and item columns of a page query and the instances they make."""

    def __init__(self) -> None:
        self.meeting = ModelColumns.of(Meeting, "m")
        self.body = ModelColumns.of(Organization, "b")
        self.item = ModelColumns.of(AgendaItem, "i")

    def select(self) -> str:
        """Select list (meeting, body, item) for a query joining m, b and i."""
        return ", ".join(part.select() for part in (self.meeting, self.body, self.item))

    def joins(self, entry_alias: str) -> str:
        """The joins from the entry table alias to the meeting, its body and the item."""
        quote = connection.ops.quote_name
        meeting_table = quote(Meeting._meta.db_table)
        body_table = quote(Organization._meta.db_table)
        item_table = quote(AgendaItem._meta.db_table)
        return (f"JOIN {meeting_table} m ON m.id = {entry_alias}.meeting_id "
                f"LEFT JOIN {body_table} b ON b.id = m.body_id "
                f"LEFT JOIN {item_table} i ON i.id = {entry_alias}.item_id")

    def width(self) -> int:
        """How many columns ``select`` yields."""
        return len(self.meeting.names) + len(self.body.names) + len(self.item.names)

    def build_all(self, rows: Sequence[Sequence[Any]]) -> list[tuple[Meeting, AgendaItem | None]]:
        """The meeting (body cached on it) and item (meeting cached on it) of each row.

        Hits of one page often share a meeting or a body; each is built once, so the
        hits share the instance, as with ``select_related`` on one queryset.
        """
        first = len(self.meeting.names)
        second = first + len(self.body.names)
        meetings: dict[Any, Meeting] = {}
        bodies: dict[Any, Organization | None] = {}
        body_field = Meeting._meta.get_field("body")
        meeting_field = AgendaItem._meta.get_field("meeting")
        found = []
        for values in rows:
            meeting = meetings.get(values[0])
            if meeting is None:
                body_id = values[first]
                if body_id not in bodies:
                    bodies[body_id] = self.body.build(values[first:second])
                meeting = meetings[values[0]] = self.meeting.build(values[:first])
                body_field.set_cached_value(meeting, bodies[body_id])
            item = self.item.build(values[second:])
            if item is not None:
                meeting_field.set_cached_value(item, meeting)
            found.append((meeting, item))
        return found


def hit_loader() -> HitLoader:
    """The ``HitLoader`` of the current database connection (made once per connection:
    finding every field's converters costs as much as building a page of hits)."""
    loader = getattr(connection, "_motebok_hit_loader", None)
    if loader is None:
        loader = HitLoader()
        connection._motebok_hit_loader = loader
    return loader
