"""The secretariat's own tables: attachments, audit log, minutes versions, summons sent.

They point into the archive's domain models (``motebok.archive.models``); the archive
never points back (see docs/architecture.md).
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


def attachment_path(instance: Attachment, filename: str) -> str:
    """Group uploads by meeting so a meeting's files sit together under MEDIA_ROOT."""
    return f"attachments/meeting-{instance.meeting_id}/{filename}"


class Attachment(models.Model):
    """A file (presentation, saksdokument) for a meeting or one of its agenda items.

    ``published`` is separate from the meeting's status: a slide deck may stay internal
    even after the minutes are public.
    """

    meeting = models.ForeignKey("archive.Meeting", on_delete=models.CASCADE,
                                related_name="attachments")
    item = models.ForeignKey("archive.AgendaItem", on_delete=models.CASCADE, null=True,
                             blank=True, related_name="attachments")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=attachment_path)
    published = models.BooleanField(_("published"), default=False)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.title

    def remove(self) -> None:
        """Delete the row, and the stored file once the deletion is committed (a rolled
        back deletion must not leave a row whose file is gone)."""
        stored = self.file
        self.delete()
        transaction.on_commit(lambda: stored.delete(save=False))

    @property
    def anchor(self) -> str:
        """Where the file is listed on the meeting page: under its item, else the files."""
        return f"item-{self.item_id}" if self.item_id else "files"


class AuditAction(models.TextChoices):
    """What kind of change an audit entry records."""

    CREATE = "create", _("created")
    UPDATE = "update", _("changed")
    DELETE = "delete", _("deleted")
    APPROVE = "approve", _("approved")
    PUBLISH = "publish", _("published")
    SEND = "send", _("sent")
    VERSION = "version", _("new version")


