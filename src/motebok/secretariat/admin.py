"""The secretariat's tables in Django's admin, for the site administrator.

The audit log, frozen minutes versions and sent summons are records of what happened:
the admin shows them read-only, so not even an administrator rewrites history there.
"""

from __future__ import annotations

from django.contrib import admin

from motebok.secretariat import models as m


class ReadOnlyAdmin(admin.ModelAdmin):
    """Lists and shows rows; adding, changing and deleting are refused."""

    def has_add_permission(self, request, obj=None) -> bool:
        """History is written by the secretariat's actions, never by hand."""
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        """Viewing is allowed (``has_view_permission``); changing is not."""
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        """An audit trail that can be deleted is no audit trail."""
        return False


@admin.register(m.AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    """Who changed what and when, across all bodies."""

    list_display = ["at", "username", "body", "action", "model", "object_id", "summary"]
    list_filter = ["action", "model", "body"]
    search_fields = ["username", "summary", "object_id"]
    date_hierarchy = "at"


@admin.register(m.MinutesVersion)
class MinutesVersionAdmin(ReadOnlyAdmin):
    """Frozen versions of approved minutes."""

    list_display = ["meeting", "version", "author", "created_at", "reason"]
    search_fields = ["reason", "meeting__title"]


@admin.register(m.SummonsDispatch)
class SummonsDispatchAdmin(ReadOnlyAdmin):
    """Summons sent, and to whom."""

    list_display = ["subject", "sent_at", "sent_by"]
    search_fields = ["subject"]


@admin.register(m.Attachment)
class AttachmentAdmin(admin.ModelAdmin):
    """Files of meetings and items; the administrator may fix a title or withdraw a file."""

    list_display = ["title", "meeting", "item", "published", "uploaded_by", "uploaded_at"]
    list_filter = ["published"]
    search_fields = ["title", "meeting__title"]
    raw_id_fields = ["meeting", "item"]
