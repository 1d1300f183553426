"""Forms of the secretariat's pages (labels in English, translated to bokmål)."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from motebok import vocab
from motebok.archive.models import Meeting, Organization, Person
from motebok.errors import MotebokError
from motebok.secretariat import planning
from motebok.secretariat.models import Attachment
from motebok.vocab import (
    AccessRole,
    ActionStatus,
    Attendance,
    MeetingMode,
    MembershipRole,
    label,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
MAX_UPLOAD_BYTES = 50 * 1024 * 1024


def error_summary(form) -> str:
    """All of a form's errors on one line for a message, each a sentence after its
    field's label: "Dato: Feltet er påkrevet. Lenke (digitalt møte): Oppgi en gyldig
    nettadresse." (not "Feltet er påkrevet.; Oppgi en gyldig nettadresse", which names
    no field)."""
    parts = []
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        label = str(field.label) if field is not None and field.label else ""
        for error in errors:
            text = str(error).strip()
            if text and text[-1] not in ".!?":
                text += "."
            parts.append(f"{label}: {text}" if label else text)
    return " ".join(parts)


def translated_choices(enum) -> list[tuple[str, str]]:
    """(value, label) pairs of one vocabulary with the labels in the page's language.

    ``vocab.choices`` gives the English labels (vocab knows nothing of Django); a select
    on a bokmål page must offer "Leder", "Fysisk", "Til stede" instead.
    """
    return [(member.value, _(label(member))) for member in enum]


class ReasonForm(forms.Form):
    """The reason asked for when a locked (approved) record is changed.

    ``locked=False`` drops the field: an unlocked draft needs no reason.
    """

    reason = forms.CharField(label=_("Reason for changing approved minutes"), required=False,
                             max_length=500)

    def __init__(self, *args, locked: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not locked:
            del self.fields["reason"]

    def given_reason(self) -> str:
        """The reason given, or "" when the form has no reason field."""
        return self.cleaned_data.get("reason", "")


class BodyForm(forms.ModelForm):
    """The mandate and numbering style of a body."""

    class Meta:
        model = Organization
        fields = ["mandate", "numbering"]
        labels = {"mandate": _("Mandate"), "numbering": _("Numbering of items")}


class DayField(forms.DateField):
    """A date in the years the secretariat plans in (``planning.PLANNED_YEARS``): a due
    date or start in year 1 or 20255 is a slip of the keyboard, refused with the input
    kept, not stored and printed as "01.01.1" in the minutes."""

    def validate(self, value):
        super().validate(value)
        years = planning.PLANNED_YEARS
        if value is not None and value.year not in years:
            raise forms.ValidationError(
                _("Give a date in the years %(first)d–%(last)d, not %(date)s.")
                % {"first": years[0], "last": years[-1], "date": value.isoformat()})


class MembershipForm(forms.Form):
    """A person joining a body with a role, representing an organisation."""

    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-mail"), required=False)
    role = forms.ChoiceField(label=_("Role"), choices=translated_choices(MembershipRole))
    representing = forms.CharField(label=_("Represents (organisation)"), required=False,
                                   max_length=200)
    start = DayField(label=_("From"), required=False, widget=DATE)


class WorkingGroupForm(forms.Form):
    """A working group under a body, with a lead and an end date."""

    name = forms.CharField(label=_("Name"), max_length=200)
    mandate = forms.CharField(label=_("Mandate"), required=False, widget=forms.Textarea)
    lead = forms.CharField(label=_("Lead (name)"), required=False, max_length=200)
    ends_on = DayField(label=_("Ends on"), required=False, widget=DATE)


class MeetingFields(forms.Form):
    """What every planned meeting has besides its date."""

    title = forms.CharField(label=_("Title"), required=False, max_length=300)
    start = forms.TimeField(label=_("Starts"), required=False, widget=TIME)
    end = forms.TimeField(label=_("Ends"), required=False, widget=TIME)
    mode = forms.ChoiceField(label=_("Form"), required=False,
                             choices=[("", "—"), *translated_choices(MeetingMode)])
    location = forms.CharField(label=_("Place"), required=False, max_length=300)
    link = forms.URLField(label=_("Link (digital meeting)"), required=False,
                          assume_scheme="https")

    def clean(self):
        """A meeting cannot end before it starts; its form decides what place it needs.

        Digital needs a link, physical a place, hybrid both. A field that already has an
        error (say, a malformed link) gets no second one.
        """
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            self.add_error("end", _("The meeting must end after it starts."))
        mode = data.get("mode")
        if mode in (MeetingMode.DIGITAL.value, MeetingMode.HYBRID.value) \
                and not data.get("link") and "link" not in self.errors:
            self.add_error("link", _("A digital meeting needs a link.")
                           if mode == MeetingMode.DIGITAL.value
                           else _("A hybrid meeting needs a link for those joining digitally."))
        if mode in (MeetingMode.PHYSICAL.value, MeetingMode.HYBRID.value) \
                and not (data.get("location") or "").strip() and "location" not in self.errors:
            self.add_error("location", _("A physical meeting needs a place.")
                           if mode == MeetingMode.PHYSICAL.value
                           else _("A hybrid meeting needs a place for those who attend in "
                                  "person."))
        return data

    def plan(self) -> planning.MeetingPlan:
        """The cleaned fields as a MeetingPlan."""
        data = self.cleaned_data
        return planning.MeetingPlan(title=data["title"], start=data["start"], end=data["end"],
                                    mode=data["mode"], location=data["location"],
                                    link=data["link"])


class MeetingPlanForm(MeetingFields):
    """One meeting, a series every N months, or a list of dates."""

    date = forms.DateField(label=_("Date (first meeting)"), required=False, widget=DATE)
    every_months = forms.IntegerField(label=_("Repeat every … months"), required=False,
                                      min_value=1, max_value=24)
    count = forms.IntegerField(label=_("Number of meetings"), required=False, min_value=1,
                               max_value=planning.MAX_SERIES)
    dates = forms.CharField(label=_("Or a list of dates (one per line, 14.3.2025)"),
                            required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        """Turn the three ways of giving dates into one list in ``cleaned_data['days']``."""
        data = super().clean()
        try:
            if data.get("dates"):
                data["days"] = planning.parse_date_list(data["dates"])
            elif data.get("date"):
                every, count = data.get("every_months"), data.get("count")
                data["days"] = (planning.series_dates(data["date"], every, count)
                                if every and count and count > 1
                                else [planning.check_day(data["date"])])
            else:
                raise MotebokError(_("Give a date or a list of dates."))
        except MotebokError as error:
            self.add_error(None, str(error))
        return data


class MeetingEditForm(MeetingFields, ReasonForm):
    """Changing a meeting's date, time, place or link."""

    date = forms.DateField(label=_("Date"), widget=DATE)

    field_order = ["title", "date", "start", "end", "mode", "location", "link", "reason"]

    def clean_date(self):
        """A date meetings are planned in (not a year 20255)."""
        try:
            return planning.check_day(self.cleaned_data["date"])
        except MotebokError as error:
            raise forms.ValidationError(str(error)) from None

    @classmethod
    def for_meeting(cls, meeting: Meeting, data=None) -> MeetingEditForm:
        """The form filled with the meeting's current values."""
        initial = {name: getattr(meeting, name) for name in
                   ("title", "date", "start", "end", "mode", "location", "link")}
        return cls(data, initial=initial, locked=meeting.locked)


