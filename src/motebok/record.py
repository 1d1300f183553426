"""The minutes record: spec v1 of ``shared/spec/minutes-json.md`` as dataclasses.

Every stage after the extractor speaks this form: the archive stores it, ``export``
prints it, ``import`` takes it back. ``to_dict``/``from_dict`` are exact inverses for
every key of the spec, so parse → import → export round-trips.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

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
        ordered = {"schema_version": data.pop("schema_version")}
        ordered.update(data)
        return ordered

    def to_json(self, indent: int | None = 2) -> str:
        """The record as JSON text (UTF-8 characters kept, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MinutesRecord:
        """Build a record from a spec v1 object; unknown keys are ignored.

        Raises ``ValueError`` when the object is not a version 1 minutes record.
        """
        if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
            raise ValueError("not a minutes record of schema_version 1")
        items = [
            Item(
                number=_opt_str(it.get("number")),
                title=_opt_str(it.get("title")),
                text=it.get("text") or "",
                decisions=[str(d) for d in it.get("decisions") or []],
                actions=[
                    Action(
                        text=str(a.get("text") or ""),
                        responsible=_opt_str(a.get("responsible")),
                        due=_opt_str(a.get("due")),
                    )
                    for a in it.get("actions") or []
                ],
            )
            for it in data.get("items") or []
        ]
        participants = [
            Participant(
                name=str(p.get("name") or ""),
                organization=_opt_str(p.get("organization")),
                role=_opt_str(p.get("role")),
                attendance=p.get("attendance") or "present",
                note=_opt_str(p.get("note")),
            )
            for p in data.get("participants") or []
        ]
        return cls(
            source=Source(**_pick(data.get("source"), Source)),
            kind=data.get("kind") or "other",
            title=_opt_str(data.get("title")),
            body=_opt_str(data.get("body")),
            organization=_opt_str(data.get("organization")),
            document_date=_opt_str(data.get("document_date")),
            meeting=Meeting(**_pick(data.get("meeting"), Meeting)),
            participants=participants,
            items=items,
            next_meeting=NextMeeting(**_pick(data.get("next_meeting"), NextMeeting)),
            warnings=[str(w) for w in data.get("warnings") or []],
        )


def _opt_str(value: Any) -> str | None:
    """None stays None; anything else becomes its string form."""
    return None if value is None else str(value)


def _pick(data: Any, cls: type) -> dict[str, Any]:
    """Only the keys a small dataclass knows, so extra keys in input are ignored."""
    if not isinstance(data, dict):
        return {}
    names = cls.__dataclass_fields__.keys()
    return {k: _opt_str(v) for k, v in data.items() if k in names}