class AuditEntry(models.Model):
    """Who changed what and when; ``changes`` maps a field to ``[old, new]``.

    The username is copied so the log still reads correctly after a user is deleted.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                             null=True, blank=True, related_name="+")
    username = models.CharField(max_length=150, blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)
    body = models.ForeignKey("archive.Organization", on_delete=models.SET_NULL, null=True,
                             blank=True, related_name="audit_entries")
    model = models.CharField(max_length=100)
    object_id = models.CharField(max_length=64)
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    summary = models.CharField(max_length=300, blank=True)
    changes = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.model}"

    def change_rows(self) -> list[tuple[str, object, object]]:
        """``(field, old, new)`` for the log page, whatever shape ``changes`` was stored in.

        An update stores ``[old, new]`` pairs; a creation or deletion often stores the
        object's snapshot (``{field: value}``), whose value is then the new (created) or
        the old (deleted) one. Fields empty on both sides are left out, and so is the
        object's id (a snapshot holds it; the entry names the object already).
        """
        rows = []
        for field, change in sorted(self.changes.items(), key=self._field_position):
            if getattr(self._model_field(field), "primary_key", False):
                continue
            side = {AuditAction.CREATE: 0, AuditAction.DELETE: 1}.get(self.action)
            if isinstance(change, list) and len(change) == 2 and (
                    side is None or change[side] is None):
                old, new = change
            elif self.action == AuditAction.DELETE:
                old, new = change, None
            else:
                old, new = None, change
            if old not in (None, "", []) or new not in (None, "", []):
                rows.append((self.field_label(field), self._shown(field, old),
                             self._shown(field, new)))
        return rows

    def _field_position(self, change: tuple[str, object]) -> tuple[int, str]:
        """Where a changed field stands among its model's fields, then its name: the rows
        keep the form's order on every database (PostgreSQL's jsonb keeps no key order)."""
        field = self._model_field(change[0])
        try:
            fields = apps.get_model(self.model)._meta.get_fields()
        except (LookupError, ValueError):
            fields = ()
        return (fields.index(field) if field in fields else len(fields), change[0])

    def _model_field(self, name: str):
        """The field ``name`` of the entry's model, or None (a key of its own, say
        "numbers", or a model that is gone)."""
        try:
            return apps.get_model(self.model)._meta.get_field(name)
        except (LookupError, ValueError, FieldDoesNotExist):
            return None

    def _link_field(self, name: str):
        """The field ``name`` when it links to another object (a foreign key), else None."""
        field = self._model_field(name)
        if field is not None and (field.many_to_one or field.one_to_one):
            return field
        return None

    @property
    def model_label(self) -> str:
        """What the log calls the changed object: its model's name in the UI language."""
        try:
            return str(apps.get_model(self.model)._meta.verbose_name)
        except (LookupError, ValueError):
            return self.model

    def field_label(self, name: str) -> str:
        """A changed field as the pages name it (``due`` → "frist"), in the UI language."""
        field = self._model_field(name)
        if field is not None and isinstance(getattr(field, "verbose_name", None), Promise):
            return str(field.verbose_name)  # declared, translated; not Django's default
        return str(AUDIT_KEY_LABELS.get(name, name.replace("_", " ")))

    @classmethod
    def name_linked(cls, entries: list[AuditEntry]) -> list[AuditEntry]:
        """Fetch the objects the entries' changes link to (a responsible person, a body,
        a meeting …), one query per linked model, so ``change_rows`` names them."""
        wanted: dict[type[models.Model], set[object]] = {}
        for entry in entries:
            for name, change in entry.changes.items():
                field = entry._link_field(name)
                if field is not None:
                    values = change if isinstance(change, list) else [change]
                    wanted.setdefault(field.related_model, set()).update(
                        v for v in values if _an_id(v))
        names: dict[tuple[type[models.Model], str], str] = {}
        for model, ids in wanted.items():
            rows = model._default_manager.all()
            if any(f.name == "body" and f.many_to_one for f in model._meta.get_fields()):
                rows = rows.select_related("body")  # a meeting's heading may be its body's
            for pk, obj in rows.in_bulk(ids).items():
                names[(model, str(pk))] = str(obj)
        for entry in entries:
            entry._linked_names = names
        return entries

    def _linked(self, field, value: object) -> object:
        """A linked object's id as its name; a deleted object's id stays readable."""
        names = getattr(self, "_linked_names", None)
        if names is None:  # one entry on its own: ask for this object
            self.name_linked([self])
            names = self._linked_names
        found = names.get((field.related_model, str(value)))
        if found is not None:
            return found
        return gettext("#%(id)s (deleted)") % {"id": value}

    def _shown(self, name: str, value: object) -> object:
        """A stored value as the pages show it: a choice by its label ("draft" → "Utkast"),
        yes or no for a flag, a linked object by its name."""
        if isinstance(value, bool):
            return gettext("yes") if value else gettext("no")
        field = self._link_field(name)
        if field is not None and _an_id(value):
            return self._linked(field, value)
        field = self._model_field(name)
        choices = dict(getattr(field, "flatchoices", None) or ())
        if isinstance(value, str) and value in choices:
            return gettext(str(choices[value]))  # the vocabulary's labels, translated
        return value


def _an_id(value: object) -> bool:
    """True for a stored id (7 or "7"); anything else a linked field holds is shown as is."""
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, str) and value.isdigit())


#: Labels of the audit keys that are no field of the changed model.
AUDIT_KEY_LABELS = {
    "numbers": _("item numbers"),
    "username": _("username"),
    "email": _("e-mail"),
    "name": _("name"),
    "item": _("agenda item"),
    "meeting": _("meeting"),
    "actions": _("actions"),  # a reminder's (``reminders.log_entries``)
}


class MinutesVersion(models.Model):
    """A frozen minutes record (spec v1 JSON) of a locked meeting at one version."""

    meeting = models.ForeignKey("archive.Meeting", on_delete=models.CASCADE,
                                related_name="minutes_versions")
    version = models.PositiveIntegerField()
    snapshot = models.JSONField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                               null=True, blank=True, related_name="+")
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["meeting", "-version"]
        verbose_name = _("minutes version")
        verbose_name_plural = _("minutes versions")
        constraints = [models.UniqueConstraint(fields=["meeting", "version"],
                                               name="unique_minutes_version")]

    def __str__(self) -> str:
        return f"{self.meeting_id} v{self.version}"

    @property
    def shown_reason(self) -> str:
        """The reason as the versions page shows it: an approval's, stored in the minutes'
        own words ("Referatet ble godkjent"), in the reader's language."""
        if self.reason == APPROVED_DECISION:
            return gettext("The minutes were approved")
        return self.reason


