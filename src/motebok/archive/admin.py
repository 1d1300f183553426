"""Django admin for the archive: browse every row, decide merge suggestions."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from motebok.archive import models as m


def _locked(meeting: m.Meeting | None) -> bool:
    """True for approved or published minutes: they change only through a new version."""
    return meeting is not None and meeting.locked


class LockedMeetingInline(admin.TabularInline):
    """An inline of a meeting's rows, read-only once the meeting's minutes are locked.

    The secretariat changes locked minutes through an audited new version; the admin
    must not become a side door around that rule.
    """

    def _parent_locked(self, obj: object) -> bool:
        meeting = obj if isinstance(obj, m.Meeting) else getattr(obj, "meeting", None)
        return _locked(meeting)

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return not self._parent_locked(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return not self._parent_locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return not self._parent_locked(obj) and super().has_delete_permission(request, obj)


class ParticipationInline(LockedMeetingInline):
    model = m.Participation
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["order", "person", "name_text", "organization_text", "role", "attendance", "note"]


class AgendaItemInline(LockedMeetingInline):
    model = m.AgendaItem
    extra = 0
    fields = ["order", "number", "title", "sequence", "year", "exemption", "title_public"]
    show_change_link = True


class DecisionInline(LockedMeetingInline):
    model = m.Decision
    extra = 0


class ActionInline(LockedMeetingInline):
    model = m.Action
    extra = 0
    autocomplete_fields = ["responsible_person"]
    fields = ["order", "text", "responsible_person", "responsible_text", "due", "status"]


class MembershipForm(forms.ModelForm):
    """A membership the admin edits: any change makes it one entered by hand
    (``Membership.change_by_hand``), which deleting minutes leaves as it is."""

    def save(self, commit: bool = True) -> m.Membership:
        if self.instance.pk is not None and self.has_changed():
            self.instance.change_by_hand()
        return super().save(commit=commit)


class MembershipInline(admin.TabularInline):
    model = m.Membership
    form = MembershipForm
    fk_name = "body"
    extra = 0
    autocomplete_fields = ["person", "representing"]
    readonly_fields = ["from_minutes"]


@admin.register(m.Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "parent", "numbering", "ends_on"]
    list_filter = ["kind", "numbering"]
    search_fields = ["name", "normalized_name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent", "lead"]
    inlines = [MembershipInline]


class PersonAliasInline(admin.TabularInline):
    """The spellings merged into this person (a wrong merge is undone by deleting one)."""

    model = m.PersonAlias
    extra = 0


@admin.register(m.Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "user"]
    search_fields = ["name", "normalized_name", "email", "aliases__normalized_name"]
    autocomplete_fields = ["user"]
    inlines = [PersonAliasInline]


@admin.register(m.Membership)
class MembershipAdmin(admin.ModelAdmin):
    form = MembershipForm
    list_display = ["person", "body", "role", "representing", "start", "end", "from_minutes"]
    list_filter = ["role", "from_minutes"]
    readonly_fields = ["from_minutes"]
    search_fields = ["person__name", "body__name"]
    autocomplete_fields = ["person", "body", "representing"]


@admin.register(m.BodyAccess)
class BodyAccessAdmin(admin.ModelAdmin):
    list_display = ["user", "body", "role"]
    list_filter = ["role"]
    search_fields = ["user__username", "body__name"]
    autocomplete_fields = ["user", "body"]


@admin.register(m.SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ["filename", "format", "kind", "size", "imported_at"]
    list_filter = ["format", "kind"]
    search_fields = ["filename", "sha256"]
    exclude = ["content"]
    readonly_fields = ["sha256", "size", "imported_at"]


@admin.register(m.Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "body", "date", "status", "locked", "version"]
    list_filter = ["status", "kind", "locked"]
    search_fields = ["title", "body__name", "body_text"]
    date_hierarchy = "date"
    autocomplete_fields = ["body"]
    raw_id_fields = ["source"]
    readonly_fields = ["created_at", "updated_at", "approved_at", "published_at"]
    inlines = [ParticipationInline, AgendaItemInline]
    # A meeting link typed without a scheme is a web address: https, as the secretariat's
    # own meeting form reads it.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def has_change_permission(self, request: HttpRequest, obj: m.Meeting | None = None) -> bool:
        """Locked minutes are read-only here (see LockedMeetingInline)."""
        return not _locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: m.Meeting | None = None) -> bool:
        return not _locked(obj) and super().has_delete_permission(request, obj)


@admin.register(m.AgendaItem)
class AgendaItemAdmin(admin.ModelAdmin):
    list_display = ["__str__", "meeting", "year", "sequence"]
    search_fields = ["title", "number", "text"]
    raw_id_fields = ["meeting"]
    inlines = [DecisionInline, ActionInline]

    def has_change_permission(self, request: HttpRequest,
                              obj: m.AgendaItem | None = None) -> bool:
        """Items of locked minutes are read-only here."""
        return not (obj and _locked(obj.meeting)) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest,
                              obj: m.AgendaItem | None = None) -> bool:
        return not (obj and _locked(obj.meeting)) and super().has_delete_permission(request, obj)


@admin.register(m.Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["text", "responsible_person", "responsible_text", "due", "status"]
    list_filter = ["status"]
    search_fields = ["text", "responsible_text", "responsible_person__name"]
    raw_id_fields = ["item"]
    autocomplete_fields = ["responsible_person"]


def _decide(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet,
            accept: bool) -> None:
    """Accept or reject each selected pending suggestion; report what happened.

    Each suggestion is read again just before it is decided: accepting one merge can
    re-point, decide or delete the others of the same batch (A←B then B←C).
    """
    done = 0
    model = queryset.model
    for pk in list(queryset.filter(status=m.SuggestionStatus.PENDING)
                   .values_list("pk", flat=True)):
        suggestion = model.objects.filter(pk=pk, status=m.SuggestionStatus.PENDING).first()
        if suggestion is None or (accept and suggestion.other_id is None):
            continue
        try:
            suggestion.accept() if accept else suggestion.reject()
            done += 1
        except ValidationError as exc:
            modeladmin.message_user(request, f"{suggestion}: {'; '.join(exc.messages)}",
                                    messages.ERROR)
    modeladmin.message_user(request, ngettext("%(count)d suggestion decided.",
                                              "%(count)d suggestions decided.", done)
                            % {"count": done})


@admin.action(description=_("Accept (merge) the selected suggestions"))
def accept_suggestions(modeladmin: admin.ModelAdmin, request: HttpRequest,
                       queryset: QuerySet) -> None:
    """Admin action: merge each selected pair."""
    _decide(modeladmin, request, queryset, accept=True)


@admin.action(description=_("Reject the selected suggestions"))
def reject_suggestions(modeladmin: admin.ModelAdmin, request: HttpRequest,
                       queryset: QuerySet) -> None:
    """Admin action: keep each selected pair apart."""
    _decide(modeladmin, request, queryset, accept=False)


class MergeSuggestionAdmin(admin.ModelAdmin):
    list_display = ["keep", "other_name", "other", "score", "reason", "status", "created_at"]
    list_filter = ["status", "reason"]
    actions = [accept_suggestions, reject_suggestions]
    raw_id_fields = ["keep", "other"]


admin.site.register(m.PersonMergeSuggestion, MergeSuggestionAdmin)
admin.site.register(m.OrganizationMergeSuggestion, MergeSuggestionAdmin)
