"""Filter forms of the public pages.

They are plain GET forms: Django forms give labels, validation and escaping for free,
and a bad value (an unknown body, a year like "abc") is reported next to its field
instead of failing the page.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from motebok.archive.models import Organization, Person
from motebok.vocab import ActionFilter, label


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


class SearchForm(forms.Form):
    """``/search?q=&body=&year=&person=&page=``."""

    q = forms.CharField(required=False, max_length=200, label=_("Search for"),
                        widget=forms.TextInput(attrs={"type": "search"}))
    body = NameChoiceField(
        queryset=Organization.objects.none(), to_field_name="slug", required=False,
        label=_("Body"), empty_label=_("All bodies"))
    year = forms.IntegerField(required=False, min_value=1900, max_value=2200, label=_("Year"))
    person = NameChoiceField(
        queryset=Person.objects.none(), required=False, label=_("Person"),
        empty_label=_("Anyone"))
    page = PageField(required=False)

    def __init__(self, *args, bodies=None, people=None, **kwargs) -> None:
        """Offer the bodies and people of the archive as choices."""
        super().__init__(*args, **kwargs)
        if bodies is not None:
            self.fields["body"].queryset = bodies
        if people is not None:
            self.fields["person"].queryset = people