class SummonsDispatch(models.Model):
    """One sending of a meeting's summons (innkalling) and to whom it went."""

    meeting = models.ForeignKey("archive.Meeting", on_delete=models.CASCADE,
                                related_name="summons_dispatches")
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                null=True, blank=True, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)
    subject = models.CharField(max_length=300)
    recipients = models.JSONField(default=list)

    class Meta:
        ordering = ["-sent_at", "-id"]
        verbose_name = _("summons")
        verbose_name_plural = _("summons")

    def __str__(self) -> str:
        return f"{self.subject} ({len(self.recipients)})"


def held(meeting) -> bool:
    """Whether the meeting can have taken place: dated today or earlier, or undated.

    Minutes of a meeting still to come cannot be approved: a click on the wrong
    meeting would lock an empty record for good (every later edit a new version).
    """
    return meeting.date is None or meeting.date <= timezone.localdate()


class StandardItemKind(models.TextChoices):
    """The agenda items every meeting gets when it is planned."""

    SUMMONS_APPROVAL = "summons_approval", "Godkjenning av innkalling og saksliste"
    MINUTES_APPROVAL = "minutes_approval", "Godkjenning av referat fra forrige møte"
    ANY_OTHER_BUSINESS = "any_other_business", "Eventuelt"


#: The decisions the two approval items record (Norwegian: they are the minutes' words).
APPROVED_DECISION = "Referatet ble godkjent"
SUMMONS_APPROVED_DECISION = "Innkalling og saksliste ble godkjent"


class StandardItem(models.Model):
    """Marks an agenda item as a standard one; the minutes approval links the previous meeting.

    Kept here (not on AgendaItem) because only the secretariat's workflow needs it:
    approving this item approves and locks ``previous_meeting``.
    """

    item = models.OneToOneField("archive.AgendaItem", on_delete=models.CASCADE,
                                related_name="standard")
    kind = models.CharField(max_length=30, choices=StandardItemKind.choices)
    previous_meeting = models.ForeignKey("archive.Meeting", on_delete=models.SET_NULL,
                                         null=True, blank=True, related_name="+")

    def __str__(self) -> str:
        return self.kind

    def summons_approvable(self) -> bool:
        """The summons approval of a meeting still in preparation, not yet recorded.

        Reads the item's decisions through ``all()``, so a prefetch serves it.
        """
        return (self.kind == StandardItemKind.SUMMONS_APPROVAL
                and self.item.meeting.in_preparation
                and not any(d.text == SUMMONS_APPROVED_DECISION
                            for d in self.item.decisions.all()))

    def keeps(self, decision) -> bool:
        """Whether ``decision`` is the "Referatet ble godkjent" that approved the previous
        minutes: removing it would leave them approved and locked with no decision in any
        minutes saying so, so it stays (a wrong approval is corrected by a new version)."""
        return (self.kind == StandardItemKind.MINUTES_APPROVAL
                and decision.text == APPROVED_DECISION
                and self.previous_meeting is not None
                and not self.previous_meeting.in_preparation)

    def previous_approvable(self) -> bool:
        """The minutes approval, while the previous meeting's minutes are unapproved."""
        return (self.kind == StandardItemKind.MINUTES_APPROVAL
                and self.previous_meeting is not None
                and self.previous_meeting.in_preparation
                and held(self.previous_meeting))


class ItemComment(models.Model):
    """A member's input on a draft agenda item (read by the secretariat)."""

    item = models.ForeignKey("archive.AgendaItem", on_delete=models.CASCADE,
                             related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                               null=True, related_name="+")
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return self.text[:50]
