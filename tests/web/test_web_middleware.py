"""A GET on an address that only takes POST (approve, publish, move …): the site's own
405 page in the reader's language, never Django's bare empty reply; the API keeps its
JSON 405."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "member", "secretariat"]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("name", ["secretariat:meeting_publish", "secretariat:meeting_approve"])
def test_get_on_a_post_only_address_is_a_page_of_the_site(clients, archive, persona, name):
    client = clients[persona]
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "nb"
    response = client.get(reverse(name, args=[archive.draft.pk]))
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert "<html" in page and "Denne adressen kan ikke åpnes" in page
    assert "Ingenting er endret" in page
    assert reverse("web:home") in page


def test_the_405_page_in_english(clients, archive):
    client = clients["member"]
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    response = client.get(reverse("secretariat:item_move", args=[1]))
    assert response.status_code == 405
    assert "This address cannot be opened" in response.content.decode()


def test_a_get_changes_nothing(clients, archive):
    from motebok.archive.models import Meeting
    from motebok.vocab import MeetingStatus

    clients["secretariat"].get(reverse("secretariat:meeting_publish", args=[archive.draft.pk]))
    assert Meeting.objects.get(pk=archive.draft.pk).status == MeetingStatus.DRAFT


def test_the_api_keeps_its_json_405(clients, archive):
    response = clients["member"].post("/api/v1/meetings/")
    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/json")
    assert "error" in response.json()