class ItemForm(ReasonForm):
    """An agenda item's title and text (saksfremlegg, later the minutes text)."""

    title = forms.CharField(label=_("Title"), max_length=500)
    text = forms.CharField(label=_("Text"), required=False,
                           widget=forms.Textarea(attrs={"rows": 8}))
    exemption = forms.CharField(
        label=_("Closed to the public under"), required=False,
        max_length=vocab.EXEMPTION_MAX,
        help_text=_("The legal basis, as you would write it in the minutes: \"offl. § 13\", "
                    "\"offl. § 23 første ledd\", \"kommuneloven § 11-5\". Leave empty for "
                    "an open item. A closed item shows the public only its number and "
                    "\"Closed to the public\" with the basis; members and the secretariat "
                    "see it all."))
    title_public = forms.BooleanField(
        label=_("Publish the title"), required=False,
        help_text=_("Show the item's real title to the public although it is closed (its "
                    "text, decisions and actions stay closed)."))
    field_order = ["title", "text", "exemption", "title_public", "reason"]

    def clean(self):
        """A published title only for a closed item: an open item's title is public anyway,
        and the box left ticked on an item opened again would close nothing later."""
        cleaned = super().clean()
        if not (cleaned.get("exemption") or "").strip():
            cleaned["title_public"] = False
        return cleaned


class DecisionForm(ReasonForm):
    """One decision (vedtak/konklusjon) on an item."""

    text = forms.CharField(label=_("Decision"), widget=forms.Textarea(attrs={"rows": 2}))
    field_order = ["text", "reason"]


class ActionForm(ReasonForm):
    """One follow-up with a responsible person (or free text) and a due date."""

    text = forms.CharField(label=_("Action"), widget=forms.Textarea(attrs={"rows": 2}))
    responsible = forms.CharField(label=_("Responsible"), required=False, max_length=200)
    due = DayField(label=_("Due"), required=False, widget=DATE)
    field_order = ["text", "responsible", "due", "reason"]


class ActionEditForm(ActionForm):
    """A follow-up edited in place while the minutes are a draft: its text, who is
    responsible, the due date and whether it is done (no reason: nothing is locked)."""

    status = forms.ChoiceField(label=_("Status"), choices=translated_choices(ActionStatus))
    field_order = ["text", "responsible", "due", "status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, locked=False, **kwargs)


class ActionDoneForm(forms.Form):
    """Marking a follow-up as done."""

    note = forms.CharField(label=_("Note"), required=False, max_length=1000)


class CommentForm(forms.Form):
    """A member's input on a draft item."""

    text = forms.CharField(label=_("Comment"), max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 3}))


