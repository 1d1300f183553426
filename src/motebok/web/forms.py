"""Filter forms of the public pages.

They are plain GET forms: Django forms give labels, validation and escaping for free,
and a bad value (an unknown body, a year like "abc") is reported next to its field
instead of failing the page.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from motebok.archive.models import Organization, Person
from motebok.search.results import KIND_ACTION, KIND_DECISION, KIND_ITEM, KIND_TITLE
from motebok.vocab import ActionFilter, MeetingWhen, label

#: How many people a typed part of a name offers when it matches several.
PERSON_MATCHES = 10


class NameChoiceField(forms.ModelChoiceField):
    """A choice of organisation or person shown by its name."""

    def label_from_instance(self, obj) -> str:
        """The name as written in the archive (escaped by the widget)."""
        return obj.name


class ActionFilterForm(forms.Form):
    """``/actions/?body=&responsible=&status=``."""

    body = NameChoiceField(
        queryset=Organization.objects.none(), to_field_name="slug", required=False,
        label=_("Body"), empty_label=_("All bodies"))
    responsible = NameChoiceField(
        queryset=Person.objects.none(), required=False, label=_("Responsible"),
        empty_label=_("Anyone"))
    status = forms.ChoiceField(
        required=False, label=_("Status"),
        choices=[("", _("All")), *((state.value, _(label(state))) for state in ActionFilter)])

    def __init__(self, *args, bodies=None, people=None, **kwargs) -> None:
        """Offer only the bodies and people that have actions the viewer may see."""
        super().__init__(*args, **kwargs)
        if bodies is not None:
            self.fields["body"].queryset = bodies
        if people is not None:
            self.fields["responsible"].queryset = people


class NameMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of several organisations shown by their names."""

    def label_from_instance(self, obj) -> str:
        """The name as written in the archive (escaped by the widget)."""
        return obj.name


class MeetingFilterForm(forms.Form):
    """``/meetings/?body=&body=&year=&when=``: the bodies (several), a year among those
    the viewer's meetings have, and upcoming or past."""

    body = NameMultipleChoiceField(
        queryset=Organization.objects.none(), to_field_name="slug", required=False,
        label=_("Bodies"), widget=forms.CheckboxSelectMultiple)
    year = forms.TypedChoiceField(required=False, label=_("Year"), coerce=int,
                                  empty_value=None, choices=[])
    when = forms.ChoiceField(
        required=False, label=_("When"),
        choices=[("", _("All")), *((state.value, _(label(state))) for state in MeetingWhen)])

    def __init__(self, *args, bodies=None, years=(), **kwargs) -> None:
        """Offer the ``bodies`` and the ``years`` (newest first)."""
        super().__init__(*args, **kwargs)
        if bodies is not None:
            self.fields["body"].queryset = bodies
        self.fields["year"].choices = [("", _("All years")),
                                       *((year, str(year)) for year in years)]


class PageField(forms.IntegerField):
    """A page number from a link: junk ("abc", "2.5") or a number below 1 is the first
    page. It is a hidden field, so an error would be shown nowhere and the search would
    silently give nothing."""

    widget = forms.HiddenInput

    def to_python(self, value) -> int | None:
        """The page number, or None (the first page) for anything else."""
        try:
            number = super().to_python(value)
        except forms.ValidationError:
            return None
        return number if number is not None and number >= 1 else None


#: What a search may be narrowed to (``/search?kind=``): the kinds of index entry
#: (``motebok.search.KINDS``) by the names the minutes use.
SEARCH_KINDS = [("", _("Everything")), (KIND_ITEM, _("Items")), (KIND_DECISION, _("Decisions")),
                (KIND_ACTION, _("Actions")), (KIND_TITLE, _("Meetings"))]


class SearchForm(forms.Form):
    """``/search?q=&body=&year=&person=&kind=&page=``."""

    q = forms.CharField(required=False, max_length=200, label=_("Search for"),
                        widget=forms.TextInput(attrs={"type": "search"}))
    body = NameChoiceField(
        queryset=Organization.objects.none(), to_field_name="slug", required=False,
        label=_("Body"), empty_label=_("All bodies"))
    year = forms.IntegerField(required=False, min_value=1900, max_value=2200, label=_("Year"))
    # typed, not chosen from a list of the whole archive (thousands of names): the page
    # offers names to complete (a datalist) and resolves what was typed to one person
    person = forms.CharField(
        required=False, max_length=200, label=_("Person"),
        help_text=_("A name or part of one: hits from the meetings where the person is "
                    "listed."),
        widget=forms.TextInput(attrs={"list": "search-people", "autocomplete": "off"}))
    kind = forms.ChoiceField(required=False, label=_("Show"), choices=SEARCH_KINDS)
    page = PageField(required=False)

    def __init__(self, *args, bodies=None, people=None, **kwargs) -> None:
        """Offer the ``bodies`` as choices; a typed person is looked for among
        ``people`` (those the viewer may see)."""
        super().__init__(*args, **kwargs)
        if bodies is not None:
            self.fields["body"].queryset = bodies
        self.people = people if people is not None else Person.objects.none()
        #: the people a typed part of a name matched, when it matched several (and
        #: whether more did than are offered)
        self.person_matches: list[Person] = []
        self.more_people_match = False

    def clean_person(self) -> Person | None:
        """The one person the typed name means; an id (a link's) is taken as it is.

        The whole name (in any case) wins; else a part of one that only one person's name
        holds. Several: the error offers them (``person_matches``, at most
        ``PERSON_MATCHES``); none: the error says so. One query, however large the archive.

        A part needs two letters (``archive.models.PART_LETTERS``, the rule
        ``Person.objects.one_named`` holds): "." or "a" is in nearly every name, so it
        would pick whoever happened to be the one match, or offer a list that means
        nothing; such a text is only the whole name of someone, else the form's error
        asks for more of the name.
        """
        text = " ".join(self.cleaned_data.get("person", "").split())
        if not text:
            return None
        if text.isdecimal():  # (not ``isdigit``: "²" is a digit ``int`` refuses)
            found = self.people.filter(pk=int(text)).first()
            if found is None:
                raise forms.ValidationError(_("No such person."))
            return found
        found, matches = self.people.one_named(text, PERSON_MATCHES)
        if found is not None:
            return found
        if not matches:
            raise forms.ValidationError(_("Nobody named “%(name)s” is listed in the minutes.")
                                        % {"name": text})
        self.person_matches = matches[:PERSON_MATCHES]
        self.more_people_match = len(matches) > PERSON_MATCHES
        raise forms.ValidationError(_("Several people match “%(name)s”: choose one.")
                                    % {"name": text})
