"""The secretariat's pages as markup: what a phone and a screen reader need from them.

The browser tests of the secretariat run at desktop width, so these checks read the
HTML the test client gets: every wide table sits in a box that scrolls sideways (a
table of members with its buttons is wider than a 375 px phone), and every field of
the attendance grid has its own label naming the member.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import translation
from secretariat_world import client_for

pytestmark = pytest.mark.django_db


def page_urls(scene) -> list[str]:
    """One address of each secretariat page that shows a table."""
    body, meeting = scene.world.body, scene.current
    return [reverse("secretariat:dashboard"),
            reverse("secretariat:body", args=[body.slug]),
            reverse("secretariat:access", args=[body.slug]),
            reverse("secretariat:audit", args=[body.slug]),
            reverse("secretariat:attendance", args=[meeting.pk]),
            reverse("secretariat:versions", args=[scene.approved.pk])]


def test_every_table_of_the_secretariat_scrolls_sideways_on_a_phone(scene):
    client = client_for(scene.world, "secretariat")
    for url in page_urls(scene):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        tables = html.count("<table")
        wrapped = len(re.findall(r'<div class="table-wrap">\s*<table', html))
        assert tables == wrapped, f"{url}: {tables - wrapped} table(s) outside .table-wrap"


def test_each_field_of_the_attendance_grid_has_a_label_naming_the_member(scene):
    client = client_for(scene.world, "secretariat")
    response = client.get(reverse("secretariat:attendance", args=[scene.current.pk]),
                          HTTP_ACCEPT_LANGUAGE="nb")
    html = response.content.decode()
    fields = re.findall(r'id="(id_att-\d+-(?:attendance|note))"', html)
    assert fields
    for field in fields:
        assert f'<label for="{field}"' in html, field
    assert "Oppmøte for Kari Fjellstad" in html
    assert "Merknad om Kari Fjellstad" in html


def test_the_attendance_labels_follow_the_language(scene):
    client = client_for(scene.world, "secretariat")
    client.cookies["django_language"] = "en"
    with translation.override("en"):
        html = client.get(reverse("secretariat:attendance",
                                  args=[scene.current.pk])).content.decode()
    assert "Attendance of Kari Fjellstad" in html


def test_a_locked_meeting_says_so_in_words_not_only_by_a_padlock(scene):
    client = client_for(scene.world, "secretariat")
    html = client.get(reverse("secretariat:body", args=[scene.world.body.slug]),
                      HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert '<span aria-hidden="true">🔒</span><span class="visually-hidden">låst</span>' in html