class AttendanceRowForm(forms.Form):
    """One member's attendance at a meeting."""

    person_id = forms.IntegerField(widget=forms.HiddenInput)
    attendance = forms.ChoiceField(label=_("Attendance"), choices=translated_choices(Attendance))
    note = forms.CharField(label=_("Note"), required=False, max_length=300)


AttendanceFormSet = forms.formset_factory(AttendanceRowForm, extra=0)


class GuestForm(forms.Form):
    """A guest (presenter, invited) at one meeting."""

    name = forms.CharField(label=_("Guest"), required=False, max_length=200)
    organization = forms.CharField(label=_("Organisation"), required=False, max_length=200)
    note = forms.CharField(label=_("Note"), required=False, max_length=300)


class AttachmentForm(forms.ModelForm):
    """A file for the meeting or one of its items."""

    class Meta:
        model = Attachment
        fields = ["title", "file", "item", "published"]
        labels = {"title": _("Title"), "file": _("File"), "item": _("Agenda item"),
                  "published": _("Public once the minutes are published")}

    def __init__(self, *args, meeting: Meeting, **kwargs):
        """Only the meeting's own items can be chosen."""
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = meeting.items.order_by("order", "pk")
        self.fields["item"].required = False

    def clean_file(self):
        """Refuse very large uploads with a clear message."""
        upload = self.cleaned_data["file"]
        if upload and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 50 MB."))
        return upload

    def full_clean(self):
        """A form refused for another field still had a good file: a browser cannot
        keep a chosen file when the page is shown again, so say it must be chosen again
        (rather than show an empty file field as if nothing had been lost)."""
        super().full_clean()
        if self.errors and "file" not in self.errors and self.files.get(
                self.add_prefix("file")):
            self.add_error("file", _("Not uploaded: choose the file “%(name)s” again.")
                           % {"name": self.files[self.add_prefix("file")].name})


# --- access to a body --------------------------------------------------------------------

ACCESS_ROLES = [(AccessRole.MEMBER.value, _("member (reads drafts)")),
                (AccessRole.SECRETARIAT.value, _("secretariat (edits)"))]


class AccessRoleForm(forms.Form):
    """The role of one access row (member or secretariat)."""

    role = forms.ChoiceField(label=_("Access"), choices=ACCESS_ROLES)


#: How many people a typed part of a name lists when it matches several.
PERSON_MATCHES = 5


class AccountPersonForm(forms.Form):
    """The person of the archive an account is (its "Mine tiltak" are that person's
    actions): a typed name, found among the people the acting user may see; empty
    unlinks the account."""

    person = forms.CharField(label=_("Person in the archive"), max_length=300, required=False)

    def __init__(self, *args, people=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.people = people if people is not None else Person.objects.none()

    def clean_person(self) -> Person | None:
        """The one person the name means: the whole name (any case), else a part only
        one name holds; an error naming the matches when several hold it. One query."""
        text = " ".join(self.cleaned_data.get("person", "").split())
        if not text:
            return None
        found, matches = self.people.one_named(text, PERSON_MATCHES)
        if found is not None:
            return found
        if not matches:
            raise forms.ValidationError(_("Nobody named “%(name)s” is known in the archive.")
                                        % {"name": text})
        raise forms.ValidationError(
            _("Several people match “%(name)s”: %(names)s. Type the whole name.")
            % {"name": text, "names": ", ".join(p.name for p in matches[:PERSON_MATCHES])})


class AccessGrantForm(AccessRoleForm):
    """Giving an existing account access, found by username or e-mail address."""

    who = forms.CharField(label=_("Username or e-mail"), max_length=254)
    field_order = ["who", "role"]

    def clean_who(self):
        """The one active or inactive account the text names (exact, case-insensitive)."""
        text = self.cleaned_data["who"].strip()
        users = get_user_model().objects.filter(
            Q(username__iexact=text) | Q(email__iexact=text))
        exact = [u for u in users if u.get_username().lower() == text.lower()]
        if exact:
            return exact[0]
        found = list(users[:2])
        if not found:
            raise forms.ValidationError(_("No account has that username or e-mail address."))
        if len(found) > 1:
            raise forms.ValidationError(
                _("Several accounts have that e-mail address; give the username."))
        return found[0]


class AccountForm(AccessRoleForm):
    """A new account: username, name and e-mail, a role, and how the link is delivered."""

    username = forms.CharField(label=_("Username"), max_length=150)
    name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"))
    send_email = forms.BooleanField(
        label=_("E-mail the link for choosing a password (else it is shown to you)"),
        required=False, initial=True)
    field_order = ["username", "name", "email", "role", "send_email"]

    def clean_username(self):
        """A valid username that no account has yet."""
        username = self.cleaned_data["username"].strip()
        model = get_user_model()
        model.username_validator(username)
        if model.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("That username is taken."))
        return username

    def clean_email(self):
        """An address no account has yet (else give that account access instead)."""
        email = self.cleaned_data["email"].strip()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("An account with that e-mail address exists; give it access instead."))
        return email
