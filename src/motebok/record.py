"""The minutes record: spec v1 of ``shared/spec/minutes-json.md`` as dataclasses.

Every stage after the extractor speaks this form: the archive stores it, ``export``
prints it, ``import`` takes it back. ``to_dict``/``from_dict`` are exact inverses for
every key of the spec, so parse → import → export round-trips; so is motebok's one
extra item key, ``exemption`` (an item closed to the public), written only when set.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from motebok.vocab import Attendance, DocumentKind, ParticipantRole

SCHEMA_VERSION = 1


@dataclass
class Source:
    """The file a record was read from."""

    filename: str | None = None
    sha256: str | None = None
    format: str | None = None


@dataclass
class Meeting:
    """When and where the meeting took place (ISO date, HH:MM times)."""

    date: str | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None


@dataclass
class NextMeeting:
    """The next meeting of the same body, when the document names it."""

    date: str | None = None
    start: str | None = None
    location: str | None = None


@dataclass
class Participant:
    """One person named as attending, absent or partly present."""

    name: str
    organization: str | None = None
    role: str | None = None
    attendance: str = "present"
    note: str | None = None


@dataclass
class Action:
    """A follow-up someone is to do after the meeting."""

    text: str
    responsible: str | None = None
    due: str | None = None


@dataclass
class Item:
    """One agenda item (sak) with its text, decisions and actions."""

    number: str | None = None
    title: str | None = None
    text: str = ""
    decisions: list[str] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    #: motebok's extension of spec v1 (docs/archive.md): the legal basis on which the
    #: item is closed to the public ("offl. § 13"), as written; None: open. Written to
    #: JSON only when set, so the record of every open item is exactly spec v1's.
    exemption: str | None = None


#: The extra item keys ``to_dict`` leaves out when they are None (``Item.exemption``).
EXTRA_ITEM_KEYS = ("exemption",)


@dataclass
class MinutesRecord:
    """One source document read into the structured form of spec v1."""

    source: Source = field(default_factory=Source)
    kind: str = "minutes"
    title: str | None = None
    body: str | None = None
    organization: str | None = None
    document_date: str | None = None
    meeting: Meeting = field(default_factory=Meeting)
    participants: list[Participant] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    next_meeting: NextMeeting = field(default_factory=NextMeeting)
    warnings: list[str] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of spec v1, keys in the spec's order."""
        data = asdict(self)
        for item in data["items"]:
            for key in EXTRA_ITEM_KEYS:
                if item[key] is None:
                    del item[key]
        ordered = {"schema_version": data.pop("schema_version")}
        ordered.update(data)
        return ordered

    def to_json(self, indent: int | None = 2) -> str:
        """The record as JSON text (UTF-8 characters kept, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MinutesRecord:
        """Build a record from a spec v1 object; unknown keys are ignored.

        Raises ``ValueError`` when the object is not a version 1 minutes record, naming
        the first field that breaks the spec ("items[2].title: expected text or null, not
        a list"): a backup restored by hand must say what to mend, and a value of the
        wrong type must not be stored as its Python spelling ("['x']", "None").
        """
        if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
            raise ValueError("not a minutes record of schema_version 1")
        return cls(
            source=Source(**_fields(data.get("source"), Source, "source")),
            kind=_choice(data.get("kind"), DocumentKind, "kind") or DocumentKind.OTHER.value,
            title=_text(data.get("title"), "title"),
            body=_text(data.get("body"), "body"),
            organization=_text(data.get("organization"), "organization"),
            document_date=_text(data.get("document_date"), "document_date"),
            meeting=Meeting(**_fields(data.get("meeting"), Meeting, "meeting")),
            participants=[_participant(p, f"participants[{n}]")
                          for n, p in enumerate(_list(data.get("participants"), "participants"))],
            items=[_item(it, f"items[{n}]")
                   for n, it in enumerate(_list(data.get("items"), "items"))],
            next_meeting=NextMeeting(**_fields(data.get("next_meeting"), NextMeeting,
                                               "next_meeting")),
            warnings=[_text(w, f"warnings[{n}]", required=True)
                      for n, w in enumerate(_list(data.get("warnings"), "warnings"))],
        )


def _item(data: Any, where: str) -> Item:
    """One agenda item of a record being read back."""
    data = _object(data, where)
    return Item(
        number=_text(data.get("number"), f"{where}.number", numbers=True),
        title=_text(data.get("title"), f"{where}.title"),
        text=_text(data.get("text"), f"{where}.text") or "",
        decisions=[_text(d, f"{where}.decisions[{n}]", required=True)
                   for n, d in enumerate(_list(data.get("decisions"), f"{where}.decisions"))],
        actions=[_action(a, f"{where}.actions[{n}]")
                 for n, a in enumerate(_list(data.get("actions"), f"{where}.actions"))],
        exemption=_text(data.get("exemption"), f"{where}.exemption") or None,
    )


def _action(data: Any, where: str) -> Action:
    """One follow-up of a record being read back."""
    data = _object(data, where)
    return Action(text=_text(data.get("text"), f"{where}.text", required=True),
                  responsible=_text(data.get("responsible"), f"{where}.responsible"),
                  due=_text(data.get("due"), f"{where}.due"))


def _participant(data: Any, where: str) -> Participant:
    """One participant of a record being read back (role and attendance from the spec's
    vocabularies; attendance defaults to present)."""
    data = _object(data, where)
    return Participant(
        name=_text(data.get("name"), f"{where}.name", required=True),
        organization=_text(data.get("organization"), f"{where}.organization"),
        role=_choice(data.get("role"), ParticipantRole, f"{where}.role"),
        attendance=(_choice(data.get("attendance"), Attendance, f"{where}.attendance")
                    or Attendance.PRESENT.value),
        note=_text(data.get("note"), f"{where}.note"))


def _what(value: Any) -> str:
    """The JSON name of a value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return {list: "a list", dict: "an object", str: "text"}.get(type(value), type(value).__name__)


def _text(value: Any, where: str, *, required: bool = False,
          numbers: bool = False) -> str | None:
    """A string field: text, or null unless ``required``; with ``numbers`` a JSON number
    is taken as its digits (an item number written as 5)."""
    if isinstance(value, str):
        if required and not value.strip():
            raise ValueError(f"{where}: empty")
        if "\x00" in value or (not value.isascii() and _LONE_SURROGATE.search(value)):
            # a database stores neither (PostgreSQL refuses NUL, UTF-8 has no surrogates)
            raise ValueError(f"{where}: holds a NUL character or a lone surrogate")
        return value
    if value is None and not required:
        return None
    if numbers and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    expected = "text" if required else "text or null"
    raise ValueError(f"{where}: expected {expected}, not {_what(value)}")


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _choice(value: Any, vocabulary: type[StrEnum], where: str) -> str | None:
    """A value of one of the spec's vocabularies, or null."""
    if value is None:
        return None
    if value not in {member.value for member in vocabulary}:
        allowed = ", ".join(member.value for member in vocabulary)
        raise ValueError(f"{where}: {value!r} is not one of {allowed}")
    return value


def _list(value: Any, where: str) -> list:
    """A list field (null or missing reads as empty)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list, not {_what(value)}")
    return value


def _object(value: Any, where: str) -> dict:
    """An object field (null or missing reads as empty)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object, not {_what(value)}")
    return value


def _fields(data: Any, cls: type, where: str) -> dict[str, str | None]:
    """The string fields a small dataclass knows (source, meeting, next_meeting); other
    keys are ignored."""
    data = _object(data, where)
    names = cls.__dataclass_fields__.keys()
    return {k: _text(v, f"{where}.{k}") for k, v in data.items() if k in names}
