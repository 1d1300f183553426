"""Writing the audit log: every change the secretariat makes goes through ``record``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db import models
from django.forms.models import model_to_dict

from motebok.secretariat.models import AuditEntry


def _plain(value: Any) -> Any:
    """A JSON-safe form of a field value (dates as ISO text, files by name)."""
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if hasattr(value, "name") and hasattr(value, "url"):  # FieldFile
        return value.name or ""
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def snapshot(obj: models.Model) -> dict[str, Any]:
    """The editable fields of an object as plain values, to diff before and after."""
    return {k: _plain(v) for k, v in model_to_dict(obj).items()}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for every field whose value changed."""
    return {k: [before.get(k), after.get(k)] for k in after if before.get(k) != after.get(k)}


def record(user, obj: models.Model, action: str, *, body=None,
           changes: dict[str, Any] | None = None, summary: str = "") -> AuditEntry:
    """Write one audit entry for ``obj``; ``body`` defaults to what the object belongs to."""
    authenticated = getattr(user, "is_authenticated", False)
    return AuditEntry.objects.create(
        user=user if authenticated else None,
        username=user.get_username() if authenticated else "",
        body=body if body is not None else body_of(obj),
        model=obj._meta.label_lower,
        object_id=str(obj.pk),
        action=action,
        summary=summary[:300],
        changes=changes or {},
    )


def body_of(obj: models.Model):
    """The body an object belongs to (meeting → body, item → meeting's body …)."""
    for path in ("body", "meeting.body", "item.meeting.body"):
        current: Any = obj
        for part in path.split("."):
            current = getattr(current, part, None)
            if current is None:
                break
        if current is not None:
            return current
    if obj._meta.label_lower == "archive.organization":
        return obj
    return None
