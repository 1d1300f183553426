"""English dates are unambiguous: "4 May 2024", never the US "05/04/2024"."""

import datetime as dt

import pytest
from django import forms
from django.utils import formats, translation

MAY_4 = dt.date(2024, 5, 4)


@pytest.mark.parametrize("name", ["DATE_FORMAT", "SHORT_DATE_FORMAT"])
def test_english_dates_write_the_month_as_a_word(name):
    with translation.override("en"):
        assert formats.date_format(MAY_4, name) == "4 May 2024"
        assert "/" not in formats.date_format(dt.date(2025, 2, 28), name)


def test_english_date_and_time_puts_the_day_first():
    moment = dt.datetime(2024, 5, 4, 14, 30)
    with translation.override("en"):
        assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "4 May 2024 14:30"


def test_bokmal_dates_are_unchanged():
    with translation.override("nb"):
        assert formats.date_format(MAY_4, "SHORT_DATE_FORMAT") == "04.05.2024"
        assert formats.date_format(MAY_4, "DATE_FORMAT") == "4. mai 2024"


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_date_field_accepts_what_it_shows(language):
    field = forms.DateField()
    with translation.override(language):
        shown = formats.localize_input(MAY_4)
        assert field.clean(shown) == MAY_4
        assert field.clean(formats.date_format(MAY_4, "SHORT_DATE_FORMAT")) == MAY_4
        assert field.clean("2024-05-04") == MAY_4


def test_english_forms_refuse_the_ambiguous_slashed_form():
    with translation.override("en"), pytest.raises(forms.ValidationError):
        forms.DateField().clean("05/04/2024")
